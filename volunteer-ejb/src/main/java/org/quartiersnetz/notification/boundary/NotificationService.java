package org.quartiersnetz.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import org.quartiersnetz.notification.control.MailTexts;
import org.quartiersnetz.notification.entity.OutboxMessage;

/**
 * Queues e-mails. Called from other services, it joins their transaction: the mail is stored
 * with the change that causes it, and sent only if that change commits (transactional outbox).
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /**
     * Queues the mail of a template of the bundle i18n/MailTexts in the recipient's language
     * (German when there are no texts in it).
     */
    public void enqueue(@NotBlank String recipient, String language, @NotBlank String template, Object... arguments) {
        MailTexts.Content content = MailTexts.render(language, template, arguments);
        em.persist(new OutboxMessage(recipient, content.subject(), content.body(), clock.instant()));
        queued.fire(new MailQueued());
    }

    /** Fired when a mail is queued; after the commit, the worker is asked to send at once. */
    public record MailQueued() {}
}
