package md.itpp.web.objectives;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;

import md.itpp.domain.BusinessException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.CodeAlreadyUsedException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.objective.ObjectiveDraft;

/**
 * What the editor shows and the negotiator types, unchecked: built from an objective (to edit
 * it), from a strategic objective (a new goal under it) or empty (a new strategic objective),
 * and given back field by field from a saved snapshot after a conflict. Serializable and free of
 * entities, so that the view-scoped editor keeps only this between requests.
 * <p>
 * {@link #check} asks the domain for every value and returns either the draft to save or every
 * refusal, each with the input it belongs to; the rules themselves stay in the domain.
 */
public class ObjectiveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Domain fields to the id of their input in edit.xhtml; a field not listed has no input of its own. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("area", "area"),
            Map.entry("titleEn", "titleEn"), Map.entry("titleRo", "titleRo"),
            Map.entry("textEn", "textEn"), Map.entry("textRo", "textRo"),
            Map.entry("authoritativeLanguage", "authoritativeLanguage"),
            Map.entry("sourceInstrument", "sourceInstrument"), Map.entry("priority", "priority"),
            Map.entry("resources", "resources"), Map.entry("risks", "risks"), Map.entry("context", "context"),
            Map.entry("leadInstitution", "lead"), Map.entry("contributingInstitutions", "contributors"));

    private static final List<String> MILESTONE_INPUTS = List.of("year", "descriptionEn", "descriptionRo");
    private static final List<String> INDICATOR_INPUTS = List.of("nameEn", "nameRo", "baseline", "target", "unitEn",
            "unitRo", "meansOfVerificationEn", "meansOfVerificationRo");

    /** A refusal and the input (relative to the form, e.g. {@code milestones:2:year}) it belongs to. */
    public record Refusal(String input, BusinessException reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The outcome of {@link #check}: a draft, or the refusals when there is any. */
    public record Checked(ObjectiveDraft draft, List<Refusal> refusals) implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean valid() {
            return refusals.isEmpty();
        }
    }

    /**
     * The form's fields as they are, for a personal draft: every field, whatever its getters and
     * setters, so that a draft comes back exactly as it was typed (rows included).
     */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
                @Override
                public boolean isVisible(Field field) {
                    return true;
                }

                @Override
                public boolean isVisible(Method method) {
                    return false;
                }
            }));

    private boolean codeFixed;
    private boolean areaFixed;

    private String code;
    private Long areaId;
    private String titleEn;
    private String titleRo;
    private String textEn;
    private String textRo;
    private Language authoritativeLanguage = Language.EN;
    private SourceInstrument sourceInstrument = SourceInstrument.NEW;
    private Priority priority = Priority.MEDIUM;
    private String resources;
    private String risks;
    private String context;
    private Long leadId;
    private List<Long> contributorIds = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();
    private List<IndicatorRow> indicators = new ArrayList<>();

    /** An empty form for a new strategic objective. */
    public static ObjectiveForm newStrategic() {
        return new ObjectiveForm();
    }

    /** A form for a new goal under {@code parent}: its area, fixed, and its lead, to start from. */
    public static ObjectiveForm newGoal(Objective parent) {
        ObjectiveForm form = new ObjectiveForm();
        form.areaFixed = true;
        form.areaId = parent.getArea().getId();
        form.leadId = parent.getLeadInstitution().getId();
        return form;
    }

    /** The objective's current content; its code and area are fixed. */
    public static ObjectiveForm of(Objective objective) {
        ObjectiveForm form = new ObjectiveForm();
        form.codeFixed = true;
        form.areaFixed = true;
        form.code = objective.getCode();
        form.areaId = objective.getArea().getId();
        form.titleEn = objective.getTitleEn();
        form.titleRo = objective.getTitleRo();
        form.textEn = objective.getTextEn();
        form.textRo = objective.getTextRo();
        form.authoritativeLanguage = objective.getAuthoritativeLanguage();
        form.sourceInstrument = objective.getSourceInstrument();
        form.priority = objective.getPriority();
        form.resources = objective.getResources();
        form.risks = objective.getRisks();
        form.context = objective.getContext();
        form.leadId = objective.getLeadInstitution().getId();
        form.contributorIds = new ArrayList<>(objective.getContributingInstitutions().stream()
                .map(Institution::getId).sorted().toList());
        form.milestones = new ArrayList<>(objective.getMilestones().stream().map(MilestoneRow::of).toList());
        form.indicators = new ArrayList<>(objective.getIndicators().stream().map(IndicatorRow::of).toList());
        return form;
    }

    // ---- checking ---------------------------------------------------------------------------

    /**
     * The form as a draft, or every refusal: the content's, and each row's, so that each message
     * lands next to its input. Years are checked against the programme's period here because
     * only the row knows where to show the message; the objective checks them again at the save.
     */
    public Checked check(int firstYear, int lastYear) {
        List<Refusal> refusals = new ArrayList<>();
        ObjectiveContent content = null;
        try {
            content = new ObjectiveContent(titleEn, titleRo, textEn, textRo, authoritativeLanguage,
                    sourceInstrument, priority, resources, risks, context);
        } catch (BusinessException e) {
            refusals.add(new Refusal(inputOf(e), e));
        }
        List<Milestone> checkedMilestones = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            try {
                if (row.getYear() == null) {
                    throw ValidationException.required("milestones.year");
                }
                Milestone.checkYear(row.getYear(), firstYear, lastYear);
                checkedMilestones.add(new Milestone(row.getYear(), row.getDescriptionEn(), row.getDescriptionRo()));
            } catch (ValidationException e) {
                refusals.add(new Refusal(rowInput("milestones", i, MILESTONE_INPUTS, e), e));
            }
        }
        List<Indicator> checkedIndicators = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            try {
                checkedIndicators.add(indicators.get(i).indicator());
            } catch (ValidationException e) {
                refusals.add(new Refusal(rowInput("indicators", i, INDICATOR_INPUTS, e), e));
            }
        }
        ObjectiveDraft draft = refusals.isEmpty() ? new ObjectiveDraft(code, areaId, content, leadId,
                contributorIds, checkedMilestones, checkedIndicators) : null;
        return new Checked(draft, List.copyOf(refusals));
    }

    /** The input a refusal of the domain belongs to; {@code null} (the top of the form) for none. */
    public static String inputOf(BusinessException e) {
        if (e instanceof CodeAlreadyUsedException) {
            return "code";
        }
        return e instanceof ValidationException validation
                ? validation.field().map(INPUTS::get).orElse(null) : null;
    }

    /** The input of row {@code index} that the refusal names ({@code milestones.year}), else the row's first. */
    private static String rowInput(String rows, int index, List<String> inputs, ValidationException e) {
        String input = e.field().filter(field -> field.startsWith(rows + "."))
                .map(field -> field.substring(rows.length() + 1)).filter(inputs::contains).orElse(inputs.get(0));
        return rows + ":" + index + ":" + input;
    }

    // ---- personal drafts --------------------------------------------------------------------

    /** The form as typed, unchecked, for a personal draft. */
    public String toJson() {
        return JSON.toJson(this);
    }

    /**
     * A form kept by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not such a form
     */
    public static ObjectiveForm fromJson(String json) {
        try {
            ObjectiveForm form = JSON.fromJson(json, ObjectiveForm.class);
            if (form == null) {
                throw new IllegalArgumentException("Not a kept form");
            }
            return form;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("Not a kept form", e);
        }
    }

    /**
     * Takes what was typed in a kept form, except what is fixed in this one (the code and area
     * of an existing objective): a draft brings back text, never a different objective.
     */
    public void restore(ObjectiveForm kept) {
        if (!codeFixed) {
            code = kept.code;
        }
        if (!areaFixed) {
            areaId = kept.areaId;
        }
        titleEn = kept.titleEn;
        titleRo = kept.titleRo;
        textEn = kept.textEn;
        textRo = kept.textRo;
        authoritativeLanguage = kept.authoritativeLanguage == null ? authoritativeLanguage : kept.authoritativeLanguage;
        sourceInstrument = kept.sourceInstrument == null ? sourceInstrument : kept.sourceInstrument;
        priority = kept.priority == null ? priority : kept.priority;
        resources = kept.resources;
        risks = kept.risks;
        context = kept.context;
        leadId = kept.leadId;
        contributorIds = new ArrayList<>(kept.contributorIds == null ? List.of() : kept.contributorIds);
        milestones = new ArrayList<>(kept.milestones == null ? List.of() : kept.milestones);
        indicators = new ArrayList<>(kept.indicators == null ? List.of() : kept.indicators);
    }

    // ---- conflicts --------------------------------------------------------------------------

    /** The form as a snapshot, unchecked, to compare with the {@code saved} version field by field. */
    public ObjectiveSnapshot snapshot(ObjectiveSnapshot saved, Map<Long, String> institutionCodes) {
        return new ObjectiveSnapshot(saved.code(), saved.parentCode(), saved.areaCode(), authoritativeLanguage,
                stripped(titleEn), stripped(titleRo), stripped(textEn), stripped(textRo), sourceInstrument, priority,
                stripped(resources), stripped(risks), stripped(context), stripped(leadId == null ? null : institutionCodes.get(leadId)),
                contributorIds.stream().map(institutionCodes::get).filter(Objects::nonNull).sorted().toList(),
                milestones.stream().map(MilestoneRow::entry).toList(),
                indicators.stream().map(IndicatorRow::entry).toList(),
                saved.translationOutdated());
    }

    /** Replaces the value of one field with the saved version's (a whole list for rows). */
    public void take(String field, ObjectiveSnapshot saved, Map<String, Long> institutionIds) {
        switch (field) {
            case "titleEn" -> titleEn = saved.titleEn();
            case "titleRo" -> titleRo = saved.titleRo();
            case "textEn" -> textEn = saved.textEn();
            case "textRo" -> textRo = saved.textRo();
            case "authoritativeLanguage" -> authoritativeLanguage = saved.authoritativeLanguage();
            case "sourceInstrument" -> sourceInstrument = saved.sourceInstrument();
            case "priority" -> priority = saved.priority();
            case "resources" -> resources = saved.resources();
            case "risks" -> risks = saved.risks();
            case "context" -> context = saved.context();
            case "leadInstitution" -> leadId = institutionIds.get(saved.leadInstitution());
            case "contributingInstitutions" -> contributorIds = new ArrayList<>(saved.contributingInstitutions()
                    .stream().map(institutionIds::get).filter(Objects::nonNull).toList());
            default -> {
                if (field.startsWith("milestones.")) {
                    milestones = new ArrayList<>(saved.milestones().stream().map(MilestoneRow::of).toList());
                } else if (field.startsWith("indicators.")) {
                    indicators = new ArrayList<>(saved.indicators().stream().map(IndicatorRow::of).toList());
                }
            }
        }
    }

    /** What a text field holds for the services: stripped, and empty where the field was not sent. */
    static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    // ---- rows -------------------------------------------------------------------------------

    /** A new milestone row, in the last row's year or else the programme's first. */
    public void addMilestone(int firstYear) {
        MilestoneRow row = new MilestoneRow();
        row.setYear(milestones.isEmpty() ? Integer.valueOf(firstYear) : milestones.get(milestones.size() - 1).getYear());
        milestones.add(row);
    }

    public void addIndicator() {
        indicators.add(new IndicatorRow());
    }

    /** Indexes come from the page and are checked: a forged one changes nothing. */
    static <T> void move(List<T> rows, int index, int by) {
        int target = index + by;
        if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
            Collections.swap(rows, index, target);
        }
    }

    /** Indexes come from the page and are checked: a forged one changes nothing. */
    static <T> void remove(List<T> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    // ---- the fields -------------------------------------------------------------------------

    public boolean isCodeFixed() {
        return codeFixed;
    }

    public boolean isAreaFixed() {
        return areaFixed;
    }

    public String getCode() {
        return code;
    }

    /** Ignored once the code is fixed: a forged post cannot rename an objective. */
    public void setCode(String code) {
        if (!codeFixed) {
            this.code = code;
        }
    }

    public Long getAreaId() {
        return areaId;
    }

    /** Ignored once the area is fixed (an existing objective, or a goal, which takes its parent's). */
    public void setAreaId(Long areaId) {
        if (!areaFixed) {
            this.areaId = areaId;
        }
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleRo() {
        return titleRo;
    }

    public void setTitleRo(String titleRo) {
        this.titleRo = titleRo;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextRo() {
        return textRo;
    }

    public void setTextRo(String textRo) {
        this.textRo = textRo;
    }

    public Language getAuthoritativeLanguage() {
        return authoritativeLanguage;
    }

    public void setAuthoritativeLanguage(Language authoritativeLanguage) {
        this.authoritativeLanguage = authoritativeLanguage;
    }

    public SourceInstrument getSourceInstrument() {
        return sourceInstrument;
    }

    public void setSourceInstrument(SourceInstrument sourceInstrument) {
        this.sourceInstrument = sourceInstrument;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Long getLeadId() {
        return leadId;
    }

    /**
     * The lead cannot also contribute (the domain refuses the pair at save): a lead chosen leaves
     * the contributors, whichever of the two the form takes first, and the page offers it there
     * disabled.
     */
    public void setLeadId(Long leadId) {
        this.leadId = leadId;
        dropLeadFromContributors();
    }

    public List<Long> getContributorIds() {
        return contributorIds;
    }

    public void setContributorIds(List<Long> contributorIds) {
        this.contributorIds = contributorIds == null ? new ArrayList<>() : new ArrayList<>(contributorIds);
        dropLeadFromContributors();
    }

    private void dropLeadFromContributors() {
        if (leadId != null) {
            contributorIds.remove(leadId);
        }
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }
}
