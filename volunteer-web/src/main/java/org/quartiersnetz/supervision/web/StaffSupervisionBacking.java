package org.quartiersnetz.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.supervision.boundary.SessionInput;
import org.quartiersnetz.supervision.boundary.SupervisionService;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionAttendance;
import org.quartiersnetz.supervision.entity.SupervisionKind;
import org.quartiersnetz.supervision.entity.SupervisionNote;
import org.quartiersnetz.supervision.entity.SupervisionSession;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Supervision for staff and supervisors (staff/supervision.xhtml): the sessions, one session's
 * attendance to record once it has begun, its confidential notes for those who may read them, and
 * planning a new session.
 */
@Named
@ViewScoped
public class StaffSupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAST_DAYS = 60;

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long id;
    private Long sessionId;
    private SessionInput input = new SessionInput();
    private final Map<Long, Presence> marks = new HashMap<>();
    private Long added;
    private String note;
    private transient SupervisionSession shown;
    private transient List<SupervisionSession> sessions = List.of();
    private transient List<SupervisionAttendance> attendance = List.of();
    private transient List<SupervisionNote> notes = List.of();

    public void load() throws IOException {
        try {
            sessionId = id;
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public String plan() {
        return FacesMessages.attempt("plan", () -> supervision.plan(currentUser.caller(), input))
                .map(planned -> {
                    FacesMessages.info("supervision_page.planned");
                    FacesMessages.keepForRedirect();
                    return "/staff/supervision?faces-redirect=true&id=" + planned.getId();
                })
                .orElse(null);
    }

    public void record() {
        Map<Long, Presence> given = new HashMap<>();
        marks.forEach((volunteer, presence) -> {
            if (presence != null) {
                given.put(volunteer, presence);
            }
        });
        if (added != null) {
            given.putIfAbsent(added, Presence.PRESENT);
        }
        if (FacesMessages.attempt(
                () -> supervision.record(currentUser.caller(), sessionId, given), "supervision_page.recorded")) {
            added = null;
        }
        refresh();
    }

    public void addNote() {
        if (FacesMessages.attempt(
                () -> supervision.addNote(currentUser.caller(), sessionId, note == null ? "" : note),
                "supervision_page.noted")) {
            note = null;
        }
        refresh();
    }

    private void refresh() {
        var caller = currentUser.caller();
        sessions = supervision.sessions(caller, ClockProducer.today(clock).minusDays(PAST_DAYS));
        if (sessionId != null) {
            shown = supervision.get(caller, sessionId);
            attendance = supervision.records(caller, shown) ? supervision.attendance(caller, sessionId) : List.of();
            attendance.forEach(a -> marks.putIfAbsent(
                    a.getVolunteer().getId(), a.getStatus() == Presence.SIGNED_UP ? null : a.getStatus()));
            notes = supervision.seesNotes(caller, shown) ? supervision.notes(caller, sessionId) : List.of();
        }
    }

    public boolean isBegun() {
        return shown != null && shown.hasBegun(clock.instant());
    }

    public boolean isRecording() {
        return shown != null && supervision.records(currentUser.caller(), shown);
    }

    public boolean isNotesVisible() {
        return shown != null && supervision.seesNotes(currentUser.caller(), shown);
    }

    public boolean isPlanning() {
        return currentUser.isPermitted(Role.Permissions.SUPERVISION_MANAGE);
    }

    public List<Volunteer> getAddable() {
        return shown == null ? List.of() : supervision.placedFor(currentUser.caller(), sessionId);
    }

    public List<StaffMember> getSupervisors() {
        return isPlanning() ? supervision.supervisors(currentUser.caller()) : List.of();
    }

    public String supervisorOf(SupervisionSession session) {
        return supervision.supervisorName(session);
    }

    public SupervisionKind[] getKinds() {
        return SupervisionKind.values();
    }

    public Presence[] getPresences() {
        return new Presence[] {Presence.PRESENT, Presence.EXCUSED, Presence.ABSENT};
    }

    public SupervisionSession getShown() {
        return shown;
    }

    public List<SupervisionSession> getSessions() {
        return sessions == null ? List.of() : sessions;
    }

    public List<SupervisionAttendance> getAttendance() {
        return attendance == null ? List.of() : attendance;
    }

    public List<SupervisionNote> getNotes() {
        return notes == null ? List.of() : notes;
    }

    public Map<Long, Presence> getMarks() {
        return marks;
    }

    public Long getAdded() {
        return added;
    }

    public void setAdded(Long added) {
        this.added = added;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public SessionInput getInput() {
        return input;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
