package org.quartiersnetz.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A volunteer's request for a place in something with a capacity: confirmed while places are left,
 * else waiting in the order of {@code requestedAt}. One row per thing and volunteer: asking again
 * after leaving reuses it, with a new place in the queue. {@link org.quartiersnetz.common.control.WaitingList}
 * moves requests along.
 */
@MappedSuperclass
public abstract class PlaceRequest {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlaceStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    /** Joins (again): confirmed or waiting, at the end of the queue. */
    public void request(PlaceStatus status, Instant now) {
        this.status = status;
        this.requestedAt = now;
        this.changedAt = now;
    }

    public void moveTo(PlaceStatus next, Instant now) {
        this.status = next;
        this.changedAt = now;
    }

    public PlaceStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
