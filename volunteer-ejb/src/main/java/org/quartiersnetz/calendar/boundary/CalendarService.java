package org.quartiersnetz.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quartiersnetz.calendar.control.CalendarTexts;
import org.quartiersnetz.calendar.control.ICalendarWriter;
import org.quartiersnetz.calendar.entity.CalendarEvent;
import org.quartiersnetz.calendar.entity.CalendarFeed;
import org.quartiersnetz.calendar.entity.EventKind;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionSession;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.training.entity.CourseSession;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Calendars: a volunteer's and a carrier's dates as an iCalendar feed behind a secret URL (created,
 * replaced and revoked by the owner; only the token's hash is kept), and the dates of a carrier (or
 * all carriers, for the network coordinator) for the staff's schedule. No date carries a note, a
 * family or another volunteer's name.
 */
@Stateless
public class CalendarService {

    static final String UNKNOWN_FEED = "calendar.unknownFeed";
    static final String NO_FEED = "calendar.noFeed";
    static final String NOT_FOR_CALLER = "calendar.notForCaller";
    /** The path of a feed under the platform's address; the token and ".ics" follow. */
    public static final String FEED_PATH = "/api/v1/calendar/";
    /** How far back and ahead a feed reaches. */
    static final Duration FEED_PAST = Duration.ofDays(60);

    static final Duration FEED_AHEAD = Duration.ofDays(400);
    /** An intro meeting has a start only; calendars show it for an hour. */
    static final Duration INTRO_MEETING = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VolunteerService volunteers;

    @Inject
    MailSettings settings;

    /** A new feed and, only now, its secret URL. */
    public record Created(CalendarFeed feed, String url) {}

    /** The volunteer's feed in use, if they have one. */
    public Optional<CalendarFeed> own(@NotNull Caller caller) {
        Volunteer volunteer = volunteers.getOwn(caller);
        return first(em.createNamedQuery(CalendarFeed.FIND_OF_VOLUNTEER, CalendarFeed.class)
                .setParameter("volunteer", volunteer.getId()));
    }

    /** A new feed for the volunteer; a feed they had before stops working. */
    public Created createOwn(@NotNull Caller caller) {
        Volunteer volunteer = volunteers.getOwn(caller);
        revokeAll(em.createNamedQuery(CalendarFeed.FIND_OF_VOLUNTEER, CalendarFeed.class)
                .setParameter("volunteer", volunteer.getId()));
        String token = Tokens.newToken();
        CalendarFeed feed =
                CalendarFeed.ofVolunteer(volunteer.getId(), Tokens.sha256(token), caller.accountId(), clock.instant());
        em.persist(feed);
        return new Created(feed, url(token));
    }

    public void revokeOwn(@NotNull Caller caller) {
        Volunteer volunteer = volunteers.getOwn(caller);
        if (revokeAll(em.createNamedQuery(CalendarFeed.FIND_OF_VOLUNTEER, CalendarFeed.class)
                        .setParameter("volunteer", volunteer.getId()))
                == 0) {
            throw new NotFoundException(NO_FEED);
        }
    }

    /** The feed of the caller's carrier in use, if it has one. */
    public Optional<CalendarFeed> ofCarrier(@NotNull Caller caller) {
        return first(em.createNamedQuery(CalendarFeed.FIND_OF_CARRIER, CalendarFeed.class)
                .setParameter("carrier", carrierOf(caller)));
    }

    /** A new feed for the caller's carrier; the one before stops working. */
    public Created createForCarrier(@NotNull Caller caller) {
        long carrier = carrierOf(caller);
        revokeAll(em.createNamedQuery(CalendarFeed.FIND_OF_CARRIER, CalendarFeed.class)
                .setParameter("carrier", carrier));
        String token = Tokens.newToken();
        CalendarFeed feed = CalendarFeed.ofCarrier(carrier, Tokens.sha256(token), caller.accountId(), clock.instant());
        em.persist(feed);
        return new Created(feed, url(token));
    }

    public void revokeForCarrier(@NotNull Caller caller) {
        if (revokeAll(em.createNamedQuery(CalendarFeed.FIND_OF_CARRIER, CalendarFeed.class)
                        .setParameter("carrier", carrierOf(caller)))
                == 0) {
            throw new NotFoundException(NO_FEED);
        }
    }

    /** The iCalendar text of the feed with this token; an unknown or revoked one does not exist. */
    public String feed(String token) {
        if (!Tokens.isWellFormed(token)) {
            throw new NotFoundException(UNKNOWN_FEED);
        }
        CalendarFeed feed = first(em.createNamedQuery(CalendarFeed.FIND_BY_HASH, CalendarFeed.class)
                        .setParameter("hash", Tokens.sha256(token)))
                .orElseThrow(() -> new NotFoundException(UNKNOWN_FEED));
        Instant now = clock.instant();
        Instant from = now.minus(FEED_PAST);
        if (feed.getVolunteerId() != null) {
            Volunteer volunteer = em.find(Volunteer.class, feed.getVolunteerId());
            if (volunteer == null || volunteer.getAccount().isDisabled()) {
                throw new NotFoundException(UNKNOWN_FEED);
            }
            Locale locale = CalendarTexts.localeOf(volunteer.getAccount().getPreferredLanguage());
            return ICalendarWriter.write(
                    CalendarTexts.get(locale, "calendar.name.volunteer"),
                    ofVolunteer(volunteer.getId(), from, locale),
                    now);
        }
        // a carrier's feed ends with the account of the coordinator who made it
        UserAccount maker = em.find(UserAccount.class, feed.getCreatedBy());
        if (maker == null || maker.isDisabled()) {
            throw new NotFoundException(UNKNOWN_FEED);
        }
        Carrier carrier = em.find(Carrier.class, feed.getCarrierId());
        return ICalendarWriter.write(
                CalendarTexts.get(Locale.GERMAN, "calendar.name.carrier", carrier.getName()),
                ofCarriers(carrier.getId(), from, now.plus(FEED_AHEAD), Locale.GERMAN),
                now);
    }

    /**
     * The dates for the schedule between two instants: the caller's carrier's; for the network
     * coordinator one carrier's, or all (with the network office's sessions) when none is named.
     */
    public List<CalendarEvent> schedule(
            @NotNull Caller caller,
            Long carrierId,
            @NotNull Instant from,
            @NotNull Instant until,
            @NotNull Locale locale) {
        if (caller.isCarrierStaff()) {
            return ofCarriers(caller.carrierId(), from, until, locale);
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            return ofCarriers(carrierId, from, until, locale);
        }
        throw new NotFoundException(NOT_FOR_CALLER);
    }

    /** The carriers a network coordinator may choose on the schedule. */
    public List<Carrier> carriers() {
        return em.createNamedQuery(Carrier.FIND_ALL, Carrier.class).getResultList();
    }

    /** The absolute address of a feed with this token. */
    String url(String token) {
        return settings.link(FEED_PATH + token + ".ics");
    }

    private List<CalendarEvent> ofVolunteer(long volunteerId, Instant from, Locale locale) {
        List<CalendarEvent> events = new ArrayList<>();
        em.createQuery(
                        "SELECT a.session FROM SupervisionAttendance a WHERE a.volunteer.id = :v"
                                + " AND a.status IN :statuses AND a.session.startsAt >= :from",
                        SupervisionSession.class)
                .setParameter("v", volunteerId)
                .setParameter("statuses", List.of(Presence.SIGNED_UP, Presence.PRESENT))
                .setParameter("from", from)
                .getResultList()
                .forEach(s -> events.add(supervision(s, locale)));
        em.createQuery(
                        "SELECT b.slot FROM Booking b WHERE b.volunteer.id = :v AND b.status = :confirmed"
                                + " AND b.slot.startsAt >= :from",
                        Slot.class)
                .setParameter("v", volunteerId)
                .setParameter("confirmed", PlaceStatus.CONFIRMED)
                .setParameter("from", from)
                .getResultList()
                .forEach(s -> events.add(slot(s, locale)));
        em.createQuery(
                        "SELECT p FROM Placement p WHERE p.volunteer.id = :v AND p.introMeetingAt IS NOT NULL"
                                + " AND p.introMeetingAt >= :from AND p.status IN :live",
                        Placement.class)
                .setParameter("v", volunteerId)
                .setParameter("from", from)
                .setParameter("live", PlacementStatus.live())
                .getResultList()
                .forEach(p -> events.add(new CalendarEvent(
                        EventKind.INTRO_MEETING,
                        p.getId(),
                        CalendarTexts.get(
                                locale, "calendar.introMeeting", p.getTask().title(locale)),
                        p.getIntroMeetingAt(),
                        p.getIntroMeetingAt().plus(INTRO_MEETING),
                        placeOf(p.getTask()))));
        em.createQuery(
                        "SELECT s FROM CourseSession s, Enrolment e WHERE e.run = s.run AND e.volunteer.id = :v"
                                + " AND e.status = :confirmed AND s.startsAt >= :from",
                        CourseSession.class)
                .setParameter("v", volunteerId)
                .setParameter("confirmed", PlaceStatus.CONFIRMED)
                .setParameter("from", from)
                .getResultList()
                .forEach(s -> events.add(course(s, locale)));
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        return events;
    }

    /** The dates of one carrier, or of all carriers and the network office when carrierId is null. */
    private List<CalendarEvent> ofCarriers(Long carrierId, Instant from, Instant until, Locale locale) {
        List<CalendarEvent> events = new ArrayList<>();
        String supervisionScope = carrierId == null ? "" : " AND s.carrier.id = :carrier";
        withCarrier(
                        em.createQuery(
                                "SELECT s FROM SupervisionSession s WHERE s.startsAt >= :from AND s.startsAt < :until"
                                        + supervisionScope,
                                SupervisionSession.class),
                        carrierId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .forEach(s -> events.add(supervision(s, locale)));
        (carrierId == null
                        ? em.createNamedQuery(Slot.FIND_BETWEEN, Slot.class)
                        : em.createNamedQuery(Slot.FIND_BETWEEN_OF_CARRIER, Slot.class)
                                .setParameter("carrier", carrierId))
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .forEach(s -> events.add(slot(s, locale)));
        String courseScope = carrierId == null ? "" : " AND s.run.carrier.id = :carrier";
        withCarrier(
                        em.createQuery(
                                "SELECT s FROM CourseSession s WHERE s.startsAt >= :from AND s.startsAt < :until"
                                        + courseScope,
                                CourseSession.class),
                        carrierId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .forEach(s -> events.add(course(s, locale)));
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        return events;
    }

    private static <T> TypedQuery<T> withCarrier(TypedQuery<T> query, Long carrierId) {
        return carrierId == null ? query : query.setParameter("carrier", carrierId);
    }

    private static CalendarEvent supervision(SupervisionSession s, Locale locale) {
        return new CalendarEvent(
                EventKind.SUPERVISION,
                s.getId(),
                CalendarTexts.get(locale, "calendar.supervision." + s.getKind().name()),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getPlace());
    }

    private static CalendarEvent slot(Slot s, Locale locale) {
        return new CalendarEvent(
                EventKind.SLOT,
                s.getId(),
                s.getTask().title(locale),
                s.getStartsAt(),
                s.getEndsAt(),
                placeOf(s.getTask()));
    }

    private static CalendarEvent course(CourseSession s, Locale locale) {
        return new CalendarEvent(
                EventKind.COURSE_SESSION,
                s.getId(),
                s.getRun().getCourse().title(locale),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getRun().getPlace());
    }

    /** The site of a task with its address; none for a family's home, which a calendar never names. */
    private static String placeOf(Task task) {
        Site site = task.getSite();
        if (task.isAtFamilyHome() || site == null) {
            return null;
        }
        StringBuilder place = new StringBuilder(site.getName());
        if (site.getStreet() != null) {
            place.append(", ").append(site.getStreet());
        }
        if (site.getCity() != null) {
            place.append(", ")
                    .append(site.getPostcode() == null ? "" : site.getPostcode() + " ")
                    .append(site.getCity());
        }
        return place.toString();
    }

    private long carrierOf(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException(NOT_FOR_CALLER);
        }
        return caller.carrierId();
    }

    private int revokeAll(TypedQuery<CalendarFeed> feeds) {
        List<CalendarFeed> found = feeds.getResultList();
        found.forEach(f -> f.revoke(clock.instant()));
        return found.size();
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
