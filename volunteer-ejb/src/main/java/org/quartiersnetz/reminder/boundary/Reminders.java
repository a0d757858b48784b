package org.quartiersnetz.reminder.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartiersnetz.common.control.Bilingual;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.reminder.entity.ReminderKind;
import org.quartiersnetz.supervision.boundary.SupervisionService;
import org.quartiersnetz.task.control.BookingMails;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Finds the reminders due today (network time) and queues each one not sent before, each in a
 * transaction of its own: its row in reminder_sent is inserted first ({@code ON CONFLICT DO NOTHING});
 * only the transaction whose insert took the row queues the mail, so a second run, or another
 * instance at the same moment, sends nothing, and one reminder that fails holds back no other.
 */
@Stateless
public class Reminders {

    static final int QUALIFICATION_DAYS = 30;
    static final int CLEARANCE_DAYS = 60;
    static final String OPTIONS_PAGE = "/volunteer/reminders.xhtml";

    /**
     * A reminder due: the key it is claimed by, whom it is for, and its mail's details, which are
     * put in the volunteer's language when it is sent (titles, dates, times).
     */
    public record Due(
            ReminderKind kind, String key, long volunteerId, String template, String page, List<Object> details) {}

    /** A session's times, written as the slots' are. */
    private record Span(Instant start, Instant end) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    @Inject
    BookingMails bookingMails;

    @Inject
    SupervisionService supervision;

    /** Every reminder due now that its volunteer wants, sent or not. */
    public List<Due> due() {
        LocalDate today = ClockProducer.today(clock);
        Instant tomorrow =
                today.plusDays(1).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        Instant dayAfter =
                today.plusDays(2).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        List<Due> due = new ArrayList<>();
        due.addAll(slots(tomorrow, dayAfter));
        due.addAll(courseSessions(tomorrow, dayAfter));
        due.addAll(supervisionSessions(tomorrow, dayAfter));
        due.addAll(overdueSupervision());
        due.addAll(qualifications(today));
        due.addAll(clearances(today));
        Set<String> optedOut = optedOut();
        due.removeIf(d -> optedOut.contains(d.volunteerId() + ":" + d.kind()));
        return due;
    }

    /**
     * Claims the reminder and queues its mail; false when it was sent before, or when its volunteer
     * left or the booking was cancelled since the reminders were collected.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(Due due) {
        Volunteer v = em.find(Volunteer.class, due.volunteerId());
        Booking booking = due.kind() == ReminderKind.SLOT_TOMORROW
                ? em.find(Booking.class, due.details().get(0))
                : null;
        if (v == null
                || v.getStatus() == VolunteerStatus.LEFT
                || (due.kind() == ReminderKind.SLOT_TOMORROW
                        && (booking == null || booking.getStatus() != PlaceStatus.CONFIRMED))
                || !claim(due)) {
            return false;
        }
        if (booking != null) {
            bookingMails.tell(booking, due.template());
            return true;
        }
        String language = v.getAccount().getPreferredLanguage();
        List<Object> arguments = new ArrayList<>();
        arguments.add(v.getFirstName());
        due.details().forEach(d -> arguments.add(localized(d, language)));
        arguments.add(mail.link(due.page()));
        arguments.add(mail.link(OPTIONS_PAGE));
        notifications.enqueue(v.getAccount().getEmail(), language, due.template(), arguments.toArray());
        return true;
    }

    /** True when this transaction took the reminder's row, so no other run sends it. */
    private boolean claim(Due due) {
        return NativeQuery.of(
                                "INSERT INTO reminder_sent (kind, subject_key, volunteer_id, sent_at)"
                                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                due.kind().name(),
                                due.key(),
                                due.volunteerId(),
                                SqlValues.parameter(clock.instant()))
                        .update(em)
                == 1;
    }

    /** Booked slots: their mail names the task and carrier (the booking's own mail, as on booking). */
    private List<Due> slots(Instant from, Instant until) {
        return em.createNamedQuery(Booking.DUE_REMINDERS, Booking.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(b -> new Due(
                        ReminderKind.SLOT_TOMORROW,
                        "booking:" + b.getId(),
                        b.getVolunteer().getId(),
                        "mail.slotReminder",
                        "/volunteer/bookings.xhtml",
                        List.of(b.getId())))
                .toList();
    }

    private List<Due> courseSessions(Instant from, Instant until) {
        return NativeQuery.of(
                        "SELECT e.volunteer_id, cs.id, co.title_de, " + NativeQuery.englishTitle("course", "co")
                                + ", cs.starts_at,"
                                + " cs.ends_at, r.place FROM enrolment e JOIN course_run r ON r.id = e.run_id"
                                + " JOIN course co ON co.id = r.course_id JOIN course_session cs ON cs.run_id = r.id"
                                + " JOIN volunteer v ON v.id = e.volunteer_id WHERE e.status = 'CONFIRMED' AND v.status <> 'LEFT'"
                                + " AND cs.starts_at >= ? AND cs.starts_at < ? ORDER BY cs.id, e.volunteer_id",
                        SqlValues.parameter(from),
                        SqlValues.parameter(until))
                .rows(em)
                .stream()
                .map(r -> new Due(
                        ReminderKind.COURSE_TOMORROW,
                        "course-session:" + r[1] + ":" + r[0],
                        SqlValues.longOf(r[0]),
                        "mail.courseReminder",
                        "/volunteer/courses.xhtml",
                        List.of(
                                new Bilingual((String) r[2], (String) r[3]),
                                new Span(SqlValues.instant(r[4]), SqlValues.instant(r[5])),
                                Objects.toString(r[6], ""))))
                .toList();
    }

    private List<Due> supervisionSessions(Instant from, Instant until) {
        return NativeQuery.of(
                        "SELECT a.volunteer_id, s.id, s.starts_at, s.duration_minutes, s.place"
                                + " FROM supervision_attendance a JOIN supervision_session s ON s.id = a.session_id"
                                + " JOIN volunteer v ON v.id = a.volunteer_id WHERE a.status = 'SIGNED_UP' AND v.status <> 'LEFT'"
                                + " AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.id, a.volunteer_id",
                        SqlValues.parameter(from),
                        SqlValues.parameter(until))
                .rows(em)
                .stream()
                .map(r -> {
                    Instant start = SqlValues.instant(r[2]);
                    return new Due(
                            ReminderKind.SESSION_TOMORROW,
                            "supervision-session:" + r[1] + ":" + r[0],
                            SqlValues.longOf(r[0]),
                            "mail.sessionReminder",
                            "/volunteer/supervision.xhtml",
                            List.of(
                                    new Span(start, start.plusSeconds(60L * SqlValues.intOf(r[3]))),
                                    Objects.toString(r[4], "")));
                })
                .toList();
    }

    /** Once per placement and due day: attending and falling behind again reminds again. */
    private List<Due> overdueSupervision() {
        return supervision.overdue(null, null).stream()
                .map(o -> new Due(
                        ReminderKind.SUPERVISION_OVERDUE,
                        "placement:" + o.placementId() + ":" + o.dueOn(),
                        o.volunteerId(),
                        "mail.supervisionOverdue",
                        "/volunteer/supervision.xhtml",
                        List.of(o.title(), o.dueOn())))
                .toList();
    }

    /** The latest qualification of a course, ending within 30 days. */
    private List<Due> qualifications(LocalDate today) {
        return NativeQuery.of(
                        "SELECT q.id, q.volunteer_id, co.title_de, " + NativeQuery.englishTitle("course", "co")
                                + ", q.valid_until"
                                + " FROM qualification q JOIN course co ON co.id = q.course_id JOIN volunteer v ON v.id = q.volunteer_id"
                                + " WHERE v.status IN ('ACTIVE', 'PAUSED') AND q.valid_until >= ? AND q.valid_until <= ?"
                                + " AND NOT EXISTS (SELECT 1 FROM qualification n WHERE n.volunteer_id = q.volunteer_id"
                                + " AND n.course_id = q.course_id AND (n.valid_until IS NULL OR n.valid_until > q.valid_until))"
                                + " ORDER BY q.id",
                        today,
                        today.plusDays(QUALIFICATION_DAYS))
                .rows(em)
                .stream()
                .map(r -> new Due(
                        ReminderKind.QUALIFICATION_EXPIRING,
                        "qualification:" + r[0],
                        SqlValues.longOf(r[1]),
                        "mail.qualificationExpiring",
                        "/volunteer/courses.xhtml",
                        List.of(new Bilingual((String) r[2], (String) r[3]), SqlValues.date(r[4]))))
                .toList();
    }

    /** The latest inspection per carrier without a conviction, to renew within 60 days. */
    private List<Due> clearances(LocalDate today) {
        return NativeQuery.of(
                        "SELECT k.id, k.volunteer_id, c.name, k.renewal_due_on FROM clearance_check k"
                                + " JOIN carrier c ON c.id = k.carrier_id JOIN volunteer v ON v.id = k.volunteer_id"
                                + " WHERE v.status IN ('ACTIVE', 'PAUSED') AND k.relevant_conviction = FALSE"
                                + " AND k.renewal_due_on >= ? AND k.renewal_due_on <= ?"
                                + " AND NOT EXISTS (SELECT 1 FROM clearance_check n WHERE n.volunteer_id = k.volunteer_id"
                                + " AND n.carrier_id = k.carrier_id AND n.renewal_due_on > k.renewal_due_on) ORDER BY k.id",
                        today,
                        today.plusDays(CLEARANCE_DAYS))
                .rows(em)
                .stream()
                .map(r -> new Due(
                        ReminderKind.CLEARANCE_RENEWAL,
                        "clearance:" + r[0],
                        SqlValues.longOf(r[1]),
                        "mail.clearanceRenewal",
                        "/volunteer/clearance.xhtml",
                        List.of(String.valueOf(r[2]), SqlValues.date(r[3]))))
                .toList();
    }

    /** The reminders switched off, as "volunteer id:kind". */
    private Set<String> optedOut() {
        return NativeQuery.of("SELECT volunteer_id, kind FROM reminder_opt_out").rows(em).stream()
                .map(r -> SqlValues.longOf(r[0]) + ":" + r[1])
                .collect(Collectors.toSet());
    }

    private static Object localized(Object detail, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "de" : language);
        if (detail instanceof Bilingual text) {
            return text.in(locale);
        } else if (detail instanceof LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(day);
        } else if (detail instanceof Span span) {
            return SlotTimes.format(span.start(), span.end(), language);
        }
        return detail;
    }
}
