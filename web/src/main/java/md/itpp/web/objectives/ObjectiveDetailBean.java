package md.itpp.web.objectives;

import java.io.IOException;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.BusinessException;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;

/**
 * Backs objectives/detail.xhtml?id=N: one objective, read-only. View-scoped so that the page
 * survives its own postbacks (the language switch) without reading the objective again.
 */
@Named("objectiveDetail")
@ViewScoped
public class ObjectiveDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObjectiveService service;

    @Inject
    private DraftingService drafting;

    @Inject
    private CurrentUser currentUser;

    /** One per page view: a repeated confirmation is answered, not recorded twice. */
    private final String token = UUID.randomUUID().toString();

    private Long id;
    private Objective objective;
    private Boolean parentReadable;

    /** View action. */
    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            objective = service.getObjective(id);
        } catch (ObjectiveNotFoundException | AccessDeniedException e) {
            // One answer for both, so that nobody can probe which ids exist.
            notFound();
        }
    }

    /**
     * Pre-render check. A malformed id fails conversion, and Faces then skips the view action
     * and would render an empty page: answer 404 instead.
     */
    public void requireObjective() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (objective == null && !context.getResponseComplete()) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        context.responseComplete();
    }

    /** Whether the caller may open the editor: a negotiator, while the content is editable. */
    public boolean isEditable() {
        return objective != null && objective.isEditable() && currentUser.isNegotiator();
    }

    /** Whether the caller may add a partnership goal here. */
    public boolean isGoalAllowed() {
        return isEditable() && objective.isStrategic();
    }

    /** The language whose translation may be out of date. */
    public Language getOtherLanguage() {
        return objective.getAuthoritativeLanguage().other();
    }

    /** Records that the translation is still right, then shows the objective again. */
    public String confirmTranslation() {
        try {
            SaveResult result = drafting.confirmTranslation(objective.getId(), objective.getVersion(), token);
            Messages.globalInfo("page.objectives.edit.translationConfirmed", result.revision());
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/objectives/detail?faces-redirect=true&id=" + objective.getId();
    }

    /**
     * Whether the reader may open the page of the goal's strategic objective: a consultee whose
     * institution takes part in a goal only may not, and then sees its code and title without a
     * link that would lead to "not found". Asked of the service, which holds the one rule.
     */
    public boolean isParentReadable() {
        if (parentReadable == null) {
            Objective parent = getParent();
            boolean readable = false;
            if (parent != null) {
                try {
                    service.getObjective(parent.getId());
                    readable = true;
                } catch (AccessDeniedException | ObjectiveNotFoundException e) {
                    readable = false;
                }
            }
            parentReadable = readable;
        }
        return parentReadable;
    }

    /** The strategic objective of a goal; {@code null} for a strategic objective. */
    public Objective getParent() {
        return objective == null ? null : objective.getParent().orElse(null);
    }

    public boolean isAuthoritative(Language language) {
        return objective != null && objective.getAuthoritativeLanguage() == language;
    }

    /** Contributing institutions by name in the reader's language. */
    public List<Institution> contributors(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return objective.getContributingInstitutions().stream()
                .sorted(Comparator.comparing((Institution i) -> i.name(locale), collator))
                .toList();
    }

    /** Empty when not yet written in that language. */
    public String titleIn(Language language) {
        return language == Language.RO ? objective.getTitleRo() : objective.getTitleEn();
    }

    /** Empty when not yet written in that language. */
    public String textIn(Language language) {
        return language == Language.RO ? objective.getTextRo() : objective.getTextEn();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Objective getObjective() {
        return objective;
    }
}
