package org.quartiersnetz.volunteer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;

/** What a carrier's staff wrote after talking with a volunteer; that carrier's alone. */
@Entity
@Table(name = "interview_note")
@NamedQuery(
        name = InterviewNote.FIND_BY_VOLUNTEER_AND_CARRIER,
        query = "SELECT n FROM InterviewNote n WHERE n.volunteer = :volunteer AND n.carrier = :carrier"
                + " ORDER BY n.writtenAt DESC, n.id DESC")
public class InterviewNote {

    public static final String FIND_BY_VOLUNTEER_AND_CARRIER = "InterviewNote.findByVolunteerAndCarrier";
    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "interview_note_seq", sequenceName = "interview_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_note_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    protected InterviewNote() {}

    public InterviewNote(Volunteer volunteer, Carrier carrier, UserAccount author, Instant writtenAt, String text) {
        this.volunteer = volunteer;
        this.carrier = carrier;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
