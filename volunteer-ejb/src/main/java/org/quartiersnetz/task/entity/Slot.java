package org.quartiersnetz.task.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/** A dated occasion of a slot-based task with a number of places, e.g. the café on 2 Dec, 9–12 h. */
@Entity
@Table(name = "task_slot")
@NamedQuery(
        name = Slot.FIND_BY_TASK,
        query = "SELECT s FROM Slot s WHERE s.task = :task AND s.startsAt >= :from ORDER BY s.startsAt")
@NamedQuery(name = Slot.FIND_STARTS, query = "SELECT s.startsAt FROM Slot s WHERE s.task = :task")
@NamedQuery(
        name = Slot.FIND_BETWEEN,
        query = "SELECT s FROM Slot s JOIN FETCH s.task t "
                + "WHERE s.startsAt >= :from AND s.startsAt < :until ORDER BY s.startsAt, t.german.title")
@NamedQuery(
        name = Slot.FIND_BETWEEN_OF_CARRIER,
        query =
                "SELECT s FROM Slot s JOIN FETCH s.task t "
                        + "WHERE s.startsAt >= :from AND s.startsAt < :until AND t.carrier.id = :carrier ORDER BY s.startsAt, t.german.title")
public class Slot {

    public static final String FIND_BY_TASK = "Slot.findByTask";
    public static final String FIND_STARTS = "Slot.findStarts";
    public static final String FIND_BETWEEN = "Slot.findBetween";
    public static final String FIND_BETWEEN_OF_CARRIER = "Slot.findBetweenOfCarrier";

    @Id
    @SequenceGenerator(name = "task_slot_seq", sequenceName = "task_slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_slot_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Version
    private long version;

    protected Slot() {}

    public Slot(Task task, Instant startsAt, Instant endsAt, int capacity) {
        this.task = task;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    /** Places left when this many are confirmed; 0 means the waiting list. */
    public long placesFree(Map<Long, Long> confirmedPerSlot) {
        return Math.max(0, capacity - confirmedPerSlot.getOrDefault(id, 0L));
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }
}
