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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.entity.LanguageCode;

/**
 * Someone who can sign in: a volunteer or a member of staff. Holds only a slow password hash.
 * Only an account whose e-mail address is confirmed may sign in; accounts created by staff or the
 * system are confirmed from the start, self-service sign-ups ({@link #unconfirmed}) by the link
 * in their confirmation mail.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "SELECT a FROM UserAccount a WHERE a.email = :email")
public class UserAccount {

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";
    public static final int EMAIL_LENGTH = 254;
    public static final String DEFAULT_LANGUAGE = "de";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(nullable = false, unique = true, length = EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    /** The carrier a member of staff works for; null for volunteers and the network's roles. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** The language of the mails the account receives (ISO 639-1). */
    @NotNull
    @LanguageCode
    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = DEFAULT_LANGUAGE;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String email, String passwordHash, Role role, Carrier carrier, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.carrier = carrier;
        this.createdAt = createdAt;
        this.emailConfirmedAt = createdAt;
    }

    /** An account that signed itself up: it may sign in once its e-mail address is confirmed. */
    public static UserAccount unconfirmed(
            String email, String passwordHash, Role role, String language, Instant createdAt) {
        UserAccount account = new UserAccount(email, passwordHash, role, null, createdAt);
        account.emailConfirmedAt = null;
        account.preferredLanguage = language;
        return account;
    }

    /** E-mail addresses are compared without regard to case or surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** Proof that the person reads this mailbox; the first proof counts. */
    /** Staff who left: the account can no longer sign in; what it recorded stays. */
    public void setDisabled(boolean disabled, Instant now) {
        disabledAt = disabled ? (disabledAt == null ? now : disabledAt) : null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** A member of staff's new role; the carrier is null for the network's roles. */
    public void changeRole(Role role, Carrier carrier) {
        this.role = role;
        this.carrier = carrier;
    }

    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
