package org.quartiersnetz.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker's logic against an outbox in memory that claims like the database does. */
class OutboxDeliveryTest {

    private static final RetryPolicy RETRY = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofHours(1));
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String SECRET_LINK = "https://qn.example/account/confirm.xhtml?token=SECRET";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final FlakyTransport transport = new FlakyTransport();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger(OutboxDelivery.class.getName()).addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger(OutboxDelivery.class.getName()).removeHandler(capture);
    }

    private OutboxDelivery delivery() {
        return new OutboxDelivery(outbox, transport, RETRY, clock, LEASE);
    }

    @Test
    void dueMessagesAreSentOnceAndMarkedSentWithoutTheirBody() {
        long first = outbox.add("a@example.org", clock.instant());
        long second = outbox.add("b@example.org", clock.instant());
        long later = outbox.add("c@example.org", clock.instant().plusSeconds(60));

        assertEquals(2, delivery().deliverDue(10));
        assertEquals(List.of(first, second), transport.sentIds);
        assertNotNull(outbox.get(first).sentAt);
        assertNull(outbox.get(first).body, "the body (a single-use link) is erased once sent");
        assertNull(outbox.get(later).sentAt, "not due yet");

        assertEquals(0, delivery().deliverDue(10), "nothing is sent twice");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(1, delivery().deliverDue(10));
        assertEquals(List.of(first, second, later), transport.sentIds);
    }

    @Test
    void aMailIsNotLostWhenTheMailServerIsDownAtFirst() {
        long id = outbox.add("a@example.org", clock.instant());
        transport.failuresLeft = 2;

        assertEquals(0, delivery().deliverDue(10));
        MemoryOutbox.Row row = outbox.get(id);
        assertEquals(1, row.attempts);
        assertEquals(clock.instant().plusSeconds(10), row.nextAttemptAt);
        assertTrue(row.lastError.contains("ConnectException"), row.lastError);
        assertNull(row.claimedUntil, "released for the next attempt");
        assertNotNull(row.body, "kept until sent");

        assertEquals(0, delivery().deliverDue(10), "not retried before its time");
        assertEquals(1, row.attempts);

        clock.advance(Duration.ofSeconds(10));
        assertEquals(0, delivery().deliverDue(10));
        assertEquals(2, row.attempts);
        assertEquals(clock.instant().plusSeconds(20), row.nextAttemptAt, "the wait doubles");

        clock.advance(Duration.ofSeconds(20));
        assertEquals(1, delivery().deliverDue(10), "the server is back");
        assertEquals(3, row.attempts);
        assertNotNull(row.sentAt);
        assertEquals(List.of(id), transport.sentIds);
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpAndLoggedWithoutItsBody() {
        long id = outbox.add("a@example.org", clock.instant());
        transport.failuresLeft = Integer.MAX_VALUE;
        for (int attempt = 1; attempt <= 4; attempt++) {
            delivery().deliverDue(10);
            clock.advance(Duration.ofHours(1));
        }
        MemoryOutbox.Row row = outbox.get(id);
        assertEquals(4, row.attempts);
        assertNotNull(row.failedAt);
        assertNull(row.sentAt);
        assertNull(row.body);
        assertEquals(0, delivery().deliverDue(10), "never tried again");
        assertEquals(4, transport.attempts);

        assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains("given up after 4 attempts")));
        assertFalse(logged.stream().anyMatch(r -> r.getMessage().contains("SECRET")), "no body in the log");
    }

    @Test
    void twoInstancesSharingTheOutboxSendEachMessageOnce() {
        for (int i = 0; i < 20; i++) {
            outbox.add("v" + i + "@example.org", clock.instant());
        }
        OutboxDelivery instanceA = delivery();
        OutboxDelivery instanceB = delivery();
        // both see the same due messages; B claims between A's query and A's claims
        outbox.beforeFirstClaim = () -> instanceB.deliverDue(10);
        int sentByA = instanceA.deliverDue(20);

        assertEquals(20, sentByA + 10);
        assertEquals(20, transport.sentIds.size());
        assertEquals(20, transport.sentIds.stream().distinct().count(), "no message sent twice");
    }

    @Test
    void aClaimRunsOutSoThatACrashedSenderDoesNotBlockAMessage() {
        long id = outbox.add("a@example.org", clock.instant());
        assertTrue(
                outbox.claim(id, clock.instant(), clock.instant().plus(LEASE)).isPresent(), "claimed, then crashed");
        assertEquals(0, delivery().deliverDue(10));
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(1, delivery().deliverDue(10));
    }

    @Test
    void theErrorNamesEachCauseOnOneLine() {
        String text = OutboxDelivery.describe(new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 25", new ConnectException("Connection\nrefused")));
        assertEquals(
                "MessagingException: Couldn't connect to host, port: 127.0.0.1, 25; "
                        + "ConnectException: Connection refused",
                text);
    }

    /** Sends nothing but records what it was asked to send; fails as often as told first. */
    static final class FlakyTransport implements MailTransport {
        int failuresLeft;
        int attempts;
        final List<Long> sentIds = new ArrayList<>();

        @Override
        public void send(PendingMail mail) throws MessagingException {
            attempts++;
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
            }
            sentIds.add(mail.id());
        }
    }

    /** The outbox table in memory, with the claim's condition of OutboxMessage.CLAIM_SQL. */
    static final class MemoryOutbox implements Outbox {

        static final class Row {
            long id;
            String recipient;
            String body;
            int attempts;
            Instant nextAttemptAt;
            Instant claimedUntil;
            Instant sentAt;
            Instant failedAt;
            String lastError;
        }

        private final Map<Long, Row> rows = new LinkedHashMap<>();
        Runnable beforeFirstClaim;

        long add(String recipient, Instant due) {
            Row row = new Row();
            row.id = rows.size() + 1;
            row.recipient = recipient;
            row.body = "Bitte bestätigen: " + SECRET_LINK;
            row.nextAttemptAt = due;
            rows.put(row.id, row);
            return row.id;
        }

        Row get(long id) {
            return rows.get(id);
        }

        private static boolean claimable(Row row, Instant now) {
            return row.sentAt == null
                    && row.failedAt == null
                    && !row.nextAttemptAt.isAfter(now)
                    && (row.claimedUntil == null || row.claimedUntil.isBefore(now));
        }

        @Override
        public List<Long> findDue(Instant now, int max) {
            return rows.values().stream()
                    .filter(r -> claimable(r, now))
                    .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt).thenComparing(r -> r.id))
                    .limit(max)
                    .map(r -> r.id)
                    .toList();
        }

        @Override
        public Optional<PendingMail> claim(long id, Instant now, Instant until) {
            if (beforeFirstClaim != null) {
                Runnable other = beforeFirstClaim;
                beforeFirstClaim = null;
                other.run();
            }
            Row row = rows.get(id);
            if (!claimable(row, now)) {
                return Optional.empty();
            }
            row.claimedUntil = until;
            return Optional.of(new PendingMail(id, row.recipient, "Betreff", row.body, row.attempts));
        }

        @Override
        public void markSent(long id, Instant now) {
            Row row = rows.get(id);
            row.attempts++;
            row.sentAt = now;
            row.claimedUntil = null;
            row.body = null;
        }

        @Override
        public void retryAt(long id, Instant next, String error) {
            Row row = rows.get(id);
            row.attempts++;
            row.nextAttemptAt = next;
            row.lastError = error;
            row.claimedUntil = null;
        }

        @Override
        public void giveUp(long id, Instant now, String error) {
            Row row = rows.get(id);
            row.attempts++;
            row.failedAt = now;
            row.lastError = error;
            row.claimedUntil = null;
            row.body = null;
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
