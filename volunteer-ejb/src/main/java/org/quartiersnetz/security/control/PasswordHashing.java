package org.quartiersnetz.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes and checks passwords with Shiro's default password service (Argon2id in Shiro 2). */
@ApplicationScoped
public class PasswordHashing {

    private final PasswordService passwordService = new DefaultPasswordService();
    private volatile String dummyHash;

    public String hash(String plainPassword) {
        return passwordService.encryptPassword(plainPassword);
    }

    public boolean matches(String plainPassword, String storedHash) {
        return passwordService.passwordsMatch(plainPassword, storedHash);
    }

    /**
     * Spends the time of a password check against no account and answers false: sign-in with an
     * unknown address then takes as long as with a known one, so timing does not tell which exist.
     */
    public boolean matchesNothing(String plainPassword) {
        if (dummyHash == null) {
            dummyHash = hash("not a real password, never matches");
        }
        passwordService.passwordsMatch(plainPassword, dummyHash);
        return false;
    }
}
