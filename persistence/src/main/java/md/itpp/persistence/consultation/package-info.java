/**
 * Consultation services: {@link md.itpp.persistence.consultation.ConsultationService} (rounds,
 * comments, positions, dispositions, the comment-resolution table and its export by
 * {@link md.itpp.persistence.consultation.SynthesisExporter}), and the deadline work:
 * {@link md.itpp.persistence.consultation.ConsultationScheduler} closes overdue rounds and
 * sends reminders through {@link md.itpp.persistence.consultation.ConsultationJobs}, once per
 * cluster whatever the number of nodes. Settings: {@link md.itpp.persistence.consultation.SchedulerSettings}.
 */
package md.itpp.persistence.consultation;
