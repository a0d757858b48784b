package org.quartiersnetz.security.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quartiersnetz.common.control.BusyException;

/**
 * Lets at most {@code size} password hashes run at once. Each Argon2 hash takes its full memory
 * cost from the heap and a core for its time, so without a bound a burst of sign-ins (with made-up
 * credentials, say) fills the heap. The rest wait up to {@code wait} for a turn and are then
 * turned away with {@link BusyException}, which the client may retry.
 */
public final class HashingGate {

    private final Semaphore turns;
    private final int size;
    private final Duration wait;

    public HashingGate(int size, Duration wait) {
        if (size < 1 || wait.isNegative()) {
            throw new IllegalArgumentException("invalid hashing gate: " + size + ", " + wait);
        }
        this.turns = new Semaphore(size, true);
        this.size = size;
        this.wait = wait;
    }

    /**
     * How many hashes may run at once: one per core, and no more than a quarter of the largest
     * heap takes at the memory cost of one hash.
     */
    public static int sizeFor(int cores, long maxHeapBytes, long bytesPerHash) {
        long byMemory = maxHeapBytes / 4 / Math.max(1, bytesPerHash);
        return (int) Math.max(1, Math.min(cores, byMemory));
    }

    public <T> T pass(Supplier<T> hashing) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }

    public int size() {
        return size;
    }

    private BusyException busy() {
        return new BusyException(Math.max(1, wait.toSeconds()));
    }
}
