package org.quartiersnetz.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One e-mail waiting to be sent, stored in the transaction of the change that causes it. The
 * background worker claims it (claimed_until), sends it, and marks it sent; a failed attempt is
 * retried later until the retry policy gives up (failed_at). The body is erased once the mail is
 * sent or given up, as it may hold a single-use link.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = OutboxMessage.FIND_DUE_IDS,
        query = "SELECT m.id FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.failedAt IS NULL"
                + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)"
                + " ORDER BY m.nextAttemptAt, m.id")
public class OutboxMessage {

    public static final String FIND_DUE_IDS = "OutboxMessage.findDueIds";
    public static final int RECIPIENT_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 20000;
    public static final int ERROR_LENGTH = 500;

    /**
     * Claims a due message for one sender: only the instance whose update changes the row (count 1)
     * may send it. Native SQL, as the claim must be one conditional statement in the database.
     */
    public static final String CLAIM_SQL = "UPDATE outbox_message SET claimed_until = ?1 WHERE id = ?2"
            + " AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?3"
            + " AND (claimed_until IS NULL OR claimed_until < ?3)";

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @NotBlank
    @Size(max = RECIPIENT_LENGTH)
    @Column(nullable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @NotBlank
    @Size(max = SUBJECT_LENGTH)
    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Size(max = BODY_LENGTH)
    @Column(length = BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected OutboxMessage() {}

    /** A message due at once. */
    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        attempts++;
        sentAt = now;
        claimedUntil = null;
        body = null;
    }

    /** A failed attempt; the next one is due then. */
    public void retryAt(Instant next, String error) {
        attempts++;
        nextAttemptAt = next;
        lastError = truncate(error);
        claimedUntil = null;
    }

    /** The last attempt failed; the message stays in the table, without its body, for the record. */
    public void giveUp(Instant now, String error) {
        attempts++;
        failedAt = now;
        lastError = truncate(error);
        claimedUntil = null;
        body = null;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
