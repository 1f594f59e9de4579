package md.itpp.web.consultation;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundSummary;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.i18n.RowTexts;
import md.itpp.web.security.CurrentUser;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs consultation/rounds.xhtml: the rounds the caller may see, newest first, as the table's
 * rows ({@code <itpp:rows>}), their texts in the reader's language made here once.
 */
@Named("consultationRounds")
@RequestScoped
public class RoundsBean {

    @Inject
    @Shared
    private ConsultationService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    @Inject
    private Dates dates;

    @Inject
    private RowTexts rowTexts;

    private List<RoundSummary> rounds;
    private final PerLanguage<List<TableRow>> lines = new PerLanguage<>(this::lines);

    public List<RoundSummary> getRounds() {
        if (rounds == null) {
            rounds = service.rounds();
        }
        return rounds;
    }

    /**
     * The table's rows: the round's link, its state, deadline and number of objectives, and what
     * was submitted (a negotiator: how many of the invited institutions sent their position; a
     * consultee: its own position, or 0 of 1).
     */
    public List<TableRow> getLines() {
        return lines.in(locale.getLocale());
    }

    private List<TableRow> lines(Locale reader) {
        boolean negotiator = isNegotiator();
        return getRounds().stream().map(row -> TableRow.of(null,
                Cell.link(RoundBean.address(row.id()), "round-link", row.title()),
                Cell.text(EnumLabels.label(reader, row.state())),
                Cell.text(dates.dateTime(row.deadline(), reader)),
                Cell.text(String.valueOf(row.objectives())),
                Cell.text(negotiator || row.position() == null
                        ? rowTexts.of("page.consultation.rounds.submittedOf", row.submitted(),
                                negotiator ? row.institutions() : 1)
                        : EnumLabels.label(reader, row.position())))).toList();
    }

    public boolean isNegotiator() {
        return currentUser.isNegotiator();
    }
}
