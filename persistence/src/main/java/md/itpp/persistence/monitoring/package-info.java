/**
 * Monitoring services: {@link md.itpp.persistence.monitoring.MonitoringService} opens reporting
 * periods, lets the institutions draft, submit and contribute to their progress reports, and the
 * negotiators return, accept, weigh, override, close and reopen. Every act is an audit event;
 * every report reached by id is checked against the caller's institution. The same service keeps
 * the reports' evidence files ({@link md.itpp.persistence.monitoring.EvidenceSettings} for the
 * size limit) and runs the workbook round trip, whose reading, checking and marking is
 * {@link md.itpp.persistence.monitoring.ReportWorkbook}, free of the database. A period's progress
 * figures are kept by {@link md.itpp.persistence.monitoring.RollUpCache} while its stamp holds;
 * the reporting reminders are claimed by {@link md.itpp.persistence.monitoring.MonitoringJobs}
 * and mailed by {@link md.itpp.persistence.monitoring.MonitoringReminders}, once per cluster.
 */
package md.itpp.persistence.monitoring;
