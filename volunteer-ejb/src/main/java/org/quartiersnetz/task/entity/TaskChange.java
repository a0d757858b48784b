package org.quartiersnetz.task.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a task's history: who changed which fields, or moved it to which state, when. */
@Entity
@Table(name = "task_change")
@NamedQuery(
        name = TaskChange.FIND_BY_TASK,
        query = "SELECT c FROM TaskChange c WHERE c.taskId = :task ORDER BY c.changedAt, c.id")
public class TaskChange {

    public static final String FIND_BY_TASK = "TaskChange.findByTask";

    /** What kind of change an entry records. */
    public enum Kind {
        CREATED,
        EDITED,
        STATUS
    }

    @Id
    @SequenceGenerator(name = "task_change_seq", sequenceName = "task_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_change_seq")
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The changed fields as the API names them, comma-separated, or "DRAFT>OPEN" for a status step. */
    @Column(nullable = false, length = 1000)
    private String fields;

    protected TaskChange() {}

    public TaskChange(long taskId, long accountId, Instant changedAt, Kind kind, String fields) {
        this.taskId = taskId;
        this.accountId = accountId;
        this.changedAt = changedAt;
        this.kind = kind;
        this.fields = fields.length() > 1000 ? fields.substring(0, 1000) : fields;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFields() {
        return fields;
    }
}
