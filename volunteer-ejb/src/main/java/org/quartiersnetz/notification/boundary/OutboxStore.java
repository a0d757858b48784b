package org.quartiersnetz.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quartiersnetz.common.entity.InstantConverter;
import org.quartiersnetz.notification.control.Outbox;
import org.quartiersnetz.notification.control.PendingMail;
import org.quartiersnetz.notification.entity.OutboxMessage;

/** The outbox table for the worker; every step commits on its own, none spans sending. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Long> findDue(Instant now, int max) {
        return em.createNamedQuery(OutboxMessage.FIND_DUE_IDS, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<PendingMail> claim(long id, Instant now, Instant until) {
        int claimed = em.createNativeQuery(OutboxMessage.CLAIM_SQL)
                .setParameter(1, InstantConverter.toColumn(until))
                .setParameter(2, id)
                .setParameter(3, InstantConverter.toColumn(now))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        return Optional.of(new PendingMail(
                message.getId(),
                message.getRecipient(),
                message.getSubject(),
                message.getBody(),
                message.getAttempts()));
    }

    @Override
    public void markSent(long id, Instant now) {
        em.find(OutboxMessage.class, id).markSent(now);
    }

    @Override
    public void retryAt(long id, Instant next, String error) {
        em.find(OutboxMessage.class, id).retryAt(next, error);
    }

    @Override
    public void giveUp(long id, Instant now, String error) {
        em.find(OutboxMessage.class, id).giveUp(now, error);
    }
}
