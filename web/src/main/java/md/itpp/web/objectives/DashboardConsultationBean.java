package md.itpp.web.objectives;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.consultation.ConsultationProgressService;
import md.itpp.persistence.consultation.RoundProgress;
import md.itpp.web.Shared;
import md.itpp.web.consultation.RoundBean;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.LocaleBean;
import md.itpp.web.i18n.PerLanguage;
import md.itpp.web.security.CurrentUser;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * The dashboard's "Consultation progress" section: each recent round and its figures, its texts
 * made here once per request in the reader's language (as the objectives list's rows); a round
 * links to its page for those who may open it (negotiators, auditors).
 */
@Named("dashboardConsultation")
@RequestScoped
public class DashboardConsultationBean {

    @Inject
    @Shared
    private ConsultationProgressService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    @Inject
    private Dates dates;

    private List<RoundProgress> progress;
    private final PerLanguage<List<Line>> rounds = new PerLanguage<>(this::lines);

    /** A round's row; {@code href} is null for a reader who may not open the round's page. */
    public record Line(String href, String title, String state, Instant deadline, String deadlineText, int invited,
                       int positions, long comments, long disposed) implements TableRow {

        @Override
        public List<Cell> cells() {
            return List.of(Cell.link(href, "round-link", title), Cell.text(state), Cell.time(deadline, deadlineText),
                    Cell.number(invited), Cell.number(positions), Cell.number(comments), Cell.number(disposed));
        }
    }

    public List<Line> getRounds() {
        return rounds.in(locale.getLocale());
    }

    private List<Line> lines(Locale reader) {
        if (progress == null) {
            progress = service.progress();
        }
        boolean opens = currentUser.isNegotiator() || currentUser.isAuditReader();
        return progress.stream().map(round -> new Line(
                opens ? RoundBean.address(round.id()) : null,
                round.title(), EnumLabels.label(reader, round.state()), round.deadline(),
                dates.dateTime(round.deadline(), reader), round.invited(), round.positions(), round.comments(),
                round.disposed())).toList();
    }
}
