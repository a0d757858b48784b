package org.quartiersnetz.task.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Mails a volunteer about a booking (moved up, put on or taken off the roster, reminder). */
@ApplicationScoped
public class BookingMails {

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /** Queues the template in the volunteer's language: name, task, time, carrier, link to their bookings. */
    public void tell(Booking booking, String template) {
        Volunteer volunteer = booking.getVolunteer();
        String language = volunteer.getAccount().getPreferredLanguage();
        Slot slot = booking.getSlot();
        Task task = slot.getTask();
        notifications.enqueue(
                volunteer.getAccount().getEmail(),
                language,
                template,
                volunteer.getFirstName(),
                task.title(Locale.forLanguageTag(language)),
                SlotTimes.format(slot.getStartsAt(), slot.getEndsAt(), language),
                task.getCarrier().getName(),
                mail.link("/volunteer/bookings.xhtml"));
    }
}
