package md.itpp.domain.account;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import md.itpp.domain.ValidationException;

/**
 * A personal API token: a program acting as its owner, with the owner's roles and institution
 * and never more. The secret is shown once, when the token is issued; only its SHA-256 is kept
 * (the secret is 256 random bits, so a fast hash is enough: there is nothing to guess from it).
 * A token has a name, an expiry of at most {@link #MAX_LIFETIME}, can be revoked, and remembers
 * when it was last used.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_BY_HASH,
        query = "select t from ApiToken t join fetch t.owner where t.secretHash = :hash")
@NamedQuery(name = ApiToken.RECORD_USE,
        query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id")
@NamedQuery(name = ApiToken.FIND_BY_OWNER,
        query = "select t from ApiToken t where t.owner.username = :username order by t.createdAt desc, t.id desc")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code hash}: the token whose secret hashes to it. */
    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    /** Parameters {@code id}, {@code now}: writes the moment of last use. */
    public static final String RECORD_USE = "ApiToken.recordUse";
    /** Parameter {@code username}: the owner's tokens, newest first. */
    public static final String FIND_BY_OWNER = "ApiToken.findByOwner";

    /** Every secret starts with this, so that scanners and people recognise a leaked one. */
    public static final String SECRET_PREFIX = "itpp_";
    public static final int NAME_MAX = 100;
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Last use is written at most this often: a busy program must not write on every call. */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** {0}: the longest lifetime in days. */
    public static final String EXPIRY_INVALID = "error.apiToken.expiryInvalid";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account owner;

    @Column(name = "name", length = NAME_MAX, nullable = false, updatable = false)
    private String name;

    /** SHA-256 of the secret, hexadecimal. */
    @Column(name = "secret_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String secretHash;

    /** The first characters of the secret, so that the owner can tell tokens apart. */
    @Column(name = "hint", length = 16, nullable = false, updatable = false)
    private String hint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
    }

    private ApiToken(Account owner, String name, String secretHash, String hint, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A token just issued, with the secret its owner sees once. */
    public record Issued(ApiToken token, String secret) {
    }

    /**
     * Issues a token for the owner.
     *
     * @throws ValidationException when the name is blank or too long, or the expiry is not
     *         after {@code now} or further than {@link #MAX_LIFETIME}
     */
    public static Issued issue(Account owner, String name, Instant expiresAt, Instant now) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw ValidationException.required("tokenName");
        }
        if (cleanName.length() > NAME_MAX) {
            throw ValidationException.tooLong("tokenName", NAME_MAX);
        }
        if (cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(ValidationException.CONTROL_CHARACTERS, "tokenName");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new ValidationException(EXPIRY_INVALID, MAX_LIFETIME.toDays());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(owner, cleanName, hash(secret),
                secret.substring(0, SECRET_PREFIX.length() + 4), now, expiresAt);
        return new Issued(token, secret);
    }

    /** The hash under which a presented secret's token is found. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Why the token cannot act at {@code now}, or empty when it can. */
    public Optional<String> refusal(Instant now) {
        if (revokedAt != null) {
            return Optional.of("revoked");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("expired");
        }
        if (!owner.isEnabled()) {
            return Optional.of("accountDisabled");
        }
        return Optional.empty();
    }

    /**
     * Whether a use at {@code now} should be written down: last use is kept to the minute, and
     * written with {@link #RECORD_USE} (an update that neither reads nor bumps the version, so
     * parallel calls with one token never conflict).
     */
    public boolean useWorthRecording(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION));
    }

    /** Revokes the token; revoking twice keeps the first moment. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}
