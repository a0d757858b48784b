package org.quartiersnetz.security.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A single-use, expiring token sent by e-mail (confirmation link, password-reset link). Only the
 * SHA-256 hash of the token is stored, so the table alone never lets anyone in.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.COUNT_ISSUED_SINCE,
        query = "SELECT COUNT(t) FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.createdAt >= :since")
@NamedQuery(
        name = AccountToken.FIND_UNUSED,
        query = "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String COUNT_ISSUED_SINCE = "AccountToken.countIssuedSince";
    public static final String FIND_UNUSED = "AccountToken.findUnused";
    public static final int HASH_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @NotNull
    @Column(name = "token_hash", nullable = false, unique = true, length = HASH_LENGTH)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(
            UserAccount account, TokenPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Used wins over expired: a link that did its job is reported as used. */
    public TokenState stateAt(Instant now) {
        if (usedAt != null) {
            return TokenState.USED;
        }
        return now.isBefore(expiresAt) ? TokenState.VALID : TokenState.EXPIRED;
    }

    public void markUsed(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
