/**
 * The audit trail: append-only events (who, what, when in UTC, which object, before and after),
 * each bound to its predecessor by a SHA-256 hash so that a changed or deleted row is detected.
 * {@link md.itpp.domain.audit.AuditChain} holds the hash rules and the verification, shared by the
 * application and the command-line check, so both read the chain the same way.
 */
package md.itpp.domain.audit;
