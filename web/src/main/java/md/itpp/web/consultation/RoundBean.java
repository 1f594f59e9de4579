package md.itpp.web.consultation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundView;
import md.itpp.persistence.objective.SaveResult;
import md.itpp.web.ListAddress;
import md.itpp.web.Pager;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.Messages;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.i18n.RowTexts;
import md.itpp.web.security.CurrentUser;

/**
 * Backs consultation/round.xhtml?id=N[&amp;page=P][&amp;comment=C][&amp;dispose=C]: one round.
 * Negotiators open, close and finalise it, dispose of comments and apply proposed wordings;
 * consultees of an invited institution draft comments, and its focal point consolidates and
 * submits the position.
 * {@code comment=C} loads one of the caller's institution's comments into the form; any other
 * comment id shows nothing (the service refuses and logs it). {@code dispose=C} opens the row of
 * comment C of the page for the negotiator's disposition. A {@code page}, {@code comment} or
 * {@code dispose} that is not a number above 0 is left out with a message (a malformed {@code id}
 * is the not-found page).
 */
@Named("roundPage")
@ViewScoped
public class RoundBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = ConsultationService.COMMENTS_PER_PAGE;
    /** The justification field of the row open for its disposition, where a refusal is shown. */
    static final String JUSTIFICATION_ID = "dispositions:justification";

    @Inject
    @Shared
    private ConsultationService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    @Inject
    private RowTexts rowTexts;

    @Inject
    private Dates dates;

    private Long id;
    private Long commentParam;
    /** The page of comments shown, from 1; a round may hold a thousand comments and more. */
    private int page = 1;
    /** Whether the address held a page, comment or row that is not a number above 0. */
    private boolean misread;
    private Pager pager;
    private RoundView round;
    /** The comment-resolution table's rows (negotiators and auditors), made once per view. */
    private List<TableRow> tableRows = List.of();
    /**
     * The rows' texts in the reader's language, made once per view and language (the language
     * buttons post the page they are on); not kept with the view when it is written out.
     */
    private transient PerLanguage<List<Line>> lines;

    // The comment form (consultees): a new comment, or the one being edited.
    private Long editingId;
    private long editingVersion;
    private Long objectiveId;
    private CommentField field = CommentField.GENERAL;
    private CommentType type = CommentType.SUBSTANTIVE;
    private String text;
    private String proposedWording;

    // The position form (focal point).
    private PositionType position;
    private String letterNumber;
    private LocalDate letterDate;

    // Dispositions (negotiators), per comment id; one comment's at a time is open for editing.
    /** The comment whose disposition is being edited (view parameter {@code dispose}), or null. */
    private Long disposingId;
    private final Map<Long, DispositionType> dispositions = new HashMap<>();
    private final Map<Long, String> justifications = new HashMap<>();
    /** One per page view: a double click applies a proposed wording once. */
    private String applyToken = UUID.randomUUID().toString();

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            Pager.Read<RoundView> read = Pager.read(page, PAGE_SIZE,
                    (offset, size) -> service.round(id, offset, size), RoundView::commentCount);
            round = read.rows();
            pager = read.pager();
            page = pager.getPage();
            for (RoundView.CommentItem c : round.comments()) {
                dispositions.put(c.id(), c.disposition());
                justifications.put(c.id(), c.justification());
            }
            boolean disposable = isDisposable(); // a role check: once, not per row
            tableRows = round.comments().stream().map(c -> tableRow(c, disposable)).toList();
            if (commentParam != null) {
                edit(service.comment(commentParam));
            }
            if (misread) {
                Messages.globalWarning("page.consultation.round.notUnderstood");
            }
        } catch (BusinessException | EJBAccessException e) {
            round = null;
            Pages.notFound();
        }
    }

    /** Pre-render check: a malformed id skips the view action; answer 404 rather than an empty page. */
    public void requireRound() {
        Pages.requireLoaded(round);
    }

    /** Post-redirect-get to the round, with a message for the page after the redirect. */
    static String toRound(long id, String infoKey, Object... arguments) {
        Messages.globalInfo(infoKey, arguments);
        return Pages.redirect("/consultation/round?id=" + id);
    }

    /** The same, back to the page of comments the action was taken on. */
    private String toThisPage(String infoKey, Object... arguments) {
        Messages.globalInfo(infoKey, arguments);
        return Pages.redirect("/consultation/round?id=" + id + "&page=" + page);
    }

    // ---- paging of the comments ----------------------------------------------------------

    public String getPage() {
        return String.valueOf(page);
    }

    /** View parameter {@code page}: a number above 0; anything else is the first page, with a message. */
    public void setPage(String page) {
        Integer asked = ListAddress.page(page);
        misread |= asked == null;
        this.page = asked == null ? 1 : asked;
    }

    /** An id of the address: a number above 0, or null (with a message when something else was given). */
    private Long idParameter(String value) {
        Integer id = ListAddress.positive(value);
        misread |= id == null && !ListAddress.blank(value);
        return id == null ? null : id.longValue();
    }

    /** Where the list of comments stands; null until loaded. */
    public Pager getPager() {
        return pager;
    }

    private void edit(RoundView.CommentItem comment) {
        editingId = comment.id();
        editingVersion = comment.version();
        objectiveId = comment.objectiveId();
        field = comment.field();
        type = comment.type();
        text = comment.text();
        proposedWording = comment.proposedWording();
    }

    // ---- negotiators ---------------------------------------------------------------------

    public String open() {
        return act(() -> service.open(id, round.version()), "page.consultation.round.opened");
    }

    public String close() {
        return act(() -> service.close(id), "page.consultation.round.closed");
    }

    public String finalizeSynthesis() {
        return act(() -> service.finalizeSynthesis(id), "page.consultation.round.finalized");
    }

    /** A refused disposition is reported at its row (the justification field), not at the top. */
    public String dispose(RoundView.CommentItem comment) {
        try {
            service.dispose(comment.id(), comment.version(), dispositions.get(comment.id()),
                    justifications.get(comment.id()));
            return toThisPage("page.consultation.round.disposed");
        } catch (BusinessException e) {
            int row = round.comments().indexOf(comment);
            if (row < 0) {
                Messages.globalError(e);
            } else {
                Messages.fieldError(JUSTIFICATION_ID, e);
            }
            return null;
        }
    }

    public String apply(RoundView.CommentItem comment) {
        long objectiveVersion = round.objectives().stream().filter(o -> o.objectiveId() == comment.objectiveId())
                .findFirst().map(RoundView.ObjectiveItem::objectiveVersion).orElse(-1L);
        try {
            SaveResult result = service.applyProposedWording(comment.id(), objectiveVersion, applyToken);
            applyToken = UUID.randomUUID().toString();
            return toRound(id, "page.consultation.round.applied", comment.objectiveCode(), result.revision());
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    // ---- consultees ----------------------------------------------------------------------

    public String saveComment() {
        if (editingId == null) {
            return act(() -> service.addComment(id, objectiveId == null ? -1 : objectiveId, field, type, text,
                    proposedWording), "page.consultation.round.commentAdded");
        }
        return act(() -> service.editComment(editingId, editingVersion, objectiveId == null ? -1 : objectiveId,
                field, type, text, proposedWording), "page.consultation.round.commentSaved");
    }

    public String drop(RoundView.CommentItem comment) {
        return act(() -> service.dropComment(comment.id(), comment.version()), "page.consultation.round.dropped");
    }

    public String submitPosition() {
        return act(() -> service.submitPosition(id, position, letterNumber, letterDate),
                "page.consultation.round.submitted");
    }

    private String act(Runnable action, String infoKey) {
        try {
            action.run();
            return toRound(id, infoKey);
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    // ---- for the page --------------------------------------------------------------------

    public boolean isNegotiator() {
        return currentUser.isNegotiator();
    }

    /** A consultee of an invited institution. */
    public boolean isConsultee() {
        return round != null && round.myInvitation() != null;
    }

    public boolean isCommenting() {
        return isConsultee() && round.acceptsInput() && !round.myInvitation().submitted();
    }

    public boolean isSubmitting() {
        return isCommenting() && round.focalPoint();
    }

    public boolean isPlanned() {
        return round != null && round.state() == RoundState.PLANNED;
    }

    /** Whether the table has rows worth downloading (negotiators and auditors). */
    public boolean isTableShown() {
        return round != null && round.myInvitation() == null && round.state() != RoundState.PLANNED;
    }

    public boolean isDisposable() {
        return isNegotiator() && round != null
                && (round.state() == RoundState.OPEN || round.state() == RoundState.CLOSED);
    }

    /**
     * A row of the comment-resolution table: the comment, whether its row is the one open for
     * the negotiator's disposition, and the address that opens it (null when the row is open or
     * the caller may not dispose). Worked out once per view, so the page asks each row these
     * questions without finding this bean again for every cell (at fifty rows, those lookups were
     * a good part of the table's cost).
     */
    public record TableRow(RoundView.CommentItem comment, boolean open, String disposeUrl) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private TableRow tableRow(RoundView.CommentItem comment, boolean disposable) {
        boolean open = disposable && disposing(comment.id());
        return new TableRow(comment, open, disposable && !open ? disposeUrl(comment) : null);
    }

    /**
     * A row of the table as shown, its texts in the reader's language: made by this bean, so
     * the page writes each cell out instead of naming label, date and message beans in it (an
     * expression resolving beans per cell, fifty rows a page).
     *
     * @param disposeLabel the name of the row's "edit the disposition" link for screen readers
     * @param applied "applied in revision N", or null when the wording was not applied
     */
    public record Line(RoundView.CommentItem comment, String field, String letter, String type,
                       String disposition, String applied, String disposeUrl, String disposeLabel) {
    }

    private List<Line> lines() {
        if (lines == null) {
            lines = new PerLanguage<>(reader -> tableRows.stream().map(row -> line(row, reader)).toList());
        }
        return lines.in(locale.getLocale());
    }

    private Line line(TableRow row, Locale reader) {
        RoundView.CommentItem c = row.comment();
        return new Line(c, EnumLabels.label(reader, c.field()),
                rowTexts.of("page.consultation.round.letter", c.letterNumber(), dates.date(c.letterDate())),
                EnumLabels.label(reader, c.type()),
                c.disposition() == null ? "" : EnumLabels.label(reader, c.disposition()),
                c.appliedRevision() == null ? null
                        : rowTexts.of("page.consultation.round.appliedIn", c.appliedRevision(), null),
                row.disposeUrl(),
                row.disposeUrl() == null ? null
                        : Messages.text("action.consultation.editDisposition") + " " + c.objectiveCode() + " · "
                                + c.abbreviation());
    }

    /**
     * The rows above the one open for its disposition (all rows when none is open). The open row
     * is outside the two lists, so the select, text area, message and button of its form are
     * built once in the page, not carried (unrendered) through every row of a repeat. With the
     * texts made here, a negotiator's page of fifty comments took 10 % less CPU in a paired run.
     */
    public List<Line> getLinesBefore() {
        List<Line> all = lines();
        int open = openIndex();
        return open < 0 ? all : all.subList(0, open);
    }

    /** The row open for its disposition, or null. */
    public Line getOpenLine() {
        int open = openIndex();
        return open < 0 ? null : lines().get(open);
    }

    /** The rows below the open one (none when no row is open). */
    public List<Line> getLinesAfter() {
        int open = openIndex();
        List<Line> all = lines();
        return open < 0 ? List.of() : all.subList(open + 1, all.size());
    }

    private int openIndex() {
        for (int i = 0; i < tableRows.size(); i++) {
            if (tableRows.get(i).open()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether this comment's row is the one asked to be open for its disposition ({@code
     * dispose=C} in the address; open only when the caller may dispose). One row at a time:
     * fifty editable rows (a select, a text area, a message and a button each) were most of the
     * page's cost on every request, for the one the negotiator is deciding.
     */
    private boolean disposing(long commentId) {
        return disposingId != null && disposingId == commentId;
    }

    /** A round's page, as the rounds page and the dashboard link it. */
    public static String address(long roundId) {
        return ListAddress.of("/consultation/round.xhtml", Map.of("id", roundId));
    }

    /** This page of the round with the comment's row open for its disposition. */
    private String disposeUrl(RoundView.CommentItem comment) {
        return ListAddress.of("/consultation/round.xhtml", orderedParameters("dispose", comment.id()));
    }

    /** This page of the round, no row open. */
    public String pageUrl() {
        return ListAddress.of("/consultation/round.xhtml", orderedParameters(null, null));
    }

    private Map<String, Object> orderedParameters(String name, Object value) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", id);
        parameters.put("page", page > 1 ? page : null);
        if (name != null) {
            parameters.put(name, value);
        }
        return parameters;
    }

    public String getDispose() {
        return disposingId == null ? null : disposingId.toString();
    }

    public void setDispose(String dispose) {
        this.disposingId = idParameter(dispose);
    }

    public CommentField[] getFields() {
        return CommentField.values();
    }

    public CommentType[] getTypes() {
        return CommentType.values();
    }

    public DispositionType[] getDispositionTypes() {
        return DispositionType.values();
    }

    public PositionType[] getPositions() {
        return PositionType.values();
    }

    public RoundView getRound() {
        return round;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return commentParam == null ? null : commentParam.toString();
    }

    public void setComment(String comment) {
        this.commentParam = idParameter(comment);
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public CommentField getField() {
        return field;
    }

    public void setField(CommentField field) {
        this.field = field;
    }

    public CommentType getType() {
        return type;
    }

    public void setType(CommentType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProposedWording() {
        return proposedWording;
    }

    public void setProposedWording(String proposedWording) {
        this.proposedWording = proposedWording;
    }

    public PositionType getPosition() {
        return position;
    }

    public void setPosition(PositionType position) {
        this.position = position;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public Map<Long, DispositionType> getDispositions() {
        return dispositions;
    }

    public Map<Long, String> getJustifications() {
        return justifications;
    }
}
