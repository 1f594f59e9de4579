package md.itpp.domain.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.reference.Institution;
import md.itpp.domain.Bilingual;

/**
 * A person who signs in. The password is stored only as a hash produced elsewhere (the
 * persistence module hashes, the identity store verifies), so this class never sees a
 * password.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME,
        query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.FIND_ALL,
        query = "select a from Account a order by a.username")
@NamedQuery(name = Account.FIND_BY_IDS,
        query = "select a from Account a left join fetch a.institution left join fetch a.roles where a.id in :ids"
                + " order by a.username")
@NamedQuery(name = Account.CALLER_STATE,
        query = "select a.enabled, a.sessionsRevokedAt, a.passwordChangeRequired, i.id, a.focalPoint"
                + " from Account a left join a.institution i where a.username = :username")
@NamedQuery(name = Account.COUNT_WITH_ROLE,
        query = "select count(distinct a) from Account a join a.roles r where r = :role")
@NamedQuery(name = Account.FIND_ENABLED_WITH_ROLE,
        query = "select distinct a from Account a join a.roles r where r = :role and a.enabled = true")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code username}. */
    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    /** Every account, by username. */
    public static final String FIND_ALL = "Account.findAll";
    /** The accounts of a page by their ids (parameter {@code ids}), by username, with their institutions and roles. */
    public static final String FIND_BY_IDS = "Account.findByIds";
    /**
     * Parameter {@code username}: what every request of a signed-in caller needs of the account
     * (enabled, sessions revoked at, password change required, institution id, focal point), as
     * one row read through the username's unique index, without the entity, its roles and its
     * institution.
     */
    public static final String CALLER_STATE = "Account.callerState";
    /** Parameter {@code role} (a {@link Role}); returns a {@code Long}. */
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    /** Parameter {@code role} (a {@link Role}): the enabled accounts holding it. */
    public static final String FIND_ENABLED_WITH_ROLE = "Account.findEnabledWithRole";

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int PASSWORD_HASH_MAX = 512;
    public static final int EMAIL_MAX = 254;
    /** Languages the user interface speaks, as ISO 639-1 codes. */
    public static final Set<String> LANGUAGES = Set.of(Bilingual.ENGLISH_CODE, Bilingual.ROMANIAN_CODE);
    public static final String DEFAULT_LANGUAGE = Bilingual.ROMANIAN_CODE;

    /** A plain address: something@domain, no spaces, no display name, no line breaks. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** Usernames also travel in audit records and URLs: keep them plain. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    /**
     * IT administrators cannot decide on content (segregation of duties): an account that
     * administers others could otherwise grant itself a second vote.
     */
    private static final Set<Role> NOT_WITH_ADMIN = EnumSet.of(Role.REVIEWER, Role.APPROVER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", length = USERNAME_MAX, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", length = DISPLAY_NAME_MAX, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = PASSWORD_HASH_MAX, nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "preferred_language", length = 2, nullable = false)
    private String preferredLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 32, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** A CONSULTEE who consolidates and submits the institution's position in consultations. */
    @Column(name = "focal_point", nullable = false)
    private boolean focalPoint;

    /** Where reminders and notices are mailed; {@code null} when the account gets none. */
    @Column(name = "email", length = EMAIL_MAX)
    private String email;
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "sessions_revoked_at")
    private Instant sessionsRevokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    /**
     * A new, enabled account speaking {@value #DEFAULT_LANGUAGE}.
     *
     * @param institution the institution the user speaks for; {@code null} for staff who
     *                    represent none (e.g. IT administrators)
     */
    public Account(String username, String displayName, String passwordHash, Set<Role> roles,
                   Institution institution) {
        this.username = checkUsername(username);
        this.displayName = Texts.required("displayName", displayName, DISPLAY_NAME_MAX);
        this.passwordHash = Texts.required("passwordHash", passwordHash, PASSWORD_HASH_MAX);
        this.roles.addAll(checkRoles(roles));
        this.institution = institution;
        this.enabled = true;
        this.preferredLanguage = DEFAULT_LANGUAGE;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = Texts.required("passwordHash", newPasswordHash, PASSWORD_HASH_MAX);
    }

    public void changeDisplayName(String newDisplayName) {
        this.displayName = Texts.required("displayName", newDisplayName, DISPLAY_NAME_MAX);
    }

    public void changeRoles(Set<Role> newRoles) {
        Set<Role> checked = checkRoles(newRoles);
        roles.retainAll(checked);
        roles.addAll(checked);
    }

    /** @param newInstitution {@code null} when the user speaks for no institution */
    public void changeInstitution(Institution newInstitution) {
        this.institution = newInstitution;
    }

    /** @param language {@code en} or {@code ro} */
    public void changePreferredLanguage(String language) {
        String code = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (code == null || !LANGUAGES.contains(code)) {
            throw ValidationException.invalid("preferredLanguage");
        }
        this.preferredLanguage = code;
    }

    /**
     * Makes the account its institution's focal point in consultations, or an expert again.
     * Only a CONSULTEE with an institution can be one.
     */
    public void changeFocalPoint(boolean newFocalPoint) {
        if (newFocalPoint && (!roles.contains(Role.CONSULTEE) || institution == null)) {
            throw new ValidationException(AccountMessages.FOCAL_POINT_NEEDS_CONSULTEE);
        }
        this.focalPoint = newFocalPoint;
    }

    /** @param newEmail a plain address, or blank for none */
    public void changeEmail(String newEmail) {
        String value = Texts.optional("email", newEmail, EMAIL_MAX);
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw ValidationException.invalid("email");
        }
        this.email = value;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Disables the account and ends every session it has open, on every node. */
    public void deactivate(Instant now) {
        disable();
        endSessions(now);
    }

    /** Sessions signed in at or before {@code now} are refused from their next request on. */
    public void endSessions(Instant now) {
        this.sessionsRevokedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A password set by an administrator: the user must replace it at the next login, and
     * sessions open with the old one end.
     */
    public void resetPassword(String newPasswordHash, Instant now) {
        changePasswordHash(newPasswordHash);
        this.passwordChangeRequired = true;
        endSessions(now);
    }

    /** The user chose a new password themselves. */
    public void passwordChangedByOwner(String newPasswordHash) {
        changePasswordHash(newPasswordHash);
        this.passwordChangeRequired = false;
    }

    /** Whether a session signed in at {@code signedInAt} may still act for this account. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return acceptsSession(enabled, sessionsRevokedAt, signedInAt);
    }

    /**
     * The rule of {@link #acceptsSessionFrom}, for an account read as the columns of
     * {@link #CALLER_STATE}: enabled, and its sessions not ended after {@code signedInAt}.
     */
    public static boolean acceptsSession(boolean enabled, Instant sessionsRevokedAt, Instant signedInAt) {
        return enabled && (sessionsRevokedAt == null || signedInAt.isAfter(sessionsRevokedAt));
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getSessionsRevokedAt() {
        return sessionsRevokedAt;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The institution the user speaks for, or {@code null} for staff who represent none. */
    public Institution getInstitution() {
        return institution;
    }

    /** {@code en} or {@code ro}. */
    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Locale getPreferredLocale() {
        return Locale.forLanguageTag(preferredLanguage);
    }

    /** An unmodifiable view. */
    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    /** Whether the account consolidates its institution's position (see {@link #changeFocalPoint}). */
    public boolean isFocalPoint() {
        return focalPoint;
    }

    /** The mail address, or {@code null}. */
    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    private static String checkUsername(String username) {
        String value = Texts.trimToNull(username);
        if (value == null) {
            throw ValidationException.required("username");
        }
        if (value.length() < USERNAME_MIN || value.length() > USERNAME_MAX) {
            throw ValidationException.length("username", USERNAME_MIN, USERNAME_MAX);
        }
        if (!USERNAME.matcher(value).matches()) {
            throw ValidationException.invalid("username");
        }
        return value;
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException(AccountMessages.ROLE_REQUIRED);
        }
        if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(NOT_WITH_ADMIN::contains)) {
            throw new ValidationException(AccountMessages.ADMIN_CANNOT_DECIDE);
        }
        return EnumSet.copyOf(roles);
    }

    /** Usernames are unique and never change, so they identify an account across sessions. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Account account && Objects.equals(getUsername(), account.getUsername());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getUsername());
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
