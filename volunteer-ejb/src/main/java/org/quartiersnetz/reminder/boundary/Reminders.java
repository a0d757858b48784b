package org.quartiersnetz.reminder.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.quartiersnetz.common.control.Bilingual;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.notification.boundary.NotificationService;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.reminder.entity.ReminderKind;
import org.quartiersnetz.supervision.boundary.OverdueSupervision;
import org.quartiersnetz.supervision.boundary.SupervisionService;
import org.quartiersnetz.task.control.BookingMails;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Finds the reminders due today (network time) and queues each one not sent before: its row in
 * reminder_sent is inserted first ({@code ON CONFLICT DO NOTHING}); only the transaction whose insert
 * took the row queues the mail, so a second run, or another instance at the same moment, sends nothing.
 */
@Stateless
public class Reminders {

    static final int QUALIFICATION_DAYS = 30;
    static final int CLEARANCE_DAYS = 60;
    static final String OPTIONS_PAGE = "/volunteer/reminders.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    MailSettings mail;

    @Inject
    BookingMails bookingMails;

    @Inject
    SupervisionService supervision;

    /** Queues every reminder due now and not sent yet; how many of each kind. */
    public Map<ReminderKind, Integer> sendDue() {
        LocalDate today = ClockProducer.today(clock);
        Instant tomorrow = today.plusDays(1).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        Instant dayAfter = today.plusDays(2).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
        sent.put(ReminderKind.SLOT_TOMORROW, slots(tomorrow, dayAfter));
        sent.put(ReminderKind.COURSE_TOMORROW, courseSessions(tomorrow, dayAfter));
        sent.put(ReminderKind.SESSION_TOMORROW, supervisionSessions(tomorrow, dayAfter));
        sent.put(ReminderKind.SUPERVISION_OVERDUE, overdueSupervision());
        sent.put(ReminderKind.QUALIFICATION_EXPIRING, qualifications(today));
        sent.put(ReminderKind.CLEARANCE_RENEWAL, clearances(today));
        return sent;
    }

    private int slots(Instant from, Instant until) {
        int sent = 0;
        for (Booking b : em.createNamedQuery(Booking.DUE_REMINDERS, Booking.class).setParameter("from", from)
                .setParameter("until", until).getResultList()) {
            if (claim(ReminderKind.SLOT_TOMORROW, "booking:" + b.getId(), b.getVolunteer().getId())) {
                bookingMails.tell(b, "mail.slotReminder");
                sent++;
            }
        }
        return sent;
    }

    private int courseSessions(Instant from, Instant until) {
        int sent = 0;
        for (Object[] r : NativeQuery.of("SELECT e.volunteer_id, cs.id, co.title_de, co.title_en, cs.starts_at,"
                + " cs.ends_at, r.place FROM enrolment e JOIN course_run r ON r.id = e.run_id"
                + " JOIN course co ON co.id = r.course_id JOIN course_session cs ON cs.run_id = r.id"
                + " JOIN volunteer v ON v.id = e.volunteer_id WHERE e.status = 'CONFIRMED' AND v.status <> 'LEFT'"
                + " AND cs.starts_at >= ? AND cs.starts_at < ? ORDER BY cs.id, e.volunteer_id",
                SqlValues.parameter(from), SqlValues.parameter(until)).rows(em)) {
            long volunteerId = SqlValues.longOf(r[0]);
            if (claim(ReminderKind.COURSE_TOMORROW, "course-session:" + r[1] + ":" + volunteerId, volunteerId)) {
                Volunteer v = em.find(Volunteer.class, volunteerId);
                String language = language(v);
                send(v, "mail.courseReminder", new Bilingual((String) r[2], (String) r[3]).in(locale(language)),
                        SlotTimes.format(SqlValues.instant(r[4]), SqlValues.instant(r[5]), language), r[6],
                        mail.link("/volunteer/courses.xhtml"));
                sent++;
            }
        }
        return sent;
    }

    private int supervisionSessions(Instant from, Instant until) {
        int sent = 0;
        for (Object[] r : NativeQuery.of("SELECT a.volunteer_id, s.id, s.starts_at, s.duration_minutes, s.place"
                + " FROM supervision_attendance a JOIN supervision_session s ON s.id = a.session_id"
                + " JOIN volunteer v ON v.id = a.volunteer_id WHERE a.status = 'SIGNED_UP' AND v.status <> 'LEFT'"
                + " AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.id, a.volunteer_id",
                SqlValues.parameter(from), SqlValues.parameter(until)).rows(em)) {
            long volunteerId = SqlValues.longOf(r[0]);
            if (claim(ReminderKind.SESSION_TOMORROW, "supervision-session:" + r[1] + ":" + volunteerId, volunteerId)) {
                Volunteer v = em.find(Volunteer.class, volunteerId);
                Instant start = SqlValues.instant(r[2]);
                send(v, "mail.sessionReminder", SlotTimes.format(start,
                        start.plusSeconds(60L * SqlValues.intOf(r[3])), language(v)), r[4],
                        mail.link("/volunteer/supervision.xhtml"));
                sent++;
            }
        }
        return sent;
    }

    /** Once per placement and due day: attending and falling behind again reminds again. */
    private int overdueSupervision() {
        int sent = 0;
        for (OverdueSupervision o : supervision.overdue(null, null)) {
            if (claim(ReminderKind.SUPERVISION_OVERDUE, "placement:" + o.placementId() + ":" + o.dueOn(),
                    o.volunteerId())) {
                Volunteer v = em.find(Volunteer.class, o.volunteerId());
                send(v, "mail.supervisionOverdue", o.title().in(locale(language(v))), date(o.dueOn(), language(v)),
                        mail.link("/volunteer/supervision.xhtml"));
                sent++;
            }
        }
        return sent;
    }

    /** The latest qualification of a course, ending within 30 days. */
    private int qualifications(LocalDate today) {
        int sent = 0;
        for (Object[] r : NativeQuery.of("SELECT q.id, q.volunteer_id, co.title_de, co.title_en, q.valid_until"
                + " FROM qualification q JOIN course co ON co.id = q.course_id JOIN volunteer v ON v.id = q.volunteer_id"
                + " WHERE v.status IN ('ACTIVE', 'PAUSED') AND q.valid_until >= ? AND q.valid_until <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM qualification n WHERE n.volunteer_id = q.volunteer_id"
                + " AND n.course_id = q.course_id AND (n.valid_until IS NULL OR n.valid_until > q.valid_until))"
                + " ORDER BY q.id", today, today.plusDays(QUALIFICATION_DAYS)).rows(em)) {
            long volunteerId = SqlValues.longOf(r[1]);
            if (claim(ReminderKind.QUALIFICATION_EXPIRING, "qualification:" + r[0], volunteerId)) {
                Volunteer v = em.find(Volunteer.class, volunteerId);
                send(v, "mail.qualificationExpiring", new Bilingual((String) r[2], (String) r[3])
                        .in(locale(language(v))), date(SqlValues.date(r[4]), language(v)),
                        mail.link("/volunteer/courses.xhtml"));
                sent++;
            }
        }
        return sent;
    }

    /** The latest inspection per carrier without a conviction, to renew within 60 days. */
    private int clearances(LocalDate today) {
        int sent = 0;
        for (Object[] r : NativeQuery.of("SELECT k.id, k.volunteer_id, c.name, k.renewal_due_on FROM clearance_check k"
                + " JOIN carrier c ON c.id = k.carrier_id JOIN volunteer v ON v.id = k.volunteer_id"
                + " WHERE v.status IN ('ACTIVE', 'PAUSED') AND k.relevant_conviction = FALSE"
                + " AND k.renewal_due_on >= ? AND k.renewal_due_on <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM clearance_check n WHERE n.volunteer_id = k.volunteer_id"
                + " AND n.carrier_id = k.carrier_id AND n.renewal_due_on > k.renewal_due_on) ORDER BY k.id",
                today, today.plusDays(CLEARANCE_DAYS)).rows(em)) {
            long volunteerId = SqlValues.longOf(r[1]);
            if (claim(ReminderKind.CLEARANCE_RENEWAL, "clearance:" + r[0], volunteerId)) {
                Volunteer v = em.find(Volunteer.class, volunteerId);
                send(v, "mail.clearanceRenewal", r[2], date(SqlValues.date(r[3]), language(v)),
                        mail.link("/volunteer/clearance.xhtml"));
                sent++;
            }
        }
        return sent;
    }

    /** True when the volunteer wants this kind and this run took the reminder's row. */
    private boolean claim(ReminderKind kind, String key, long volunteerId) {
        boolean optedOut = !NativeQuery.of("SELECT 1 FROM reminder_opt_out WHERE volunteer_id = ? AND kind = ?",
                volunteerId, kind.name()).rows(em).isEmpty();
        return !optedOut && NativeQuery.of("INSERT INTO reminder_sent (kind, subject_key, volunteer_id, sent_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", kind.name(), key, volunteerId,
                SqlValues.parameter(clock.instant())).update(em) == 1;
    }

    /** The template with the volunteer's first name first and the link to their reminder choices last. */
    private void send(Volunteer v, String template, Object... details) {
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = v.getFirstName();
        System.arraycopy(details, 0, arguments, 1, details.length);
        arguments[arguments.length - 1] = mail.link(OPTIONS_PAGE);
        notifications.enqueue(v.getAccount().getEmail(), language(v), template, arguments);
    }

    private static String language(Volunteer v) {
        return v.getAccount().getPreferredLanguage();
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language == null ? "de" : language);
    }

    private static String date(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)).format(day);
    }
}
