package md.itpp.web.objectives;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.BusinessException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.FieldDiff;
import md.itpp.persistence.objective.KeptDraft;
import md.itpp.persistence.objective.ObjectiveComparison;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.PersonalDraftService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs objectives/edit.xhtml: a new strategic objective (no parameter), a new partnership goal
 * ({@code ?parent=ID}) or an existing objective ({@code ?id=ID}). View-scoped because the form
 * keeps its rows, the version it loaded and its one-time token across its ajax requests.
 * <p>
 * The bean binds the {@link ObjectiveForm} and calls: the domain decides what may be edited and
 * what is accepted, and its messages are shown next to the fields. Nothing typed is ever
 * dropped: a refused save, and a conflict with someone else's save, leave the form as it was.
 * <p>
 * What is typed in an existing objective is also kept as the caller's personal draft, in the
 * database, a few seconds after typing stops and when a field is left (personal-draft.js): a
 * view that expires or a node that dies loses it only from the view. Opening the editor again,
 * in any session on any node, offers it back.
 */
@Named("objectiveEdit")
@ViewScoped
public class ObjectiveEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form id in edit.xhtml; field messages are attached to its components. */
    static final String FORM = "edit";

    @Inject
    @Shared
    private DraftingService drafting;

    @Inject
    @Shared
    private ObjectiveService objectives;

    @Inject
    @Shared
    private ReferenceService references;

    @Inject
    @Shared
    private PersonalDraftService personalDrafts;

    private Long id;
    private Long parent;

    private ObjectiveForm form;
    private boolean strategic = true;
    private String parentCode;
    private String fixedCode;
    private boolean translationOutdated;
    private EditorChoices choices;

    /** The version the form was loaded from (or, after a conflict, merged with). */
    private long version;
    /** One per form: a second POST of the same save is answered with the first result. */
    private String token = UUID.randomUUID().toString();

    private ObjectiveSnapshot saved;
    private List<FieldDiff> conflicts = List.of();

    /** The caller's personal draft found on opening, offered until restored, discarded or replaced. */
    private Instant offeredDraftSavedAt;
    private boolean offeredDraftStale;
    /** When this form's content was last kept as the caller's draft; {@code null} before. */
    private Instant draftKeptAt;
    private boolean draftNotKept;

    /** View action. */
    public void load() {
        choices = EditorChoices.read(references);
        try {
            if (id != null) {
                Objective objective = objectives.getObjective(id);
                if (refused(objective, () -> objective.checkEditable())) {
                    return;
                }
                form = ObjectiveForm.of(objective);
                strategic = objective.isStrategic();
                parentCode = objective.getParent().map(Objective::getCode).orElse(null);
                fixedCode = objective.getCode();
                translationOutdated = objective.isTranslationOutdated();
                version = objective.getVersion();
                personalDrafts.find(id).ifPresent(this::offer);
            } else if (parent != null) {
                Objective strategicObjective = objectives.getObjective(parent);
                if (refused(strategicObjective, () -> strategicObjective.checkNewGoal(strategicObjective.getCode()))) {
                    return;
                }
                form = ObjectiveForm.newGoal(strategicObjective);
                strategic = false;
                parentCode = strategicObjective.getCode();
            } else {
                form = ObjectiveForm.newStrategic();
            }
        } catch (ObjectiveNotFoundException | AccessDeniedException e) {
            Pages.notFound();
        }
    }

    /** Runs the domain's check; when it refuses, goes back to the objective's page saying why. */
    private static boolean refused(Objective objective, Runnable check) {
        try {
            check.run();
            return false;
        } catch (BusinessException e) {
            Messages.globalError(e);
            Pages.leaveTo("/objectives/detail.xhtml?id=" + objective.getId());
            return true;
        }
    }

    /** Pre-render check: a malformed id fails conversion and skips the view action. */
    public void requireForm() {
        Pages.requireLoaded(form);
    }

    // ---- personal drafts -------------------------------------------------------------------

    private void offer(KeptDraft draft) {
        offeredDraftSavedAt = draft.savedAt();
        offeredDraftStale = draft.stale();
    }

    /** Ajax from personal-draft.js: keeps the form as typed as the caller's draft. */
    public void keepDraft() {
        if (id == null || form == null) {
            return;
        }
        try {
            draftKeptAt = personalDrafts.keep(id, form.toJson(), version);
            draftNotKept = false;
            // The draft offered on opening is replaced by what is typed now.
            offeredDraftSavedAt = null;
        } catch (BusinessException e) {
            draftNotKept = true;
        }
    }

    /**
     * Puts the caller's draft back into the form. When the objective was saved since the draft
     * started, the form shows it next to the saved version, as after a conflicting save, and the
     * next save goes against the saved version: nothing is overwritten silently.
     */
    public void restoreDraft() {
        Optional<KeptDraft> draft = personalDrafts.find(id);
        offeredDraftSavedAt = null;
        if (draft.isEmpty()) {
            Messages.globalInfo("page.objectives.edit.draftGone");
            return;
        }
        try {
            form.restore(ObjectiveForm.fromJson(draft.get().content()));
        } catch (IllegalArgumentException unreadable) {
            Messages.globalInfo("page.objectives.edit.draftGone");
            return;
        }
        if (draft.get().baseVersion() != version || draft.get().stale()) {
            conflict(new ConcurrentEditException(id, fixedCode));
        } else {
            Messages.globalInfo("page.objectives.edit.draftRestored");
        }
    }

    /** Forgets the caller's draft of this objective; the form stays as the saved version. */
    public void discardDraft() {
        personalDrafts.discard(id);
        offeredDraftSavedAt = null;
        draftKeptAt = null;
        Messages.globalInfo("page.objectives.edit.draftDiscarded");
    }

    public boolean isDraftOffered() {
        return offeredDraftSavedAt != null;
    }

    public Instant getOfferedDraftSavedAt() {
        return offeredDraftSavedAt;
    }

    public boolean isOfferedDraftStale() {
        return offeredDraftStale;
    }

    public Instant getDraftKeptAt() {
        return draftKeptAt;
    }

    public boolean isDraftNotKept() {
        return draftNotKept;
    }

    // ---- rows ------------------------------------------------------------------------------

    public void addMilestone() {
        form.addMilestone(choices.firstYear());
    }

    public void moveMilestone(int index, int by) {
        ObjectiveForm.move(form.getMilestones(), index, by);
    }

    public void removeMilestone(int index) {
        ObjectiveForm.remove(form.getMilestones(), index);
    }

    public void addIndicator() {
        form.addIndicator();
    }

    public void moveIndicator(int index, int by) {
        ObjectiveForm.move(form.getIndicators(), index, by);
    }

    public void removeIndicator(int index) {
        ObjectiveForm.remove(form.getIndicators(), index);
    }

    // ---- saving ----------------------------------------------------------------------------

    public String save() {
        ObjectiveForm.Checked checked = form.check(choices.firstYear(), choices.lastYear());
        if (!checked.valid()) {
            checked.refusals().forEach(refusal -> show(refusal.input(), refusal.reason()));
            return null;
        }
        try {
            SaveResult result = id == null
                    ? drafting.create(parent, checked.draft(), token)
                    : drafting.save(id, version, checked.draft(), token);
            return done(result, "page.objectives.edit.saved");
        } catch (ConcurrentEditException e) {
            // The same form saved a moment ago (a double click): report that save.
            return drafting.findSave(token).map(first -> done(first, "page.objectives.edit.saved"))
                    .orElseGet(() -> conflict(e));
        } catch (BusinessException e) {
            show(ObjectiveForm.inputOf(e), e);
            return null;
        }
    }

    /** Confirms from the editor that the other language is still right, then reloads the form. */
    public String confirmTranslation() {
        try {
            return done(drafting.confirmTranslation(id, version, token), "page.objectives.edit.translationConfirmed");
        } catch (ConcurrentEditException e) {
            return conflict(e);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    private static String done(SaveResult result, String savedKey) {
        if (result.replayed()) {
            Messages.globalInfo("page.objectives.edit.replayed", result.revision());
        } else if (result.changed()) {
            Messages.globalInfo(savedKey, result.revision());
        } else {
            Messages.globalInfo("page.objectives.edit.unchanged");
        }
        return Pages.redirect("/objectives/detail?id=" + result.objectiveId());
    }

    /** The message next to the input, or at the top of the form when there is none. */
    private static void show(String input, BusinessException e) {
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
    private String conflict(ConcurrentEditException e) {
        Messages.globalError(e);
        Objective current = objectives.getObjective(id);
        saved = ObjectiveSnapshot.of(current);
        version = current.getVersion();
        translationOutdated = current.isTranslationOutdated();
        token = UUID.randomUUID().toString();
        refreshConflicts();
        return null;
    }

    private void refreshConflicts() {
        conflicts = saved == null ? List.of() : ObjectiveComparison.compare(saved, form.snapshot(saved, choices.institutionCodes()))
                .stream().filter(FieldDiff::isChanged).toList();
    }

    /** Replaces the form's value of one field with the saved version's (a whole list for rows). */
    public void takeSaved(String field) {
        if (saved == null || field == null) {
            return;
        }
        form.take(field, saved, choices.institutionIds());
        refreshConflicts();
    }

    // ---- page properties -------------------------------------------------------------------

    public ObjectiveForm getForm() {
        return form;
    }

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

    public boolean isTranslationOutdated() {
        return translationOutdated;
    }

    public Language getOtherLanguage() {
        return form == null || form.getAuthoritativeLanguage() == null ? Language.RO
                : form.getAuthoritativeLanguage().other();
    }

    public EditorChoices getChoices() {
        return choices;
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

    public String getToken() {
        return token;
    }
}
