package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.volunteer.entity.GroupMessage;

/**
 * An e-mail to a group: the criteria of the volunteer list (all optional), a subject and a text.
 * A class for the page to bind to (and see {@code CarrierInput} for why not a record).
 */
public class GroupMessageRequest extends VolunteerCriteria {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = GroupMessage.SUBJECT_LENGTH)
    private String subject;

    @NotBlank
    @Size(max = GroupMessage.BODY_LENGTH)
    private String body;

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
