package org.quartiersnetz.security.boundary;

import org.quartiersnetz.security.entity.EmailAddress;

/** An e-mail address to send a link to (new password, new confirmation mail). */
public class EmailRequest {

    @EmailAddress
    private String email;

    public EmailRequest() {}

    public EmailRequest(String email) {
        setEmail(email);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
        return "EmailRequest[email=" + email + "]";
    }
}
