package org.quartiersnetz.task.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.web.CurrentUser;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.entity.Task;

/**
 * "I'm interested" (volunteer/interest.xhtml?task=): signing in is asked for first by the URL's
 * protection, so a click on the board leads through sign-in (or sign-up) straight here.
 */
@Named
@RequestScoped
public class InterestBacking {

    @Inject
    BoardService board;

    @Inject
    CurrentUser currentUser;

    private Long task;
    private Task shown;
    private boolean recorded;

    public void record() throws IOException {
        try {
            shown = board.get(task == null ? -1 : task);
            recorded = board.expressInterest(currentUser.caller(), task);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public Task getShown() {
        return shown;
    }

    public boolean isRecorded() {
        return recorded;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
