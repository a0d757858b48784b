package org.quartiersnetz.supervision.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.quartiersnetz.supervision.entity.SupervisionKind;
import org.quartiersnetz.supervision.entity.SupervisionSession;

/** A session to plan: kind, supervisor (default: oneself), start (Europe/Berlin), length, place, topics, places. */
public class SessionInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private SupervisionKind kind;

    /** The supervisor's id among the staff (/api/v1/staff); none: oneself. */
    private Long supervisorId;

    @NotNull
    private LocalDateTime startsAt;

    @Min(15)
    @Max(480)
    private int durationMinutes = 90;

    @NotBlank
    @Size(max = SupervisionSession.PLACE_LENGTH)
    private String place;

    /** Themes only: never a name or anything that identifies a family or a volunteer. */
    @Size(max = SupervisionSession.TOPICS_LENGTH)
    private String topics;

    @Min(1)
    @Max(100)
    private int capacity = 8;

    public SupervisionKind getKind() {
        return kind;
    }

    public void setKind(SupervisionKind kind) {
        this.kind = kind;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
