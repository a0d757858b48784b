package org.quartiersnetz.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.volunteer.boundary.GroupMessageRequest;
import org.quartiersnetz.volunteer.boundary.GroupMessageService;

/** Writing to a group of volunteers (staff/message.xhtml): filter, preview with the count, send. */
@Named
@ViewScoped
public class GroupMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "message";

    @Inject
    GroupMessageService messages;

    @Inject
    CurrentUser currentUser;

    private final GroupMessageRequest request = new GroupMessageRequest();
    private GroupMessageService.Preview preview;

    public void showPreview() {
        FacesMessages.attempt(FORM, () -> {
            preview = messages.preview(currentUser.caller(), request);
        });
    }

    public String send() {
        return FacesMessages.attempt(FORM, () -> messages.send(currentUser.caller(), request))
                .map(sent -> {
                    FacesMessages.info("message.sent", sent.getRecipientCount());
                    FacesMessages.keepForRedirect();
                    return "/staff/volunteers?faces-redirect=true";
                })
                .orElse(null);
    }

    public GroupMessageRequest getRequest() {
        return request;
    }

    public GroupMessageService.Preview getPreview() {
        return preview;
    }
}
