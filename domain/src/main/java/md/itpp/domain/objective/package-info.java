/**
 * Objectives of the programme: strategic objectives and their partnership goals, their
 * bilingual content, milestones and indicators, and the lifecycle from draft to adoption
 * (the transition table is {@link md.itpp.domain.objective.ObjectiveAction}), with the
 * exceptions its rules throw.
 */
package md.itpp.domain.objective;
