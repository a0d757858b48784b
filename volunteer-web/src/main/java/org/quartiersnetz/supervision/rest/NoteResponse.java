package org.quartiersnetz.supervision.rest;

import java.time.Instant;
import org.quartiersnetz.supervision.entity.SupervisionNote;

/** A confidential note on a session. */
public record NoteResponse(long id, long authorId, String text, Instant createdAt) {

    static NoteResponse of(SupervisionNote n) {
        return new NoteResponse(n.getId(), n.getAuthorId(), n.getText(), n.getCreatedAt());
    }
}
