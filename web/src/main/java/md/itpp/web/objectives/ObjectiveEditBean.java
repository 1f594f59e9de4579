package md.itpp.web.objectives;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.BusinessException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.EditNotAllowedException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.ObjectiveMessages;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.reference.Programme;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.FieldDiff;
import md.itpp.persistence.objective.ObjectiveComparison;
import md.itpp.persistence.objective.ObjectiveDraft;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.i18n.Messages;

/**
 * Backs objectives/edit.xhtml: a new strategic objective (no parameter), a new partnership goal
 * ({@code ?parent=ID}) or an existing objective ({@code ?id=ID}). View-scoped because the form
 * keeps its rows, the version it loaded and its one-time token across its ajax requests.
 * <p>
 * The form holds what the negotiator typed, unchecked; the domain checks it at the save and its
 * messages are shown next to the fields. Nothing typed is ever dropped: a refused save, and a
 * conflict with someone else's save, leave the form as it was.
 */
@Named("objectiveEdit")
@ViewScoped
public class ObjectiveEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form id in edit.xhtml; field messages are attached to its components. */
    static final String FORM = "edit";

    /** Domain field names (ValidationException arguments) to the input that holds them. */
    private static final Map<String, String> FIELD_INPUTS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("area", "area"),
            Map.entry("titleEn", "titleEn"), Map.entry("titleRo", "titleRo"),
            Map.entry("textEn", "textEn"), Map.entry("textRo", "textRo"),
            Map.entry("authoritativeLanguage", "authoritativeLanguage"),
            Map.entry("sourceInstrument", "sourceInstrument"), Map.entry("priority", "priority"),
            Map.entry("resources", "resources"), Map.entry("risks", "risks"), Map.entry("context", "context"),
            Map.entry("leadInstitution", "lead"), Map.entry("contributingInstitutions", "contributors"));

    @Inject
    private DraftingService drafting;

    @Inject
    private ObjectiveService objectives;

    @Inject
    private ReferenceService references;

    private Long id;
    private Long parent;

    private boolean ready;
    private boolean strategic = true;
    private String parentCode;
    private String fixedCode;
    private String areaName;
    private boolean translationOutdated;
    private int firstYear;
    private int lastYear;
    private List<ReferenceOption> areas = List.of();
    private List<ReferenceOption> institutions = List.of();
    private Map<Long, String> institutionCodes = Map.of();

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

    /** The version the form was loaded from (or, after a conflict, merged with). */
    private long version;
    /** One per form: a second POST of the same save is answered with the first result. */
    private String token = UUID.randomUUID().toString();

    private ObjectiveSnapshot saved;
    private List<FieldDiff> conflicts = List.of();

    /** View action. */
    public void load() throws IOException {
        Programme programme = references.programme();
        firstYear = programme.getStartYear();
        lastYear = programme.getEndYear();
        areas = references.areas().stream().map(ReferenceOption::of).toList();
        List<Institution> all = references.institutions();
        institutions = all.stream().map(ReferenceOption::of).toList();
        Map<Long, String> codes = new HashMap<>();
        all.forEach(i -> codes.put(i.getId(), i.getCode()));
        institutionCodes = codes;
        try {
            if (id != null) {
                Objective objective = objectives.getObjective(id);
                if (!objective.isEditable()) {
                    leave(objective.getId(), new EditNotAllowedException(objective.getStatus()));
                    return;
                }
                fill(objective);
            } else if (parent != null) {
                Objective strategicObjective = objectives.getObjective(parent);
                if (!strategicObjective.isStrategic()) {
                    leave(strategicObjective.getId(), new ValidationException(
                            ObjectiveMessages.GOAL_NEEDS_STRATEGIC_PARENT, strategicObjective.getCode()));
                    return;
                }
                if (!strategicObjective.isEditable()) {
                    leave(strategicObjective.getId(), new EditNotAllowedException(strategicObjective.getStatus()));
                    return;
                }
                strategic = false;
                parentCode = strategicObjective.getCode();
                areaId = strategicObjective.getArea().getId();
                areaName = strategicObjective.getArea().getCode();
                leadId = strategicObjective.getLeadInstitution().getId();
            }
            ready = true;
        } catch (ObjectiveNotFoundException | AccessDeniedException e) {
            notFound();
        }
    }

    /** Pre-render check: a malformed id fails conversion and skips the view action. */
    public void requireForm() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!ready && !context.getResponseComplete()) {
            notFound();
        }
    }

    private void fill(Objective objective) {
        strategic = objective.isStrategic();
        parentCode = objective.getParent().map(Objective::getCode).orElse(null);
        fixedCode = objective.getCode();
        code = objective.getCode();
        areaId = objective.getArea().getId();
        areaName = objective.getArea().getCode();
        titleEn = objective.getTitleEn();
        titleRo = objective.getTitleRo();
        textEn = objective.getTextEn();
        textRo = objective.getTextRo();
        authoritativeLanguage = objective.getAuthoritativeLanguage();
        sourceInstrument = objective.getSourceInstrument();
        priority = objective.getPriority();
        resources = objective.getResources();
        risks = objective.getRisks();
        context = objective.getContext();
        leadId = objective.getLeadInstitution().getId();
        contributorIds = new ArrayList<>(objective.getContributingInstitutions().stream()
                .map(Institution::getId).sorted().toList());
        milestones = new ArrayList<>(objective.getMilestones().stream().map(MilestoneRow::of).toList());
        indicators = new ArrayList<>(objective.getIndicators().stream().map(IndicatorRow::of).toList());
        translationOutdated = objective.isTranslationOutdated();
        version = objective.getVersion();
    }

    // ---- rows ------------------------------------------------------------------------------

    public void addMilestone() {
        MilestoneRow row = new MilestoneRow();
        row.setYear(milestones.isEmpty() ? firstYear : milestones.get(milestones.size() - 1).getYear());
        milestones.add(row);
    }

    public void moveMilestone(int index, int by) {
        move(milestones, index, by);
    }

    public void removeMilestone(int index) {
        if (index >= 0 && index < milestones.size()) {
            milestones.remove(index);
        }
    }

    public void addIndicator() {
        indicators.add(new IndicatorRow());
    }

    public void moveIndicator(int index, int by) {
        move(indicators, index, by);
    }

    public void removeIndicator(int index) {
        if (index >= 0 && index < indicators.size()) {
            indicators.remove(index);
        }
    }

    /** Indexes come from the page and are checked: a forged one changes nothing. */
    private static <T> void move(List<T> rows, int index, int by) {
        int target = index + by;
        if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
            Collections.swap(rows, index, target);
        }
    }

    // ---- saving ----------------------------------------------------------------------------

    public String save() {
        Optional<ObjectiveDraft> draft = draft();
        if (draft.isEmpty()) {
            return null;
        }
        try {
            SaveResult result = id == null
                    ? drafting.create(parent, draft.get(), token)
                    : drafting.save(id, version, draft.get(), token);
            return done(result, "page.objectives.edit.saved");
        } catch (ConcurrentEditException e) {
            // The same form saved a moment ago (a double click): report that save.
            Optional<SaveResult> first = drafting.findSave(token);
            if (first.isPresent()) {
                return done(first.get(), "page.objectives.edit.saved");
            }
            Messages.globalError(e);
            enterConflict();
            return null;
        } catch (BusinessException e) {
            fieldError(e);
            return null;
        }
    }

    /** Confirms from the editor that the other language is still right, then reloads the form. */
    public String confirmTranslation() {
        try {
            SaveResult result = drafting.confirmTranslation(id, version, token);
            return done(result, "page.objectives.edit.translationConfirmed");
        } catch (ConcurrentEditException e) {
            Messages.globalError(e);
            enterConflict();
            return null;
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    private String done(SaveResult result, String savedKey) {
        if (result.replayed()) {
            Messages.globalInfo("page.objectives.edit.replayed", result.revision());
        } else if (result.changed()) {
            Messages.globalInfo(savedKey, result.revision());
        } else {
            Messages.globalInfo("page.objectives.edit.unchanged");
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/objectives/detail?faces-redirect=true&id=" + result.objectiveId();
    }

    /**
     * The form as a draft, or empty after putting a message next to each field the domain
     * refused. Rows are checked one by one so that each message lands on its row.
     */
    private Optional<ObjectiveDraft> draft() {
        boolean valid = true;
        ObjectiveContent content = null;
        try {
            content = new ObjectiveContent(titleEn, titleRo, textEn, textRo, authoritativeLanguage,
                    sourceInstrument, priority, resources, risks, context);
        } catch (BusinessException e) {
            fieldError(e);
            valid = false;
        }
        List<Milestone> checkedMilestones = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            String rowId = FORM + ":milestones:" + i + ":";
            if (row.getYear() == null) {
                Messages.fieldError(rowId + "year", ValidationException.required("milestones.year"));
                valid = false;
                continue;
            }
            if (row.getYear() < firstYear || row.getYear() > lastYear) {
                Messages.fieldError(rowId + "year", new ValidationException(
                        ObjectiveMessages.MILESTONE_YEAR_OUT_OF_RANGE, String.valueOf(row.getYear()),
                        String.valueOf(firstYear), String.valueOf(lastYear)));
                valid = false;
                continue;
            }
            try {
                checkedMilestones.add(new Milestone(row.getYear(), row.getDescriptionEn(), row.getDescriptionRo()));
            } catch (ValidationException e) {
                Messages.fieldError(rowId + (e.messageArguments().length > 0
                        && "milestones.descriptionRo".equals(e.messageArguments()[0]) ? "descriptionRo" : "descriptionEn"), e);
                valid = false;
            }
        }
        List<Indicator> checkedIndicators = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            try {
                checkedIndicators.add(indicators.get(i).indicator());
            } catch (ValidationException e) {
                Messages.fieldError(FORM + ":indicators:" + i + ":" + indicatorInput(e), e);
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new ObjectiveDraft(code, areaId, content, leadId, contributorIds,
                checkedMilestones, checkedIndicators));
    }

    private static String indicatorInput(ValidationException e) {
        Object field = e.messageArguments().length > 0 ? e.messageArguments()[0] : "";
        String name = String.valueOf(field).replace("indicators.", "");
        return switch (name) {
            case "nameRo", "baseline", "target", "unitEn", "unitRo", "meansOfVerificationEn", "meansOfVerificationRo" -> name;
            default -> "nameEn";
        };
    }

    /** The message next to the field the exception names, or at the top when it names none. */
    private static void fieldError(BusinessException e) {
        Object[] arguments = e.messageArguments();
        String input = arguments.length > 0 && arguments[0] instanceof String field ? FIELD_INPUTS.get(field) : null;
        if (e.messageKey().startsWith("error.objective.code")) {
            input = "code";
        }
        if (input == null) {
            Messages.globalError(e);
        } else {
            Messages.fieldError(FORM + ":" + input, e);
        }
    }

    // ---- conflicts -------------------------------------------------------------------------

    /**
     * Someone saved in between: show their version next to the form's text, field by field, and
     * let the next save go against their version. The form itself is left exactly as typed.
     */
    private void enterConflict() {
        Objective current = objectives.getObjective(id);
        saved = ObjectiveSnapshot.of(current);
        version = current.getVersion();
        translationOutdated = current.isTranslationOutdated();
        token = UUID.randomUUID().toString();
        refreshConflicts();
    }

    private void refreshConflicts() {
        conflicts = saved == null ? List.of()
                : ObjectiveComparison.compare(saved, mine()).stream().filter(FieldDiff::isChanged).toList();
    }

    /** The form as a snapshot, unchecked, for the comparison with the saved version. */
    private ObjectiveSnapshot mine() {
        return new ObjectiveSnapshot(saved.code(), saved.parentCode(), saved.areaCode(), authoritativeLanguage,
                orEmpty(titleEn), orEmpty(titleRo), orEmpty(textEn), orEmpty(textRo), sourceInstrument, priority,
                orEmpty(resources), orEmpty(risks), orEmpty(context), orEmpty(institutionCodes.get(leadId)),
                contributorIds.stream().map(institutionCodes::get).filter(c -> c != null).sorted().toList(),
                milestones.stream().map(MilestoneRow::entry).toList(),
                indicators.stream().map(IndicatorRow::entry).toList(),
                saved.translationOutdated());
    }

    /** Replaces the form's value of one field with the saved version's (a whole list for rows). */
    public void takeSaved(String field) {
        if (saved == null || field == null) {
            return;
        }
        Map<String, Long> codesToIds = new HashMap<>();
        institutionCodes.forEach((institutionId, institutionCode) -> codesToIds.put(institutionCode, institutionId));
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
            case "leadInstitution" -> leadId = codesToIds.get(saved.leadInstitution());
            case "contributingInstitutions" -> contributorIds = new ArrayList<>(saved.contributingInstitutions()
                    .stream().map(codesToIds::get).filter(i -> i != null).toList());
            default -> {
                if (field.startsWith("milestones.")) {
                    milestones = new ArrayList<>(saved.milestones().stream().map(MilestoneRow::of).toList());
                } else if (field.startsWith("indicators.")) {
                    indicators = new ArrayList<>(saved.indicators().stream().map(IndicatorRow::of).toList());
                }
            }
        }
        refreshConflicts();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static void leave(Long objectiveId, BusinessException reason) throws IOException {
        Messages.globalError(reason);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/objectives/detail.xhtml?id=" + objectiveId);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        context.responseComplete();
    }

    // ---- page properties -------------------------------------------------------------------

    public boolean isNew() {
        return id == null;
    }

    public boolean isConflict() {
        return saved != null;
    }

    public List<FieldDiff> getConflicts() {
        return conflicts;
    }

    public boolean isStrategic() {
        return strategic;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getFixedCode() {
        return fixedCode;
    }

    public String getAreaName() {
        return areaName;
    }

    public boolean isTranslationOutdated() {
        return translationOutdated;
    }

    public Language getOtherLanguage() {
        return authoritativeLanguage == null ? Language.RO : authoritativeLanguage.other();
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public List<ReferenceOption> getAreas() {
        return areas;
    }

    public List<ReferenceOption> getInstitutions() {
        return institutions;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public SourceInstrument[] getSourceInstruments() {
        return SourceInstrument.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (fixedCode == null) {
            this.code = code;
        }
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        if (strategic && fixedCode == null) {
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

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public List<Long> getContributorIds() {
        return contributorIds;
    }

    public void setContributorIds(List<Long> contributorIds) {
        this.contributorIds = contributorIds == null ? new ArrayList<>() : new ArrayList<>(contributorIds);
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public String getToken() {
        return token;
    }
}
