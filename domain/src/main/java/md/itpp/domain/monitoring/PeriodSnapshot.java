package md.itpp.domain.monitoring;

import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

import md.itpp.domain.objective.ObjectiveSnapshot;

/**
 * The canonical JSON of a whole period: {@code {"period":{...},"reports":[...],"figures":{...}}}
 * with fixed member order, reports by objective code, inputs by institution code and figures to
 * one decimal, so that the same content always gives the same SHA-256. It is put together from
 * parts (the header, one part per report, the figures), which is how it is stored.
 */
public final class PeriodSnapshot {

    /** The most one stored part may hold. */
    public static final int PART_MAX = 1_000_000;

    private PeriodSnapshot() {
    }

    /** The canonical JSON of the period as it is now. */
    public static String toJson(ReportingPeriod period) {
        RollUp.Figures figures = period.figures();
        List<String> parts = period.getReports().stream()
                .sorted(Comparator.comparing(r -> r.getObjective().getCode()))
                .map(r -> report(r, figures)).toList();
        return assemble(header(period), parts, figures(figures));
    }

    static String assemble(String header, List<String> reports, String figures) {
        return "{\"period\":" + header + ",\"reports\":[" + String.join(",", reports) + "],\"figures\":" + figures + "}";
    }

    static String header(ReportingPeriod period) {
        return write(Json.createObjectBuilder()
                .add("programme", period.getProgramme().getCode())
                .add("title", period.getTitle())
                .add("year", period.getYear())
                .add("institutionsDeadline", period.getInstitutionsDeadline().toString())
                .add("consolidationDeadline", period.getConsolidationDeadline().toString())
                .build());
    }

    static String report(ProgressReport r, RollUp.Figures figures) {
        JsonArrayBuilder milestones = Json.createArrayBuilder();
        r.getMilestones().forEach(m -> milestones.add(Json.createObjectBuilder()
                .add("index", m.getMilestoneIndex()).add("status", m.getStatus().name())
                .add("comment", m.getComment()).add("weight", m.getWeight())));
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        r.getIndicators().forEach(i -> indicators.add(Json.createObjectBuilder()
                .add("index", i.getIndicatorIndex()).add("value", i.getValueReached())
                .add("weight", i.getWeight())));
        JsonArrayBuilder inputs = Json.createArrayBuilder();
        r.getInputs().stream().sorted(Comparator.comparing(i -> i.getInstitution().getCode()))
                .forEach(i -> inputs.add(Json.createObjectBuilder()
                        .add("institution", i.getInstitution().getCode()).add("text", i.getText())
                        .add("author", i.getAuthor())));
        return write(Json.createObjectBuilder()
                .add("objective", r.getObjective().getCode())
                .add("institution", r.getInstitution().getCode())
                .add("state", r.getState().name())
                .add("narrativeRo", r.getNarrativeRo())
                .add("narrativeEn", r.getNarrativeEn())
                .add("milestones", milestones)
                .add("indicators", indicators)
                .add("inputs", inputs)
                .add("override", r.getOverridePercent()
                        .map(p -> RollUp.Figure.computed(OptionalDouble.of(p)).formatted()).orElse(""))
                .add("overrideReason", r.getOverrideReason().orElse(""))
                .add("submittedBy", r.getSubmittedBy().orElse(""))
                .add("submittedAt", r.getSubmittedAt().map(Object::toString).orElse(""))
                .add("acceptedBy", r.getAcceptedBy().orElse(""))
                .add("progress", figures.objective(r.getObjective().getCode()).formatted())
                .build());
    }

    static String figures(RollUp.Figures figures) {
        JsonObjectBuilder areas = Json.createObjectBuilder();
        figures.byArea().forEach((code, f) -> areas.add(code, f.formatted()));
        JsonObjectBuilder institutions = Json.createObjectBuilder();
        figures.byInstitution().forEach((code, f) -> institutions.add(code, f.formatted()));
        return write(Json.createObjectBuilder()
                .add("areas", areas)
                .add("institutions", institutions)
                .add("overall", figures.overall().formatted())
                .build());
    }

    private static String write(JsonObject json) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString();
    }

    public static String sha256(String json) {
        return ObjectiveSnapshot.sha256(json);
    }
}
