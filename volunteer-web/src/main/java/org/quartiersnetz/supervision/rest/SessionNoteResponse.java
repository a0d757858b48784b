package org.quartiersnetz.supervision.rest;

import java.time.Instant;
import org.quartiersnetz.supervision.entity.SupervisionNote;

/** A confidential note on a session. */
public record SessionNoteResponse(long id, long authorId, String text, Instant createdAt) {

    static SessionNoteResponse of(SupervisionNote n) {
        return new SessionNoteResponse(n.getId(), n.getAuthorId(), n.getText(), n.getCreatedAt());
    }
}
