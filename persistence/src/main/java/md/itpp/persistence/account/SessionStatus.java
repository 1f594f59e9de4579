package md.itpp.persistence.account;

/** What a signed-in session may do, as {@link SessionCheck} sees the account now. */
public enum SessionStatus {
    /** Carry on. */
    ACTIVE,
    /** The account was deactivated or its sessions were ended: sign the session out. */
    ENDED,
    /** An administrator reset the password: only the change-password page is open. */
    PASSWORD_CHANGE_REQUIRED
}
