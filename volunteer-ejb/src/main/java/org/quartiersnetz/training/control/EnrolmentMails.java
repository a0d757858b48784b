package org.quartiersnetz.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.Enrolment;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Mails a volunteer about an enrolment (moved up from the waiting list). */
@ApplicationScoped
public class EnrolmentMails {

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /** Queues the template in the volunteer's language: name, course, dates, place, link to their courses. */
    public void tell(Enrolment enrolment, String template) {
        Volunteer volunteer = enrolment.getVolunteer();
        String language = volunteer.getAccount().getPreferredLanguage();
        CourseRun run = enrolment.getRun();
        String dates = run.getSessions().stream()
                .map(s -> SlotTimes.format(s.getStartsAt(), s.getEndsAt(), language))
                .collect(Collectors.joining("\n"));
        notifications.enqueue(
                volunteer.getAccount().getEmail(),
                language,
                template,
                volunteer.getFirstName(),
                run.getCourse().title(Locale.forLanguageTag(language)),
                dates,
                run.getPlace(),
                mail.link("/volunteer/courses.xhtml"));
    }
}
