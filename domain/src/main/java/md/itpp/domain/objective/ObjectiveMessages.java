package md.itpp.domain.objective;

/**
 * Message keys of the objective rules that fail with a {@link md.itpp.domain.ValidationException}
 * rather than a dedicated exception.
 */
public final class ObjectiveMessages {

    /** {0}: the goal's code. A partnership goal hangs under a strategic objective. */
    public static final String GOAL_NEEDS_STRATEGIC_PARENT = "error.objective.goalNeedsStrategicParent";
    /** {0}: the parent's code. */
    public static final String PARENT_WITHDRAWN = "error.objective.parentWithdrawn";
    /** {0}: area code, {1}: programme code. */
    public static final String AREA_OUTSIDE_PROGRAMME = "error.objective.areaOutsideProgramme";
    /** {0}: the year, {1}: first and {2}: last year of the programme. */
    public static final String MILESTONE_YEAR_OUT_OF_RANGE = "error.objective.milestoneYearOutOfRange";
    /** {0}: the institution's abbreviation. */
    public static final String LEAD_ALSO_CONTRIBUTOR = "error.objective.leadAlsoContributor";

    /** {0}: the code given. Capital letters and digits in groups joined by "-" or ".". */
    public static final String CODE_FORMAT = "error.objective.codeFormat";

    private ObjectiveMessages() {
    }
}
