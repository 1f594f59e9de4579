package md.itpp.persistence.objective;

/** The columns the objectives list can be sorted by, in the database. */
public enum ObjectiveSort {
    CODE, TITLE, AREA, STATUS, UPDATED
}
