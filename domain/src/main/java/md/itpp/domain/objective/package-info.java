/**
 * Objectives of the programme: strategic objectives and their partnership goals, their
 * bilingual content, milestones and indicators, and the lifecycle from draft to adoption
 * (the transition table is {@link md.itpp.domain.objective.ObjectiveAction}), with the
 * exceptions its rules throw; and their revisions, immutable canonical snapshots of each save
 * ({@link md.itpp.domain.objective.ObjectiveRevision}, {@link md.itpp.domain.objective.ObjectiveSnapshot}).
 */
package md.itpp.domain.objective;
