package org.quartiersnetz.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters;
import org.apache.shiro.lang.util.ByteSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with Shiro's password service: Argon2id at the cost configured by
 * QN_PASSWORD_HASH_MEMORY_KIB, QN_PASSWORD_HASH_ITERATIONS and QN_PASSWORD_HASH_PARALLELISM
 * (default 19 MiB, two passes, one lane: OWASP's first recommendation for Argon2id). A stored
 * hash keeps the cost it was made with, so a changed cost applies to new passwords and, through
 * {@link #isOutdated}, to each account at its next sign-in.
 *
 * <p>Hashes run through a {@link HashingGate}: at most QN_PASSWORD_HASH_CONCURRENCY at once
 * (default: one per core, and no more than a quarter of the heap takes at the memory cost); the
 * others wait up to QN_PASSWORD_HASH_WAIT, then get a {@link org.quartiersnetz.common.control.BusyException}.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

    @Inject
    @ConfigProperty(name = "qn.password.hash.memory-kib", defaultValue = "" + DEFAULT_MEMORY_KIB)
    int memoryKib;

    @Inject
    @ConfigProperty(name = "qn.password.hash.iterations", defaultValue = "" + DEFAULT_ITERATIONS)
    int iterations;

    @Inject
    @ConfigProperty(name = "qn.password.hash.parallelism", defaultValue = "" + DEFAULT_PARALLELISM)
    int parallelism;

    /** 0: derived from the cores and the heap ({@link HashingGate#sizeFor}). */
    @Inject
    @ConfigProperty(name = "qn.password.hash.concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "qn.password.hash.wait", defaultValue = "PT2S")
    Duration wait;

    private PasswordService passwordService;
    private HashingGate gate;
    private volatile String dummyHash;

    @PostConstruct
    void configure() {
        int size = concurrency > 0
                ? concurrency
                : HashingGate.sizeFor(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory(),
                        memoryKib * 1024L);
        gate = new HashingGate(size, wait);
        LOG.info(() -> "Password hashing: Argon2id " + memoryKib + " KiB, " + iterations + " passes, " + parallelism
                + " lanes; at most " + size + " at once");
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
        return gate.pass(() -> passwordService.encryptPassword(plainPassword));
    }

    public boolean matches(String plainPassword, String storedHash) {
        return gate.pass(() -> passwordService.passwordsMatch(plainPassword, storedHash));
    }

    /** Whether a stored hash was made with another algorithm or cost than the configured one. */
    public boolean isOutdated(String storedHash) {
        // Shiro's Argon2 hash class is not public: the crypt string names algorithm and cost
        return !storedHash.startsWith(
                "$shiro2$" + Parameters.DEFAULT_ALGORITHM_NAME + "$v=" + Parameters.DEFAULT_ALGORITHM_VERSION + "$t="
                        + iterations + ",m=" + memoryKib + ",p=" + parallelism + "$");
    }

    /**
     * Spends the time of a password check against no account and answers false: sign-in with an
     * unknown address then takes as long as with a known one, so timing does not tell which exist.
     */
    public boolean matchesNothing(String plainPassword) {
        if (dummyHash == null) {
            dummyHash = hash("not a real password, never matches");
        }
        matches(plainPassword, dummyHash);
        return false;
    }
}
