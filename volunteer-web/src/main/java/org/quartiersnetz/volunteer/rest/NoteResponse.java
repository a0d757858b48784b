package org.quartiersnetz.volunteer.rest;

import java.time.Instant;
import org.quartiersnetz.volunteer.entity.InterviewNote;

/** An interview note of the caller's carrier. */
public record NoteResponse(long id, String author, Instant writtenAt, String text) {

    static NoteResponse of(InterviewNote n) {
        return new NoteResponse(n.getId(), n.getAuthor().getEmail(), n.getWrittenAt(), n.getText());
    }
}
