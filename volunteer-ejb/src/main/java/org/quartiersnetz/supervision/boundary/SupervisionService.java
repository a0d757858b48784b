package org.quartiersnetz.supervision.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.control.Bilingual;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.DatabaseProduct;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.common.control.WaitingList;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.supervision.control.SupervisionAccess;
import org.quartiersnetz.supervision.control.SupervisionRules;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionAttendance;
import org.quartiersnetz.supervision.entity.SupervisionKind;
import org.quartiersnetz.supervision.entity.SupervisionNote;
import org.quartiersnetz.supervision.entity.SupervisionSession;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Supervision: carriers (and the network office) plan sessions with a supervisor; volunteers who
 * hold a place sign up for group sessions; staff or the supervisor record attendance once a session
 * has begun; the supervisor and the coordinators keep confidential notes; and whose supervision is
 * overdue follows from the task type's interval.
 */
@Stateless
public class SupervisionService {

    /**
     * Active placements in types with an interval, with the start of the latest session their volunteer
     * attended (aggregated once: a subquery per placement took a second at 14,000 active placements).
     */
    private static final String OVERDUE_SQL = "SELECT p.id, p.volunteer_id, v.first_name, v.last_name, t.id,"
            + " t.title_de, " + NativeQuery.englishTitle("task", "t")
            + ", c.code, y.code, y.supervision_interval_weeks, p.started_on, la.last_at"
            + " FROM placement p JOIN volunteer v ON v.id = p.volunteer_id JOIN task t ON t.id = p.task_id"
            + " JOIN task_type y ON y.id = t.task_type_id JOIN carrier c ON c.id = p.carrier_id"
            + " LEFT JOIN (SELECT a.volunteer_id, MAX(s.starts_at) AS last_at FROM supervision_attendance a"
            + " JOIN supervision_session s ON s.id = a.session_id WHERE a.status = 'PRESENT' GROUP BY a.volunteer_id)"
            + " la ON la.volunteer_id = p.volunteer_id"
            + " WHERE p.status = 'ACTIVE' AND y.supervision_interval_weeks IS NOT NULL";

    static final String IN_FUTURE = "supervision.attendanceInFuture";
    static final String SUPERVISOR_UNKNOWN = "supervision.supervisorUnknown";
    static final String FULL = "supervision.full";
    static final String NOT_OPEN = "supervision.notOpen";
    static final String NOT_PARTICIPANT = "supervision.notParticipant";
    static final String NOTHING_TO_RECORD = "supervision.nothingToRecord";

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseProduct database;

    @Inject
    Clock clock;

    @Inject
    SupervisionAccess access;

    @Inject
    VolunteerService volunteers;

    /** Plans a session of the caller's carrier (the network coordinator: of the network office). */
    public SupervisionSession plan(@NotNull Caller caller, @NotNull @Valid SessionInput input) {
        Carrier carrier = holderOf(caller);
        UserAccount supervisor = supervisorOf(caller, carrier, input.getSupervisorId());
        SupervisionSession session = new SupervisionSession(
                carrier,
                input.getKind(),
                supervisor,
                input.getStartsAt().atZone(ClockProducer.NETWORK_ZONE).toInstant(),
                input.getDurationMinutes(),
                input.getPlace().strip(),
                blank(input.getTopics()),
                input.getKind() == SupervisionKind.INDIVIDUAL ? 1 : input.getCapacity(),
                caller.accountId(),
                clock.instant());
        em.persist(session);
        return session;
    }

    /** From a day on: the caller's carrier's sessions (the network office's, or the supervisor's own). */
    public List<SupervisionSession> sessions(@NotNull Caller caller, @NotNull LocalDate from) {
        Instant start = from.atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        if (caller.is(Role.SUPERVISOR)) {
            return em.createNamedQuery(SupervisionSession.FIND_OF_SUPERVISOR, SupervisionSession.class)
                    .setParameter("supervisor", caller.accountId())
                    .setParameter("from", start)
                    .getResultList();
        } else if (caller.isCarrierStaff()) {
            return em.createNamedQuery(SupervisionSession.FIND_OF_CARRIER, SupervisionSession.class)
                    .setParameter("carrier", caller.carrierId())
                    .setParameter("from", start)
                    .getResultList();
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            return em.createNamedQuery(SupervisionSession.FIND_OF_NETWORK, SupervisionSession.class)
                    .setParameter("from", start)
                    .getResultList();
        }
        return List.of();
    }

    public SupervisionSession get(@NotNull Caller caller, long id) {
        return access.requireReadable(caller, em.find(SupervisionSession.class, id));
    }

    /** Who signed up and who was there; for those who keep or hold the session. */
    public List<SupervisionAttendance> attendance(@NotNull Caller caller, long id) {
        SupervisionSession session = access.requireRecording(caller, em.find(SupervisionSession.class, id));
        return em.createNamedQuery(SupervisionAttendance.FIND_BY_SESSION, SupervisionAttendance.class)
                .setParameter("session", session)
                .getResultList();
    }

    /**
     * Attendance of a session that has begun, for many volunteers at once. Staff name any volunteer
     * they may see; the supervisor those who signed up (they see no other volunteers).
     */
    public List<SupervisionAttendance> record(@NotNull Caller caller, long id, @NotNull Map<Long, Presence> marks) {
        SupervisionSession session =
                access.requireRecording(caller, em.find(SupervisionSession.class, id, LockModeType.PESSIMISTIC_WRITE));
        Instant now = clock.instant();
        if (!session.hasBegun(now)) {
            throw new InvalidStateException(IN_FUTURE);
        } else if (marks.isEmpty() || marks.containsValue(Presence.SIGNED_UP)) {
            throw InvalidInputException.onField("present", NOTHING_TO_RECORD);
        }
        for (Map.Entry<Long, Presence> mark : marks.entrySet()) {
            SupervisionAttendance existing = find(session, mark.getKey());
            if (existing != null) {
                existing.record(mark.getValue(), caller.accountId(), now);
            } else if (access.keeps(caller, session)) {
                Volunteer volunteer = volunteers.get(caller, mark.getKey());
                em.persist(new SupervisionAttendance(session, volunteer, mark.getValue(), caller.accountId(), now));
            } else {
                throw new NotFoundException(NOT_PARTICIPANT);
            }
        }
        return attendance(caller, id);
    }

    /** The confidential notes of a session: its supervisor's and its coordinators' only. */
    public List<SupervisionNote> notes(@NotNull Caller caller, long id) {
        access.requireNotes(caller, em.find(SupervisionSession.class, id));
        return em.createNamedQuery(SupervisionNote.FIND_BY_SESSION, SupervisionNote.class)
                .setParameter("session", id)
                .getResultList();
    }

    public SupervisionNote addNote(
            @NotNull Caller caller, long id, @NotBlank @Size(max = SupervisionNote.TEXT_LENGTH) String text) {
        SupervisionSession session = access.requireNotes(caller, em.find(SupervisionSession.class, id));
        SupervisionNote note = new SupervisionNote(session.getId(), caller.accountId(), text.strip(), clock.instant());
        em.persist(note);
        return note;
    }

    /** The volunteer's own sessions, newest first: only their own attendance, never anybody else's. */
    public List<SupervisionAttendance> own(@NotNull Caller caller) {
        return em.createNamedQuery(SupervisionAttendance.FIND_OWN, SupervisionAttendance.class)
                .setParameter("volunteer", volunteers.getOwn(caller))
                .getResultList();
    }

    /**
     * The coming group sessions the volunteer may sign up for: the network office's, and those of
     * the carriers they hold a place with, while places are left and they are not signed up yet.
     */
    public List<SupervisionSession> offered(@NotNull Caller caller) {
        Volunteer volunteer = volunteers.getOwn(caller);
        Set<Long> carriers = carriersOf(volunteer);
        Set<Long> mine = new HashSet<>();
        own(caller).forEach(a -> mine.add(a.getSession().getId()));
        List<SupervisionSession> offered = new ArrayList<>();
        for (SupervisionSession session : em.createNamedQuery(
                        SupervisionSession.FIND_GROUPS_FROM, SupervisionSession.class)
                .setParameter("from", clock.instant())
                .getResultList()) {
            boolean forThem = session.getCarrier() == null
                    ? !carriers.isEmpty()
                    : carriers.contains(session.getCarrier().getId());
            if (forThem && !mine.contains(session.getId()) && placesLeft(session) > 0) {
                offered.add(session);
            }
        }
        return offered;
    }

    /** The volunteer takes a place in a coming group session offered to them; the last place goes once. */
    public SupervisionAttendance signUp(@NotNull Caller caller, long id) {
        Volunteer volunteer = volunteers.getOwn(caller);
        SupervisionSession session = em.find(SupervisionSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        Set<Long> carriers = carriersOf(volunteer);
        boolean forThem = session != null
                && session.getKind() == SupervisionKind.GROUP
                && (session.getCarrier() == null
                        ? !carriers.isEmpty()
                        : carriers.contains(session.getCarrier().getId()));
        if (!forThem) {
            throw new NotFoundException(SupervisionAccess.UNKNOWN);
        } else if (session.hasBegun(clock.instant())) {
            throw new InvalidStateException(NOT_OPEN);
        }
        SupervisionAttendance existing = find(session, volunteer.getId());
        if (existing != null && existing.getStatus() == Presence.SIGNED_UP) {
            return existing;
        } else if (WaitingList.placeFor(taken(session), session.getCapacity()) != PlaceStatus.CONFIRMED) {
            // the same rule as slots and course runs, but a group session keeps no waiting list: full is full
            throw new ConflictException(FULL);
        }
        if (existing != null) {
            existing.record(Presence.SIGNED_UP, null, clock.instant());
            return existing;
        }
        SupervisionAttendance attendance =
                new SupervisionAttendance(session, volunteer, Presence.SIGNED_UP, null, clock.instant());
        em.persist(attendance);
        return attendance;
    }

    /** The volunteer lets their place go before the session; they count as excused. */
    public SupervisionAttendance cancel(@NotNull Caller caller, long id) {
        Volunteer volunteer = volunteers.getOwn(caller);
        SupervisionSession session = em.find(SupervisionSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        SupervisionAttendance attendance = session == null ? null : find(session, volunteer.getId());
        if (attendance == null) {
            throw new NotFoundException(SupervisionAccess.UNKNOWN);
        } else if (session.hasBegun(clock.instant())) {
            throw new InvalidStateException(NOT_OPEN);
        }
        attendance.record(Presence.EXCUSED, null, clock.instant());
        return attendance;
    }

    /**
     * The active placements of the caller's carrier (the network coordinator: of all carriers) in
     * task types with a supervision interval whose volunteer attended no session within it, the
     * longest overdue first.
     */
    public List<OverdueSupervision> overdue(@NotNull Caller caller) {
        if (caller.isCarrierStaff()) {
            return overdue(caller.carrierId(), null);
        }
        return caller.is(Role.NETWORK_COORDINATOR) ? overdue(null, null) : List.of();
    }

    /**
     * The overdue placements of one carrier (null: all) and one task type (code; null: all), for
     * callers that have settled who may see them (the dashboard, the reminders).
     */
    public List<OverdueSupervision> overdue(Long carrierId, String typeCode) {
        database.withoutJit(em);
        List<Object[]> rows = NativeQuery.of(OVERDUE_SQL)
                .appendIf(carrierId, " AND p.carrier_id = ?")
                .appendIf(typeCode, " AND y.code = ?")
                .rows(em);
        LocalDate today = ClockProducer.today(clock);
        List<OverdueSupervision> overdue = new ArrayList<>();
        for (Object[] r : rows) {
            int weeks = SqlValues.intOf(r[9]);
            LocalDate started = r[10] == null ? today : SqlValues.date(r[10]);
            LocalDate last =
                    r[11] == null ? null : LocalDate.ofInstant(SqlValues.instant(r[11]), ClockProducer.NETWORK_ZONE);
            if (SupervisionRules.isOverdue(started, last, weeks, today)) {
                overdue.add(new OverdueSupervision(
                        SqlValues.longOf(r[0]),
                        SqlValues.longOf(r[1]),
                        r[2] + " " + r[3],
                        SqlValues.longOf(r[4]),
                        new Bilingual((String) r[5], (String) r[6]),
                        (String) r[7],
                        (String) r[8],
                        weeks,
                        started,
                        last,
                        SupervisionRules.dueOn(started, last, weeks)));
            }
        }
        overdue.sort(Comparator.comparing(OverdueSupervision::dueOn).thenComparing(OverdueSupervision::placementId));
        return overdue;
    }

    /** Who may hold the caller's sessions: their carrier's staff and supervisors (the network office: its supervisors). */
    public List<StaffMember> supervisors(@NotNull Caller caller) {
        Carrier carrier = holderOf(caller);
        return em.createNamedQuery(StaffMember.FIND_ALL, StaffMember.class)
                .getResultStream()
                .filter(m -> {
                    UserAccount a = m.getAccount();
                    return !a.isDisabled()
                            && (a.getRole() == Role.SUPERVISOR
                                    ? carrier == null
                                            || a.getCarrier() == null
                                            || a.getCarrier().getId().equals(carrier.getId())
                                    : carrier != null
                                            && a.getCarrier() != null
                                            && a.getCarrier().getId().equals(carrier.getId())
                                            && (a.getRole() == Role.CARRIER_STAFF
                                                    || a.getRole() == Role.CARRIER_COORDINATOR));
                })
                .toList();
    }

    /** Volunteers who hold a place with the session's carrier (any carrier for the network office's), to add. */
    public List<Volunteer> placedFor(@NotNull Caller caller, long id) {
        SupervisionSession session = access.requireRecording(caller, em.find(SupervisionSession.class, id));
        if (!access.keeps(caller, session)) {
            return List.of();
        }
        String scope = session.getCarrier() == null ? "" : " AND p.carrierId = :carrier";
        // volunteers selected from placements would break EclipseLink's batch fetching of their
        // collections (EclipseLink-6094): select the volunteers themselves
        var query = em.createQuery(
                        "SELECT v FROM Volunteer v WHERE v.id IN (SELECT p.volunteer.id FROM Placement p"
                                + " WHERE p.status IN :holding" + scope + ")",
                        Volunteer.class)
                .setParameter("holding", PlacementStatus.holding());
        if (session.getCarrier() != null) {
            query.setParameter("carrier", session.getCarrier().getId());
        }
        return query.getResultList().stream()
                .sorted(Comparator.comparing(Volunteer::getLastName))
                .toList();
    }

    /** Whether the caller may read the session's confidential notes. */
    public boolean seesNotes(@NotNull Caller caller, SupervisionSession session) {
        return access.supervises(caller, session) || access.coordinates(caller, session);
    }

    /** Whether the caller may record the session's attendance. */
    public boolean records(@NotNull Caller caller, SupervisionSession session) {
        return access.keeps(caller, session) || access.supervises(caller, session);
    }

    /** How the supervisor is named to others: their name as staff, or their e-mail address. */
    public String supervisorName(SupervisionSession session) {
        UserAccount account = session.getSupervisor();
        return em.createNamedQuery(StaffMember.FIND_BY_ACCOUNT, StaffMember.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst()
                .map(m -> m.getName())
                .orElse(account.getEmail());
    }

    /** Places left of a session (not taken by those signed up or there). */
    public long placesLeft(SupervisionSession session) {
        return session.getCapacity() - taken(session);
    }

    private long taken(SupervisionSession session) {
        return em.createNamedQuery(SupervisionAttendance.COUNT_SIGNED_UP, Long.class)
                .setParameter("session", session)
                .getSingleResult();
    }

    /** The carriers the volunteer holds a place with. */
    private Set<Long> carriersOf(Volunteer volunteer) {
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT p.carrierId FROM Placement p WHERE p.volunteer = :v"
                                + " AND p.status IN :holding",
                        Long.class)
                .setParameter("v", volunteer)
                .setParameter("holding", PlacementStatus.holding())
                .getResultList());
    }

    private SupervisionAttendance find(SupervisionSession session, long volunteerId) {
        return em.createNamedQuery(SupervisionAttendance.FIND, SupervisionAttendance.class)
                .setParameter("session", session)
                .setParameter("volunteer", volunteerId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Carrier holderOf(Caller caller) {
        if (caller.isCarrierStaff()) {
            return em.find(Carrier.class, caller.carrierId());
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            return null;
        }
        throw new NotFoundException(SupervisionAccess.UNKNOWN);
    }

    /**
     * The supervisor, by their id among the staff ({@code /api/v1/staff}): oneself by default; otherwise a
     * supervisor's account (external) of the same
     * carrier (or any, for the network office), or the carrier's staff.
     */
    private UserAccount supervisorOf(Caller caller, Carrier carrier, Long staffMemberId) {
        UserAccount account = staffMemberId == null
                ? em.find(UserAccount.class, caller.accountId())
                : Optional.ofNullable(em.find(StaffMember.class, staffMemberId))
                        .map(StaffMember::getAccount)
                        .orElse(null);
        boolean ok = account != null
                && !account.isDisabled()
                && switch (account.getRole()) {
                    case SUPERVISOR ->
                        carrier == null
                                || account.getCarrier() == null
                                || account.getCarrier().getId().equals(carrier.getId());
                    case CARRIER_STAFF, CARRIER_COORDINATOR ->
                        carrier != null
                                && account.getCarrier() != null
                                && account.getCarrier().getId().equals(carrier.getId());
                    case NETWORK_COORDINATOR -> carrier == null;
                    default -> false;
                };
        if (!ok) {
            throw InvalidInputException.onField("supervisorId", SUPERVISOR_UNKNOWN);
        }
        return account;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
