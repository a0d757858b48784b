package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.entity.Task;

/**
 * "I'm interested" (volunteer/interest.xhtml?task=): signing in is asked for first by the URL's
 * protection, so a click on the board leads through sign-in (or sign-up) here; the interest is
 * recorded only when the volunteer confirms it with the button, never by opening a link.
 */
@Named
@ViewScoped
public class InterestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardService board;

    @Inject
    CurrentUser currentUser;

    private Long task;
    private long taskId;
    private transient Task shown;
    private Boolean recorded;

    public void load() throws IOException {
        try {
            taskId = task == null ? -1 : task;
            shown = board.get(taskId);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public void record() {
        try {
            recorded = board.expressInterest(currentUser.caller(), taskId);
        } catch (NotFoundException e) {
            recorded = false;
        }
        shown = null;
    }

    public Task getShown() {
        if (shown == null) {
            shown = board.get(taskId);
        }
        return shown;
    }

    /** Null until the volunteer confirmed; then whether this was new. */
    public Boolean getRecorded() {
        return recorded;
    }

    public long getTaskId() {
        return taskId;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
