package org.quartiersnetz.notification.control;

import jakarta.mail.MessagingException;

/** Hands a mail to the mail server. */
public interface MailTransport {

    void send(PendingMail mail) throws MessagingException;
}
