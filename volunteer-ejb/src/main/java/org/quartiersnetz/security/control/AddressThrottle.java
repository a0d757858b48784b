package org.quartiersnetz.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.security.entity.FailureCount;

/**
 * Failed sign-ins per client address, so that made-up e-mail addresses (each with a count of its
 * own) cannot be used to make the server hash passwords without end: QN_LOGIN_MAX_FAILURES_PER_ADDRESS
 * failures from one address within QN_LOGIN_FAILURE_WINDOW stop password checks from it for
 * QN_LOGIN_LOCK_DURATION ({@link LockoutPolicy}). IPv6 addresses count by their /64 network.
 *
 * <p>Kept in this instance's memory, not in the database: it protects this instance's cores and
 * heap, costs no write per failure, and counts every one of a parallel burst. Addresses in
 * QN_LOGIN_ADDRESS_EXEMPT (e.g. a trusted gateway) are not counted. At most {@link #MAX_ADDRESSES}
 * addresses are kept; when full, the ones whose window and lock are over are dropped first, then the
 * unlocked ones; locks are never dropped early.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "qn.login.max-failures-per-address", defaultValue = "30")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "qn.login.failure-window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "qn.login.lock-duration", defaultValue = "PT15M")
    Duration lockDuration;

    @Inject
    @ConfigProperty(name = "qn.login.address-exempt", defaultValue = " ")
    String exempt;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private LockoutPolicy policy;
    private Set<String> exemptAddresses;

    @PostConstruct
    void configure() {
        policy = new LockoutPolicy(maxFailures, window, lockDuration);
        exemptAddresses = Arrays.stream(exempt.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(AddressThrottle::keyOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Until when sign-ins from this address are refused without a password check, if they are. */
    public Optional<Instant> lockedUntil(String address, Instant now) {
        Failures counted = address == null ? null : failures.get(keyOf(address));
        Instant until = counted == null ? null : counted.getLockedUntil();
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** Counts one failed sign-in from this address. */
    public void countFailure(String address, Instant now) {
        if (address == null) {
            return;
        }
        String key = keyOf(address);
        if (exemptAddresses.contains(key)) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(key) && !forgetOver(now)) {
            return; // full of locked addresses: the locks stay, this one goes uncounted (hashing stays bounded)
        }
        failures.compute(key, (k, counted) -> {
            Failures next = counted == null ? new Failures(now) : counted;
            policy.countFailure(next, now);
            return next;
        });
    }

    /** Makes room: first what is over, then what is not locked; answers whether there is room now. */
    private boolean forgetOver(Instant now) {
        failures.values()
                .removeIf(f -> !policy.isLocked(f, now)
                        && !now.isBefore(f.getFirstFailureAt().plus(window)));
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(f -> !policy.isLocked(f, now));
        }
        return failures.size() < MAX_ADDRESSES;
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network, which one subscriber usually has. */
    static String keyOf(String address) {
        String literal = address.strip();
        if (!literal.contains(":")) {
            return literal;
        }
        try {
            byte[] bytes =
                    InetAddress.getByName(literal.replaceAll("^\\[|]$", "")).getAddress();
            return bytes.length == 16
                    ? InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16))
                                    .getHostAddress() + "/64"
                    : literal;
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    /** One address's count; changed only inside the map's compute, one thread at a time. */
    static final class Failures extends FailureCount {
        Failures(Instant now) {
            super(now);
        }
    }
}
