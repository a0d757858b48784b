package org.quartiersnetz.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how mails are sent, from MicroProfile Config (environment variables QN_MAIL_HOST,
 * QN_MAIL_PORT, QN_MAIL_FROM, QN_MAIL_USER, QN_MAIL_PASSWORD, QN_MAIL_STARTTLS,
 * QN_MAIL_MAX_ATTEMPTS, QN_MAIL_RETRY_DELAY), and the public address of the platform that links
 * in mails start with (QN_PUBLIC_URL).
 */
@ApplicationScoped
public class MailSettings {

    /** The longest wait between two attempts of one mail. */
    static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "qn.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "qn.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "qn.mail.from", defaultValue = "noreply@quartiersnetz.example")
    String from;

    @Inject
    @ConfigProperty(name = "qn.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "qn.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "qn.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "qn.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "qn.mail.retry-delay", defaultValue = "PT10S")
    Duration retryDelay;

    @Inject
    @ConfigProperty(name = "qn.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    /** The user for SMTP authentication; none means the server takes mail without. */
    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(
                maxAttempts, retryDelay, retryDelay.compareTo(MAX_RETRY_DELAY) > 0 ? retryDelay : MAX_RETRY_DELAY);
    }

    /** An absolute link to a path of the platform, e.g. "/account/confirm.xhtml?token=…". */
    public String link(String pathAndQuery) {
        return publicUrl.replaceAll("/+$", "") + pathAndQuery;
    }
}
