/**
 * Implementation monitoring: the annual progress report on every approved objective.
 * <p>
 * A {@link md.itpp.domain.monitoring.ReportingPeriod} (the aggregate root) is opened by a
 * negotiator for a year and creates one {@link md.itpp.domain.monitoring.ProgressReport} per
 * objective that is approved or further along, assigned to the objective's lead institution.
 * A report holds a status and comment for every milestone
 * ({@link md.itpp.domain.monitoring.MilestoneProgress}), the value reached for every indicator
 * ({@link md.itpp.domain.monitoring.IndicatorProgress}), the narrative, and the contributing
 * institutions' input ({@link md.itpp.domain.monitoring.ContributingInput}). Two tiers, as in
 * consultation: experts draft, the focal point submits; the negotiator returns or accepts.
 * The lead institution attaches {@link md.itpp.domain.monitoring.EvidenceFile}s while the report
 * is open for its input, each of a {@link md.itpp.domain.monitoring.EvidenceType} judged by its
 * content.
 * <p>
 * {@link md.itpp.domain.monitoring.RollUp} turns reports into progress figures (goal, objective,
 * area), honouring weights and the negotiators' overrides. Closing the period freezes it as a
 * canonical JSON snapshot with its SHA-256 ({@link md.itpp.domain.monitoring.PeriodSnapshot}).
 */
package md.itpp.domain.monitoring;
