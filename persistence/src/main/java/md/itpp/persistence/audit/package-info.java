/**
 * The audit trail's services.
 * <p>
 * <b>Recording</b> (for every service that changes state): inject {@link AuditTrail} and call,
 * inside the service method, after the change,
 * <pre>
 * auditTrail.record(actor.username(), "objective.save", "Objective", objective.getId(), before, after);
 * </pre>
 * {@code action} is a dotted lower-case name ({@code aggregate.verb}); {@code before} and
 * {@code after} are JSON text or {@code null} (build small objects with {@link AuditJson}). The
 * event joins the caller's transaction: if the change rolls back, so does its event. Appends are
 * serialised on the chain head's row lock, so keep the call near the end of the transaction.
 * <p>
 * <b>Reading and checking</b>: {@link AuditService} (AUDITOR and ADMIN) pages, filters and
 * verifies; {@link VerifyAuditTrail} checks a database from the command line over JDBC.
 */
package md.itpp.persistence.audit;
