package org.quartiersnetz.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes and checks passwords with Shiro's default password service (Argon2id in Shiro 2). */
@ApplicationScoped
public class PasswordHashing {

    private final PasswordService passwordService = new DefaultPasswordService();

    public String hash(String plainPassword) {
        return passwordService.encryptPassword(plainPassword);
    }

    public boolean matches(String plainPassword, String storedHash) {
        return passwordService.passwordsMatch(plainPassword, storedHash);
    }

    /** The service itself, for Shiro's credentials matcher. */
    public PasswordService service() {
        return passwordService;
    }
}
