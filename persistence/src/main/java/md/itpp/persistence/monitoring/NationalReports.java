package md.itpp.persistence.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import md.itpp.domain.monitoring.IndicatorProgress;
import md.itpp.domain.monitoring.MilestoneProgress;
import md.itpp.domain.monitoring.ProgressReport;
import md.itpp.domain.monitoring.ReportingPeriod;
import md.itpp.domain.monitoring.RollUp;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.reference.CooperationArea;

/**
 * Builds the {@link NationalReport} of a period in one language: areas in their order, each
 * with its strategic objectives' reports and, under them, their goals' (goals reported without
 * their strategic objective stand alone). The narrative is the report's text in that language,
 * or the other one where it was not written.
 */
final class NationalReports {

    private NationalReports() {
    }

    /** @param figures the period's figures ({@link RollUpCache}, or {@link ReportingPeriod#figures()}) */
    static NationalReport of(ReportingPeriod period, RollUp.Figures figures, List<CooperationArea> areaList,
                             Language language, Instant now) {
        ReportText text = new ReportText(language);
        Locale locale = language.locale();
        Set<String> reported = period.getReports().stream().map(r -> r.getObjective().getCode())
                .collect(Collectors.toSet());
        Map<String, List<ProgressReport>> goals = period.getReports().stream()
                .filter(r -> r.getObjective().getParent().map(p -> reported.contains(p.getCode())).orElse(false))
                .collect(Collectors.groupingBy(r -> r.getObjective().getParent().orElseThrow().getCode()));
        List<NationalReport.Area> areas = new ArrayList<>();
        for (CooperationArea area : areaList) {
            List<NationalReport.Objective> objectives = period.getReports().stream()
                    .filter(r -> r.getObjective().getArea().getCode().equals(area.getCode()))
                    .filter(r -> r.getObjective().getParent().map(p -> !reported.contains(p.getCode())).orElse(true))
                    .sorted(Comparator.comparing(r -> r.getObjective().getCode()))
                    .map(r -> objective(r, goals.getOrDefault(r.getObjective().getCode(), List.of()), figures, text,
                            language, locale))
                    .toList();
            if (!objectives.isEmpty()) {
                areas.add(new NationalReport.Area(area.getCode(), area.name(locale),
                        figures.area(area.getCode()).formatted(), objectives));
            }
        }
        return new NationalReport(language, period.getProgramme().title(locale), period.getTitle(), period.getYear(),
                text.of(period.getState()), period.getSnapshotSha256().orElse(null), now,
                figures.overall().formatted(), areas);
    }

    private static NationalReport.Objective objective(ProgressReport r, List<ProgressReport> goals,
                                                      RollUp.Figures figures, ReportText text, Language language,
                                                      Locale locale) {
        Objective o = r.getObjective();
        RollUp.Figure figure = figures.objective(o.getCode());
        List<NationalReport.MilestoneLine> milestones = new ArrayList<>();
        for (MilestoneProgress m : r.getMilestones()) {
            Milestone d = o.getMilestones().get(m.getMilestoneIndex());
            milestones.add(new NationalReport.MilestoneLine(d.getYear(), d.description(locale), text.of(m.getStatus()),
                    m.getComment()));
        }
        List<NationalReport.IndicatorLine> indicators = new ArrayList<>();
        for (IndicatorProgress i : r.getIndicators()) {
            Indicator d = o.getIndicators().get(i.getIndicatorIndex());
            indicators.add(new NationalReport.IndicatorLine(d.name(locale), d.getBaseline(), d.getTarget(), d.unit(locale),
                    i.getValueReached()));
        }
        String narrative = language == Language.RO
                ? (r.getNarrativeRo().isEmpty() ? r.getNarrativeEn() : r.getNarrativeRo())
                : (r.getNarrativeEn().isEmpty() ? r.getNarrativeRo() : r.getNarrativeEn());
        String computed = figure.computed() == null ? ""
                : new RollUp.Figure(figure.computed(), figure.computed(), false, null).formatted();
        return new NationalReport.Objective(o.getCode(), o.title(locale), r.getInstitution().name(locale),
                text.of(r.getState()), r.getSubmittedBy().orElse(null), r.getSubmittedAt().orElse(null),
                figure.formatted(), computed, figure.overridden() ? figure.reason() : null, narrative, milestones,
                indicators, goals.stream().sorted(Comparator.comparing(g -> g.getObjective().getCode()))
                .map(g -> objective(g, List.of(), figures, text, language, locale)).toList());
    }
}
