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
import java.time.Instant;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** A neighbour said "I'm interested" in a task on the board; matching ranks them first among equals. */
@Entity
@Table(name = "task_interest")
@NamedQuery(
        name = TaskInterest.FIND,
        query = "SELECT i FROM TaskInterest i WHERE i.task = :task AND i.volunteer = :volunteer")
@NamedQuery(
        name = TaskInterest.FIND_BY_TASK,
        query = "SELECT i FROM TaskInterest i JOIN FETCH i.volunteer WHERE i.task = :task ORDER BY i.createdAt")
public class TaskInterest {

    public static final String FIND = "TaskInterest.find";
    public static final String FIND_BY_TASK = "TaskInterest.findByTask";

    @Id
    @SequenceGenerator(name = "task_interest_seq", sequenceName = "task_interest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_interest_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TaskInterest() {}

    public TaskInterest(Task task, Volunteer volunteer, Instant createdAt) {
        this.task = task;
        this.volunteer = volunteer;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
