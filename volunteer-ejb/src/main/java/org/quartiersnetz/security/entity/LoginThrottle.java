package org.quartiersnetz.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address, whether an account has it or not, keyed by a hash of
 * the address. The rule that reads and changes it is {@code LockoutPolicy}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends FailureCount {

    @Id
    @Column(name = "email_key", length = 64)
    private String emailKey;

    @Version
    private long version;

    protected LoginThrottle() {}

    /** No failure counted yet; the first one starts the window. */
    public LoginThrottle(String emailKey, Instant now) {
        super(now);
        this.emailKey = emailKey;
    }

    public String getEmailKey() {
        return emailKey;
    }
}
