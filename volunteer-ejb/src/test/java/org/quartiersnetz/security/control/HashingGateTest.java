package org.quartiersnetz.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.BusyException;

class HashingGateTest {

    @Test
    void noMoreThanItsSizeRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        HashingGate gate = new HashingGate(2, Duration.ofSeconds(20));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                answers.add(callers.submit(() -> gate.pass(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i, answers.get(i).get(30, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void whoWaitsLongerThanAllowedIsTurnedAwayWithATimeToRetry() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            holder.submit(() -> gate.pass(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            BusyException busy = assertThrows(BusyException.class, () -> gate.pass(() -> "never"));
            assertEquals(1, busy.retryAfterSeconds());
            release.countDown();
            // once the turn is free again, the next one passes
            assertEquals("now", awaitPass(gate));
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    @Test
    void aFailingHashGivesItsTurnBack() {
        HashingGate gate = new HashingGate(1, Duration.ofMillis(100));
        assertThrows(
                IllegalStateException.class,
                () -> gate.pass(() -> {
                    throw new IllegalStateException("broken");
                }));
        assertEquals("next", gate.pass(() -> "next"));
    }

    @Test
    void theSizeFollowsCoresAndHeap() {
        long mib = 1024L * 1024;
        assertEquals(2, HashingGate.sizeFor(2, 512 * mib, 19 * mib), "two cores, room for six");
        assertEquals(2, HashingGate.sizeFor(8, 512 * mib, 64 * mib), "a quarter of 512 MiB holds two of 64 MiB");
        assertEquals(1, HashingGate.sizeFor(8, 128 * mib, 64 * mib), "at least one");
        assertEquals(8, HashingGate.sizeFor(8, 4096 * mib, 19 * mib));
    }

    private static String awaitPass(HashingGate gate) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return gate.pass(() -> "now");
            } catch (BusyException stillHeld) {
                if (System.nanoTime() > deadline) {
                    throw stillHeld;
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
