package org.quartiersnetz.task.rest;

import java.time.Instant;
import org.quartiersnetz.task.entity.TaskChange;

/** One entry of a task's history. */
public record TaskChangeResponse(Instant changedAt, long accountId, TaskChange.Kind kind, String fields) {

    static TaskChangeResponse of(TaskChange change) {
        return new TaskChangeResponse(
                change.getChangedAt(), change.getAccountId(), change.getKind(), change.getFields());
    }
}
