/**
 * Consultation rounds with the institutions: a {@link md.itpp.domain.consultation.ConsultationRound}
 * (the aggregate root) holds the objectives it asks about, each with the revision frozen at
 * opening ({@link md.itpp.domain.consultation.RoundObjective}), the invited institutions
 * ({@link md.itpp.domain.consultation.Invitation}, which carries the institution's one
 * consolidated position), and the institutions' comments
 * ({@link md.itpp.domain.consultation.ConsultationComment}) with the negotiator's disposition.
 * <p>
 * Two tiers per institution: experts (CONSULTEE) draft comments, the focal point (a CONSULTEE
 * whose account has the focal-point flag) edits or drops them and submits the position. The
 * caller reaches the rules as a {@link md.itpp.domain.consultation.Participant}.
 */
package md.itpp.domain.consultation;
