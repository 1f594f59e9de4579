package md.itpp.domain.objective;

import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;

import md.itpp.domain.reference.Institution;

/**
 * Everything a negotiator writes in an objective, as one value with one canonical JSON form.
 * Revisions keep that JSON and its SHA-256, so that a decision can name the exact text it was
 * about and two revisions can be compared years later, whatever the entities look like then.
 * <p>
 * Canonical means: members always in the order written here, every text present (empty when
 * not written), contributing institutions by code in alphabetical order, milestones and
 * indicators in the objective's order. Equal content always gives equal bytes, hence the same
 * hash. Changing this form changes every future hash: add members at the end, never reorder.
 * An indicator's {@code unit} and {@code meansOfVerification} members hold the English text
 * (they held the one text there was before the two languages were separated); {@code unitRo}
 * and {@code meansOfVerificationRo} were added at the end, and snapshots written before them
 * read the one text as both languages, as the migration did with the stored indicators.
 */
public record ObjectiveSnapshot(String code, String parentCode, String areaCode,
                                Language authoritativeLanguage,
                                String titleEn, String titleRo, String textEn, String textRo,
                                SourceInstrument sourceInstrument, Priority priority,
                                String resources, String risks, String context,
                                String leadInstitution, List<String> contributingInstitutions,
                                List<MilestoneEntry> milestones, List<IndicatorEntry> indicators,
                                boolean translationOutdated) implements Serializable {

    /** A milestone as the snapshot keeps it: plain values, no rules, so old revisions always read. */
    public record MilestoneEntry(int year, String descriptionEn, String descriptionRo) implements Serializable {
    }

    /** An indicator as the snapshot keeps it. */
    public record IndicatorEntry(String nameEn, String nameRo, String baseline, String target,
                                 String unitEn, String meansOfVerificationEn, String unitRo,
                                 String meansOfVerificationRo) implements Serializable {
    }

    public ObjectiveSnapshot {
        contributingInstitutions = List.copyOf(contributingInstitutions);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
    }

    /** The objective's current content. */
    public static ObjectiveSnapshot of(Objective objective) {
        return new ObjectiveSnapshot(objective.getCode(),
                objective.getParent().map(Objective::getCode).orElse(""),
                objective.getArea().getCode(), objective.getAuthoritativeLanguage(),
                objective.getTitleEn(), objective.getTitleRo(), objective.getTextEn(), objective.getTextRo(),
                objective.getSourceInstrument(), objective.getPriority(),
                objective.getResources(), objective.getRisks(), objective.getContext(),
                objective.getLeadInstitution().getCode(),
                objective.getContributingInstitutions().stream().map(Institution::getCode).sorted().toList(),
                objective.getMilestones().stream()
                        .map(m -> new MilestoneEntry(m.getYear(), m.getDescriptionEn(), m.getDescriptionRo()))
                        .toList(),
                objective.getIndicators().stream()
                        .map(i -> new IndicatorEntry(i.getNameEn(), i.getNameRo(), i.getBaseline(),
                                i.getTarget(), i.getUnitEn(), i.getMeansOfVerificationEn(), i.getUnitRo(),
                                i.getMeansOfVerificationRo()))
                        .toList(),
                objective.isTranslationOutdated());
    }

    /** The canonical JSON text. */
    public String toJson() {
        JsonArrayBuilder contributors = Json.createArrayBuilder();
        contributingInstitutions.forEach(contributors::add);
        JsonArrayBuilder milestoneArray = Json.createArrayBuilder();
        for (MilestoneEntry m : milestones) {
            milestoneArray.add(Json.createObjectBuilder()
                    .add("year", m.year())
                    .add("descriptionEn", m.descriptionEn())
                    .add("descriptionRo", m.descriptionRo()));
        }
        JsonArrayBuilder indicatorArray = Json.createArrayBuilder();
        for (IndicatorEntry i : indicators) {
            indicatorArray.add(Json.createObjectBuilder()
                    .add("nameEn", i.nameEn())
                    .add("nameRo", i.nameRo())
                    .add("baseline", i.baseline())
                    .add("target", i.target())
                    .add("unit", i.unitEn())
                    .add("meansOfVerification", i.meansOfVerificationEn())
                    .add("unitRo", i.unitRo())
                    .add("meansOfVerificationRo", i.meansOfVerificationRo()));
        }
        JsonObject json = Json.createObjectBuilder()
                .add("code", code)
                .add("parentCode", parentCode)
                .add("areaCode", areaCode)
                .add("authoritativeLanguage", authoritativeLanguage.name())
                .add("titleEn", titleEn)
                .add("titleRo", titleRo)
                .add("textEn", textEn)
                .add("textRo", textRo)
                .add("sourceInstrument", sourceInstrument.name())
                .add("priority", priority.name())
                .add("resources", resources)
                .add("risks", risks)
                .add("context", context)
                .add("leadInstitution", leadInstitution)
                .add("contributingInstitutions", contributors)
                .add("milestones", milestoneArray)
                .add("indicators", indicatorArray)
                .add("translationOutdated", translationOutdated)
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString();
    }

    /** SHA-256 of the canonical JSON's UTF-8 bytes, as 64 lower-case hex digits. */
    public String sha256() {
        return sha256(toJson());
    }

    public static String sha256(String json) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Reads a snapshot written by {@link #toJson()}. */
    public static ObjectiveSnapshot fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        JsonArray milestoneArray = o.getJsonArray("milestones");
        JsonArray indicatorArray = o.getJsonArray("indicators");
        return new ObjectiveSnapshot(o.getString("code"), o.getString("parentCode"), o.getString("areaCode"),
                Language.valueOf(o.getString("authoritativeLanguage")),
                o.getString("titleEn"), o.getString("titleRo"), o.getString("textEn"), o.getString("textRo"),
                SourceInstrument.valueOf(o.getString("sourceInstrument")),
                Priority.valueOf(o.getString("priority")),
                o.getString("resources"), o.getString("risks"), o.getString("context"),
                o.getString("leadInstitution"),
                o.getJsonArray("contributingInstitutions").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList(),
                milestoneArray.getValuesAs(JsonObject.class).stream()
                        .map(m -> new MilestoneEntry(m.getInt("year"), m.getString("descriptionEn"),
                                m.getString("descriptionRo")))
                        .toList(),
                indicatorArray.getValuesAs(JsonObject.class).stream()
                        .map(i -> new IndicatorEntry(i.getString("nameEn"), i.getString("nameRo"),
                                i.getString("baseline"), i.getString("target"), i.getString("unit"),
                                i.getString("meansOfVerification"), i.getString("unitRo", i.getString("unit")),
                                i.getString("meansOfVerificationRo", i.getString("meansOfVerification"))))
                        .toList(),
                o.getBoolean("translationOutdated"));
    }
}
