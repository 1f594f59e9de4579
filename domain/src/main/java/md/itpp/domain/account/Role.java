package md.itpp.domain.account;

/**
 * What a user may do. The names are also the container's security roles, so they appear in
 * {@code @RolesAllowed} and in the {@code account_role} table: renaming one is a migration.
 */
public enum Role {
    /** Drafts objectives, runs consultations, carries the negotiation with NATO (MFAEI). */
    NEGOTIATOR,
    /** An institution's focal point or expert: comments and gives the institution's position. */
    CONSULTEE,
    /** Signs off submitted objectives or returns them. */
    REVIEWER,
    /** Approves signed-off objectives (e.g. the State Secretary). */
    APPROVER,
    /** IT staff: administers accounts, never content. */
    ADMIN,
    /** Reads everything and checks who did what; changes nothing. */
    AUDITOR;

    /** The role names as compile-time constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String NEGOTIATOR = "NEGOTIATOR";
        public static final String CONSULTEE = "CONSULTEE";
        public static final String REVIEWER = "REVIEWER";
        public static final String APPROVER = "APPROVER";
        public static final String ADMIN = "ADMIN";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
