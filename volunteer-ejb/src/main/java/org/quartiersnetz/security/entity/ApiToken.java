package org.quartiersnetz.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A personal API token of a member of staff: scoped, expiring, revocable; only its hash is kept. */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.FIND_BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.FIND_BY_ACCOUNT,
        query = "SELECT t FROM ApiToken t WHERE t.account = :account ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String FIND_BY_ACCOUNT = "ApiToken.findByAccount";
    public static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = 500)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(
            UserAccount account,
            String name,
            String tokenHash,
            Set<String> scopes,
            Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Usable: neither revoked nor expired, and its owner may still sign in. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && !account.isDisabled();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** What the token may do: its scopes, as far as the owner's role (now) still grants them. */
    public Set<String> effectivePermissions() {
        Set<String> granted = new TreeSet<>(Arrays.asList(scopes.split(" ")));
        granted.retainAll(account.getRole().permissions());
        return granted;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Set<String> getScopes() {
        return new TreeSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
