package org.quartiersnetz.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters;
import org.apache.shiro.lang.util.ByteSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with Shiro's password service: Argon2id at the cost configured by
 * QN_PASSWORD_HASH_MEMORY_KIB, QN_PASSWORD_HASH_ITERATIONS and QN_PASSWORD_HASH_PARALLELISM
 * (Shiro's defaults: 64 MiB, one pass, four lanes). A stored hash keeps the cost it was made
 * with, so a changed cost applies to new passwords and, through {@link #isOutdated}, to each
 * account at its next sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    @ConfigProperty(name = "qn.password.hash.memory-kib", defaultValue = "" + Parameters.DEFAULT_MEMORY_KIB)
    int memoryKib;

    @Inject
    @ConfigProperty(name = "qn.password.hash.iterations", defaultValue = "" + Parameters.DEFAULT_ITERATIONS)
    int iterations;

    @Inject
    @ConfigProperty(name = "qn.password.hash.parallelism", defaultValue = "" + Parameters.DEFAULT_PARALLELISM)
    int parallelism;

    private PasswordService passwordService;
    private volatile String dummyHash;

    @PostConstruct
    void configure() {
        passwordService = new DefaultPasswordService() {
            @Override
            protected HashRequest createHashRequest(ByteSource plaintext) {
                return new HashRequest.Builder()
                        .setSource(plaintext)
                        .setAlgorithmName(Parameters.DEFAULT_ALGORITHM_NAME)
                        // Shiro reads these parameters as strings
                        .addParameter(Parameters.PARAMETER_MEMORY_KIB, String.valueOf(memoryKib))
                        .addParameter(Parameters.PARAMETER_ITERATIONS, String.valueOf(iterations))
                        .addParameter(Parameters.PARAMETER_PARALLELISM, String.valueOf(parallelism))
                        .build();
            }
        };
    }

    public String hash(String plainPassword) {
        return passwordService.encryptPassword(plainPassword);
    }

    public boolean matches(String plainPassword, String storedHash) {
        return passwordService.passwordsMatch(plainPassword, storedHash);
    }

    /** Whether a stored hash was made with another algorithm or cost than the configured one. */
    public boolean isOutdated(String storedHash) {
        // Shiro's Argon2 hash class is not public: the crypt string names algorithm and cost
        return !storedHash.startsWith("$shiro2$" + Parameters.DEFAULT_ALGORITHM_NAME + "$v="
                + Parameters.DEFAULT_ALGORITHM_VERSION + "$t=" + iterations + ",m=" + memoryKib + ",p=" + parallelism + "$");
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
