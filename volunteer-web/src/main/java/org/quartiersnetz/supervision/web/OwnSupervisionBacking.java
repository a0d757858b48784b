package org.quartiersnetz.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.supervision.boundary.SupervisionService;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionAttendance;
import org.quartiersnetz.supervision.entity.SupervisionSession;

/**
 * The volunteer's supervision on a phone (volunteer/supervision.xhtml): their next session, the
 * sessions they attended, and the group sessions they may sign up for.
 */
@Named
@ViewScoped
public class OwnSupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private transient List<SupervisionAttendance> own = List.of();
    private transient List<SupervisionSession> offered = List.of();

    public void load() {
        refresh();
    }

    public void signUp(long sessionId) {
        act(() -> supervision.signUp(currentUser.caller(), sessionId), "own_supervision.signedUp");
    }

    public void cancel(long sessionId) {
        act(() -> supervision.cancel(currentUser.caller(), sessionId), "own_supervision.cancelled");
    }

    private void act(Runnable action, String done) {
        FacesMessages.attempt(action, done);
        refresh();
    }

    private void refresh() {
        own = supervision.own(currentUser.caller());
        offered = supervision.offered(currentUser.caller());
    }

    /** The coming session they are signed up for, soonest first; null when none. */
    public SupervisionAttendance getNext() {
        return getOwn().stream()
                .filter(a ->
                        a.getStatus() == Presence.SIGNED_UP && !a.getSession().hasBegun(clock.instant()))
                .min(Comparator.comparing(a -> a.getSession().getStartsAt()))
                .orElse(null);
    }

    public boolean isComing(SupervisionAttendance a) {
        return a.getStatus() == Presence.SIGNED_UP && !a.getSession().hasBegun(clock.instant());
    }

    public String supervisorOf(SupervisionSession session) {
        return supervision.supervisorName(session);
    }

    public List<SupervisionAttendance> getOwn() {
        return own == null ? List.of() : own;
    }

    public List<SupervisionSession> getOffered() {
        return offered == null ? List.of() : offered;
    }
}
