package org.quartiersnetz.volunteer.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quartiersnetz.common.control.BusinessException;
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
        try {
            preview = messages.preview(currentUser.caller(), request);
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public String send() {
        try {
            int recipients = messages.send(currentUser.caller(), request).getRecipientCount();
            FacesMessages.info("message.sent", recipients);
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
            return null;
        } catch (EJBException e) {
            FacesMessages.errorOrRethrow(e);
            return null;
        }
        FacesMessages.keepForRedirect();
        return "/staff/volunteers?faces-redirect=true";
    }

    public GroupMessageRequest getRequest() {
        return request;
    }

    public GroupMessageService.Preview getPreview() {
        return preview;
    }
}
