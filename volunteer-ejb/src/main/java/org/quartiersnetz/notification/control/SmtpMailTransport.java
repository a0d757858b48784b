package org.quartiersnetz.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text mails over SMTP with Jakarta Mail (the implementation Payara ships). */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    /** Connect, read and write timeouts: a hanging server must not hold the worker for long. */
    static final String TIMEOUT_MILLIS = "30000";

    @Inject
    MailSettings settings;

    private volatile Session session;

    @Override
    public void send(PendingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.transport.protocol", "smtp");
            properties.put("mail.smtp.host", settings.host());
            properties.put("mail.smtp.port", String.valueOf(settings.port()));
            properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            session = Session.getInstance(properties);
        }
        return session;
    }
}
