package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.task.control.BookingMails;
import org.quartiersnetz.task.entity.Booking;

/**
 * Reminds volunteers the day before a booked slot. Each booking is claimed by setting its
 * reminded_at where it is still empty: of several instances running this at once, exactly one
 * wins the row and queues the mail in the same transaction.
 */
@Stateless
public class SlotReminders {

    static final String TEMPLATE = "mail.slotReminder";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BookingMails mails;

    /** Queues the reminders for tomorrow's slots (network time) not yet reminded; returns how many. */
    public int sendDue() {
        Instant now = clock.instant();
        LocalDate tomorrow = LocalDate.ofInstant(now, ClockProducer.NETWORK_ZONE).plusDays(1);
        List<Long> due = em.createNamedQuery(Booking.DUE_REMINDERS, Long.class)
                .setParameter("from", tomorrow.atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant())
                .setParameter("until", tomorrow.plusDays(1).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant())
                .getResultList();
        int sent = 0;
        for (Long id : due) {
            int claimed = em.createQuery("UPDATE Booking b SET b.remindedAt = :now WHERE b.id = :id "
                    + "AND b.remindedAt IS NULL AND b.status = org.quartiersnetz.task.entity.BookingStatus.CONFIRMED")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            if (claimed == 1) {
                mails.tell(em.find(Booking.class, id), TEMPLATE);
                sent++;
            }
        }
        return sent;
    }
}
