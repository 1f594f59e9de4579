package md.itpp.domain.objective;

/** Where an objective sits: the end (strategic objective) or one of its ways (partnership goal). */
public enum ObjectiveLevel {
    STRATEGIC_OBJECTIVE,
    PARTNERSHIP_GOAL
}
