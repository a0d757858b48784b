package org.quartiersnetz.volunteer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;

/** An e-mail a member of staff sent to a filtered group of volunteers: who, what, to how many. */
@Entity
@Table(name = "group_message")
public class GroupMessage {

    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 10000;

    @Id
    @SequenceGenerator(name = "group_message_seq", sequenceName = "group_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_message_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sender_id", nullable = false)
    private UserAccount sender;

    @ManyToOne
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(nullable = false, length = 500)
    private String audience;

    @Column(name = "recipient_count", nullable = false)
    private int recipientCount;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected GroupMessage() {}

    public GroupMessage(
            UserAccount sender,
            Carrier carrier,
            String subject,
            String body,
            String audience,
            int recipientCount,
            Instant sentAt) {
        this.sender = sender;
        this.carrier = carrier;
        this.subject = subject;
        this.body = body;
        this.audience = audience.length() > 500 ? audience.substring(0, 500) : audience;
        this.recipientCount = recipientCount;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
