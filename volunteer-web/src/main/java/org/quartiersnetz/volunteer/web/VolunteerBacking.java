package org.quartiersnetz.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.volunteer.boundary.InterviewNoteService;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.InterviewNote;
import org.quartiersnetz.volunteer.entity.StatusChange;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** One volunteer for staff (staff/volunteer.xhtml?id=…): profile, lifecycle step, own carrier's notes. */
@Named
@ViewScoped
public class VolunteerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "actions";

    @Inject
    VolunteerService volunteers;

    @Inject
    InterviewNoteService notes;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private transient Volunteer volunteer;
    private VolunteerStatus nextStatus;

    @Size(max = StatusChange.REASON_LENGTH)
    private String reason;

    @Size(max = InterviewNote.TEXT_LENGTH)
    private String note;

    /** Unknown ids and volunteers the caller may not see answer 404 alike. */
    public void load() throws IOException {
        try {
            volunteer = volunteers.get(currentUser.caller(), id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "");
        }
    }

    public void changeStatus() {
        FacesMessages.attempt(FORM, () -> {
            volunteer = volunteers.changeStatus(currentUser.caller(), id, nextStatus, reason);
            FacesMessages.info("volunteer.status.changed");
            reason = null;
        });
    }

    public void addNote() {
        FacesMessages.attempt(FORM, () -> {
            notes.add(currentUser.caller(), id, note);
            note = null;
        });
    }

    public Volunteer getVolunteer() {
        if (volunteer == null) {
            volunteer = volunteers.get(currentUser.caller(), id);
        }
        return volunteer;
    }

    public List<VolunteerStatus> getNextStatuses() {
        return List.copyOf(getVolunteer().getStatus().next());
    }

    public List<StatusChange> getHistory() {
        return volunteers.history(currentUser.caller(), id);
    }

    public boolean isNotesAllowed() {
        return currentUser.caller().isCarrierStaff();
    }

    public List<InterviewNote> getNotes() {
        return isNotesAllowed() ? notes.list(currentUser.caller(), id) : List.of();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VolunteerStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(VolunteerStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
