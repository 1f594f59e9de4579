package md.itpp.web.objectives;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.BusinessException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.approval.ObjectivePage;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.web.ListAddress;
import md.itpp.web.Pages;
import md.itpp.web.RequestMemo;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;
import md.itpp.web.security.CurrentUser;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs objectives/detail.xhtml?id=N: one objective, read-only, read once per request through
 * {@link RequestMemo} with its approval panel ({@link ObjectiveApprovalBean}) in one service call
 * ({@link ApprovalService#objectivePage}). The page is a stateless view ({@code StatelessViews}):
 * nothing of it is kept between requests, and each of its forms posts what it needs, the
 * objective's id, the version the page showed and the form's one-time token, read here from the
 * request on a post as on a GET. So a decision or confirmation names the text the user read:
 * one on a page someone else moved on is refused, not applied to text the user never saw.
 */
@Named("objectiveDetail")
@RequestScoped
public class ObjectiveDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A post naming a version of the objective other than the current one: nothing is recorded. */
    static final String CHANGED_SINCE_SHOWN = "error.objective.changedSinceShown";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    @Shared
    private ApprovalService approvals;

    @Inject
    @Shared
    private DraftingService drafting;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RequestMemo memo;

    /** One per page shown, posted back: a repeated confirmation is answered, not recorded twice. */
    private String token;

    private Long id;

    /** The version the page showed, as its form posted it; {@code null} on a GET. */
    private Long shownVersion;

    /**
     * The id, version and token a form of the page posted. On a post Faces applies the id to the
     * view parameter only after it has decoded the forms, whose {@code rendered} conditions
     * (may this user decide?) already need the objective; on a GET the id is the view parameter.
     */
    @PostConstruct
    void readRequest() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        id = number(parameters.get("id"));
        shownVersion = number(parameters.get("version"));
        String posted = parameters.get("token");
        token = posted != null && TOKEN.matcher(posted).matches() ? posted : UUID.randomUUID().toString();
    }

    /** The address of an objective's page in this application, as the lists and dashboards link to it. */
    public static String address(long id) {
        return ListAddress.of("/objectives/detail.xhtml", Map.of("id", id));
    }

    private static Long number(String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** View action. */
    public void load() {
        if (getObjective() == null) {
            // One answer for a missing and a forbidden objective, so nobody can probe which ids exist.
            Pages.notFound();
        }
    }

    /**
     * Pre-render check. A malformed id fails conversion, and Faces then skips the view action
     * and would render an empty page: answer 404 instead.
     */
    public void requireObjective() {
        Pages.requireLoaded(getObjective());
    }

    /**
     * The objective as the caller may see it now, read once in this request; {@code null} when
     * there is no id, or the objective is gone or not the caller's to see.
     */
    public Objective getObjective() {
        ObjectivePage page = getPage();
        return page == null ? null : page.objective();
    }

    /**
     * The objective, its approval record and whether its strategic objective may be opened, read
     * once in this request; {@code null} as for {@link #getObjective}.
     */
    public ObjectivePage getPage() {
        if (id == null) {
            return null;
        }
        return memo.get("objectivePage:" + id, () -> readable(id));
    }

    private ObjectivePage readable(long objectiveId) {
        try {
            return approvals.objectivePage(objectiveId);
        } catch (ObjectiveNotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    /** Whether the caller may open the editor: a negotiator, while the content is editable. */
    public boolean isEditable() {
        Objective objective = getObjective();
        return objective != null && objective.isEditable() && currentUser.isNegotiator();
    }

    /** Whether the caller may add a partnership goal here. */
    public boolean isGoalAllowed() {
        return isEditable() && getObjective().isStrategic();
    }

    /** The language whose translation may be out of date. */
    public Language getOtherLanguage() {
        return getObjective().getAuthoritativeLanguage().other();
    }

    /**
     * The version of the objective the page showed, as its form posted it: what a decision or a
     * confirmation names. {@code null} on a GET, or a post without one (no form of this page),
     * which is then refused.
     */
    public Long getShownVersion() {
        return shownVersion;
    }

    /** The form's one-time token, posted back with the form. */
    public String getToken() {
        return token;
    }

    /** Records that the translation is still right, then shows the objective again. */
    public String confirmTranslation() {
        Objective objective = getObjective();
        if (objective == null) {
            Pages.notFound();
            return null;
        }
        if (shownVersion == null) {
            Messages.globalError(CHANGED_SINCE_SHOWN, objective.getCode());
            return null;
        }
        try {
            SaveResult result = drafting.confirmTranslation(objective.getId(), shownVersion, token);
            Messages.globalInfo("page.objectives.edit.translationConfirmed", result.revision());
        } catch (ConcurrentEditException e) {
            Messages.globalError(CHANGED_SINCE_SHOWN, objective.getCode());
            return null;
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
        return Pages.redirect("/objectives/detail?id=" + objective.getId());
    }

    /**
     * Whether the reader may open the page of the goal's strategic objective: a consultee whose
     * institution takes part in a goal only may not, and then sees its code and title without a
     * link that would lead to "not found". Decided by the service, which holds the one rule, with
     * the page's read.
     */
    public boolean isParentReadable() {
        ObjectivePage page = getPage();
        return page != null && page.parentReadable();
    }

    /** The strategic objective of a goal; {@code null} for a strategic objective. */
    public Objective getParent() {
        Objective objective = getObjective();
        return objective == null ? null : objective.getParent().orElse(null);
    }

    public boolean isAuthoritative(Language language) {
        Objective objective = getObjective();
        return objective != null && objective.getAuthoritativeLanguage() == language;
    }

    /** An objective's milestones as its table shows them ({@code <itpp:rows>}): year, description. */
    public List<TableRow> milestoneRows(Objective objective) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return objective.getMilestones().stream().map(milestone -> TableRow.of(null,
                Cell.header(String.valueOf(milestone.getYear())), Cell.text(milestone.description(reader)))).toList();
    }

    /** An objective's indicators as their table shows them: name, baseline, target, unit, means of verification. */
    public List<TableRow> indicatorRows(Objective objective) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return objective.getIndicators().stream().map(indicator -> TableRow.of(null,
                Cell.header(indicator.name(reader)), Cell.text(indicator.getBaseline()), Cell.text(indicator.getTarget()),
                Cell.text(indicator.unit(reader)), Cell.text(indicator.meansOfVerification(reader)))).toList();
    }

    /** Contributing institutions by name in the reader's language. */
    public List<Institution> contributors(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return getObjective().getContributingInstitutions().stream()
                .sorted(Comparator.comparing((Institution i) -> i.name(locale), collator))
                .toList();
    }

    /** Empty when not yet written in that language. */
    public String titleIn(Language language) {
        Objective objective = getObjective();
        return language == Language.RO ? objective.getTitleRo() : objective.getTitleEn();
    }

    /** Empty when not yet written in that language. */
    public String textIn(Language language) {
        Objective objective = getObjective();
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
}
