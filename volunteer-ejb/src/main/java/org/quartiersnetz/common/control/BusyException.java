package org.quartiersnetz.common.control;

/**
 * The server has no capacity for this now (e.g. too many password checks at once): nothing was
 * done, and the client may try again after the given seconds (503 with Retry-After).
 */
public class BusyException extends BusinessException {

    private final long retryAfterSeconds;

    public BusyException(long retryAfterSeconds) {
        super("problem.busy", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
