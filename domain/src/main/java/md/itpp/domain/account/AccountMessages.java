package md.itpp.domain.account;

/** The message keys of the account rules that are not plain field checks. */
public final class AccountMessages {

    /** An account needs at least one role. */
    public static final String ROLE_REQUIRED = "error.account.roleRequired";
    /** ADMIN cannot be combined with REVIEWER or APPROVER. */
    public static final String ADMIN_CANNOT_DECIDE = "error.account.adminCannotDecide";

    /** Only a CONSULTEE with an institution can be its focal point. */
    public static final String FOCAL_POINT_NEEDS_CONSULTEE = "error.account.focalPointNeedsConsultee";
    /** The username is taken by another account. */
    public static final String USERNAME_TAKEN = "error.account.usernameTaken";
    /** No account with that id. */
    public static final String NOT_FOUND = "error.account.notFound";
    /** An administrator cannot deactivate the own account or drop the own ADMIN role. */
    public static final String NOT_YOURSELF = "error.account.notYourself";
    /** The current password given to change it is wrong. */
    public static final String WRONG_PASSWORD = "error.account.wrongPassword";

    private AccountMessages() {
    }
}
