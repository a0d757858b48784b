package org.quartiersnetz.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import org.quartiersnetz.notification.entity.OutboxMessage;

/**
 * Queues e-mails; the entry to notification for every other area's boundaries and controls. It joins
 * the caller's transaction: the mail is stored with the change that causes it, and sent only if that
 * change commits (transactional outbox).
 */
@ApplicationScoped
@Transactional
public class Mails {

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
