package org.quartiersnetz.clearance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A volunteer's consent that every carrier's inspection of their certificate is shown to the
 * other carriers of the network; withdrawn, the row is gone.
 */
@Entity
@Table(name = "clearance_consent")
public class ClearanceConsent {

    @Id
    @Column(name = "volunteer_id")
    private Long volunteerId;

    @NotNull
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected ClearanceConsent() {}

    public ClearanceConsent(long volunteerId, Instant givenAt) {
        this.volunteerId = volunteerId;
        this.givenAt = givenAt;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
