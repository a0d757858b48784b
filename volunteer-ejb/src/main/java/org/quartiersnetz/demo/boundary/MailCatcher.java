package org.quartiersnetz.demo.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.common.control.DatabaseProduct;

/**
 * An SMTP server inside the platform that keeps every mail instead of delivering it (GreenMail),
 * for `./mvnw -Prun`: the mail settings then point at it, and /dev/mails.xhtml lists what it
 * caught. It starts only when QN_DEV_MAIL_CATCHER is true, listens on 127.0.0.1 only, and refuses
 * to start on PostgreSQL, which means production.
 */
@Singleton
@Startup
public class MailCatcher {

    private static final Logger LOG = Logger.getLogger(MailCatcher.class.getName());

    @Inject
    @ConfigProperty(name = "qn.dev.mail-catcher", defaultValue = "false")
    boolean wanted;

    @Inject
    @ConfigProperty(name = "qn.dev.mail-catcher.port", defaultValue = "2525")
    int port;

    @Inject
    DatabaseProduct database;

    private GreenMail server;

    @PostConstruct
    void start() {
        if (!wanted) {
            return;
        }
        if (database.isPostgresql()) {
            LOG.severe("QN_DEV_MAIL_CATCHER is for trying the platform out on the embedded database only;"
                    + " on PostgreSQL it stays off");
            return;
        }
        GreenMail catcher = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            catcher.start();
        } catch (RuntimeException e) {
            // a busy port must not keep the platform from starting: mails then wait in the outbox
            LOG.severe(() -> "The development mail catcher could not listen on 127.0.0.1:" + port + " ("
                    + e.getMessage() + "); set QN_DEV_MAIL_CATCHER_PORT to a free port");
            catcher.stop();
            return;
        }
        server = catcher;
        LOG.warning(() -> "Development mail catcher on 127.0.0.1:" + port
                + ": mails are kept, not delivered; read them on /dev/mails.xhtml");
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Every caught mail, the newest first. */
    public List<CaughtMail> mails() {
        if (server == null) {
            return List.of();
        }
        MimeMessage[] received = server.getReceivedMessages();
        List<CaughtMail> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            mails.add(read(i + 1, received[i]));
        }
        return mails;
    }

    private static CaughtMail read(int number, MimeMessage message) {
        try {
            Instant received = message.getReceivedDate() != null
                    ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            Address[] to = message.getAllRecipients();
            String recipients =
                    to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
            return new CaughtMail(number, received, recipients, message.getSubject(), text(message.getContent()));
        } catch (MessagingException | IOException e) {
            return new CaughtMail(number, Instant.EPOCH, "", "", "(unreadable: " + e.getMessage() + ")");
        }
    }

    /** The plain text of a mail: the body itself, or its first text part. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    return text(nested);
                }
            }
        }
        return "";
    }
}
