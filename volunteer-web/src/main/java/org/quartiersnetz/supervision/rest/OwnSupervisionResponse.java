package org.quartiersnetz.supervision.rest;

import java.util.List;
import org.quartiersnetz.supervision.entity.Presence;

/** The volunteer's sessions with their own status, and the group sessions they may sign up for. */
public record OwnSupervisionResponse(List<Own> sessions, List<SessionResponse> offered) {

    /** One of the volunteer's sessions and their own status at it. */
    public record Own(SessionResponse session, Presence status) {}
}
