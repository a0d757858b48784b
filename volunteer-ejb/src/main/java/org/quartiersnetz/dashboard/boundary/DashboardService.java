package org.quartiersnetz.dashboard.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.common.control.Bilingual;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.DatabaseProduct;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.dashboard.control.Coverage;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.supervision.boundary.OverdueSupervision;
import org.quartiersnetz.supervision.boundary.SupervisionService;

/**
 * The coordinators' dashboard. A carrier's coordinators see their carrier's placements (and the
 * sessions open to its volunteers: its own and the network office's); the network coordinator sees
 * all carriers' or one's, but no inspection: a conviction reads as missing clearance, without dates.
 * Each list is one query over the whole network, so that it answers in well under a second at
 * 100,000 volunteers and 20,000 placements (DashboardBenchmark).
 */
@Stateless
public class DashboardService {

    static final String UNKNOWN = "dashboard.unknown";
    static final String UNKNOWN_CARRIER = "dashboard.unknownCarrier";
    static final String UNKNOWN_TYPE = "dashboard.unknownType";
    static final String BAD_DAYS = "dashboard.badDays";
    static final int COVERAGE_MONTHS = 12;
    /** Expired qualifications stay on the list this long unless renewed. */
    static final int EXPIRED_SHOWN_DAYS = 365;
    /** The statuses of a placement that holds a place, as an SQL list: {@link PlacementStatus#holdsPlace()}. */
    private static final String HOLDING = Arrays.stream(PlacementStatus.values())
            .filter(PlacementStatus::holdsPlace)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    /** Placements {@code p} with their task {@code t} and its type {@code y}, as {@link #placementFilters} expects. */
    private static final String TYPED_PLACEMENTS =
            " FROM placement p JOIN task t ON t.id = p.task_id" + " JOIN task_type y ON y.id = t.task_type_id";
    /** The same with the volunteer {@code v} and the carrier {@code c}, for the lists that name them. */
    private static final String PLACEMENT_JOINS =
            TYPED_PLACEMENTS + " JOIN volunteer v ON v.id = p.volunteer_id" + " JOIN carrier c ON c.id = p.carrier_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SupervisionService supervision;

    @Inject
    DatabaseProduct database;

    /** Who the lists are for: one carrier (null: all), a kind of task (null: all), and whether inspections show. */
    record Scope(Long carrierId, String type, int days, boolean seesInspections, LocalDate today) {}

    public Dashboard view(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        Scope scope = scope(caller, filter);
        return new Dashboard(
                scope.today(),
                filter,
                overdue(scope),
                qualifications(scope),
                clearance(scope),
                waitingForIntro(scope),
                freePlaces(scope),
                coverage(scope));
    }

    public List<OverdueSupervision> overdueSupervision(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return overdue(scope(caller, filter));
    }

    public List<ExpiringQualification> expiringQualifications(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return qualifications(scope(caller, filter));
    }

    public List<ClearanceGap> clearance(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return clearance(scope(caller, filter));
    }

    public List<WaitingForIntro> waitingForIntro(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return waitingForIntro(scope(caller, filter));
    }

    public List<FreePlaces> freePlaces(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return freePlaces(scope(caller, filter));
    }

    public List<Coverage.Month> coverage(@NotNull Caller caller, @NotNull DashboardFilter filter) {
        return coverage(scope(caller, filter));
    }

    /** The carriers the caller may choose between: all for the network coordinator, none otherwise. */
    public List<Carrier> carriers(@NotNull Caller caller) {
        return caller.is(Role.NETWORK_COORDINATOR)
                ? em.createNamedQuery(Carrier.FIND_ALL, Carrier.class).getResultList()
                : List.of();
    }

    private Scope scope(Caller caller, DashboardFilter filter) {
        database.withoutJit(em);
        if (filter.days() < 1 || filter.days() > DashboardFilter.MAX_DAYS) {
            throw InvalidInputException.onField("days", BAD_DAYS, DashboardFilter.MAX_DAYS);
        }
        if (filter.type() != null
                && em.createQuery("SELECT COUNT(y) FROM TaskType y WHERE y.code = :code", Long.class)
                                .setParameter("code", filter.type())
                                .getSingleResult()
                        == 0) {
            throw InvalidInputException.onField("type", UNKNOWN_TYPE, filter.type());
        }
        LocalDate today = ClockProducer.today(clock);
        if (caller.is(Role.CARRIER_COORDINATOR) && caller.carrierId() != null) {
            if (filter.carrier() != null
                    && !filter.carrier()
                            .equals(em.find(Carrier.class, caller.carrierId()).getCode())) {
                throw new NotFoundException(UNKNOWN_CARRIER, filter.carrier());
            }
            return new Scope(caller.carrierId(), filter.type(), filter.days(), true, today);
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            Long carrierId = filter.carrier() == null
                    ? null
                    : em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                            .setParameter("code", filter.carrier())
                            .getResultStream()
                            .findFirst()
                            .map(Carrier::getId)
                            .orElseThrow(
                                    () -> InvalidInputException.onField("carrier", UNKNOWN_CARRIER, filter.carrier()));
            return new Scope(carrierId, filter.type(), filter.days(), false, today);
        }
        throw new NotFoundException(UNKNOWN);
    }

    private List<OverdueSupervision> overdue(Scope scope) {
        return supervision.overdue(scope.carrierId(), scope.type());
    }

    /** The latest qualification per course of volunteers holding a place, expired within a year or expiring soon. */
    private List<ExpiringQualification> qualifications(Scope scope) {
        NativeQuery query = NativeQuery.of(
                "SELECT q.volunteer_id, v.first_name, v.last_name, co.code, co.title_de, "
                        + NativeQuery.englishTitle("course", "co")
                        + ", q.valid_until FROM qualification q JOIN volunteer v ON v.id = q.volunteer_id"
                        + " JOIN course co ON co.id = q.course_id WHERE q.valid_until >= ? AND q.valid_until <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM qualification n WHERE n.volunteer_id = q.volunteer_id"
                        + " AND n.course_id = q.course_id AND (n.valid_until IS NULL OR n.valid_until > q.valid_until))"
                        + " AND EXISTS (SELECT 1" + TYPED_PLACEMENTS + " WHERE p.volunteer_id = q.volunteer_id"
                        + " AND p.status IN " + HOLDING,
                scope.today().minusDays(EXPIRED_SHOWN_DAYS),
                scope.today().plusDays(scope.days()));
        placementFilters(query, scope).append(") ORDER BY q.valid_until, v.last_name, v.first_name, co.code");
        List<ExpiringQualification> rows = new ArrayList<>();
        for (Object[] r : query.rows(em)) {
            LocalDate until = SqlValues.date(r[6]);
            rows.add(new ExpiringQualification(
                    SqlValues.longOf(r[0]),
                    r[1] + " " + r[2],
                    (String) r[3],
                    new Bilingual((String) r[4], (String) r[5]),
                    until,
                    until.isBefore(scope.today())));
        }
        return rows;
    }

    /** Placements in tasks needing clearance whose volunteer's clearance for the carrier is not valid throughout the horizon. */
    private List<ClearanceGap> clearance(Scope scope) {
        NativeQuery placements = NativeQuery.of("SELECT p.id, p.volunteer_id, v.first_name, v.last_name, t.id,"
                + " t.title_de, " + NativeQuery.englishTitle("task", "t") + ", c.code, p.status, p.carrier_id"
                + PLACEMENT_JOINS
                + " WHERE p.status IN " + HOLDING + " AND y.clearance_required = TRUE");
        placementFilters(placements, scope).append(" ORDER BY p.id");
        NativeQuery checks = NativeQuery.of("SELECT k.volunteer_id, k.carrier_id, k.renewal_due_on,"
                + " k.relevant_conviction, (SELECT COUNT(*) FROM clearance_consent cc WHERE cc.volunteer_id = k.volunteer_id)"
                + " FROM clearance_check k WHERE k.volunteer_id IN (SELECT p.volunteer_id" + TYPED_PLACEMENTS
                + " WHERE p.status IN " + HOLDING + " AND y.clearance_required = TRUE");
        placementFilters(checks, scope).append(")");
        Map<Long, List<Object[]>> checksByVolunteer = new HashMap<>();
        for (Object[] k : checks.rows(em)) {
            checksByVolunteer
                    .computeIfAbsent(SqlValues.longOf(k[0]), id -> new ArrayList<>())
                    .add(k);
        }
        // the network sees no renewal dates: a fixed horizon, or varying days would reveal them
        LocalDate horizon =
                scope.today().plusDays(scope.seesInspections() ? scope.days() : DashboardFilter.DEFAULT_DAYS);
        List<ClearanceGap> gaps = new ArrayList<>();
        for (Object[] r : placements.rows(em)) {
            long carrierId = SqlValues.longOf(r[9]);
            List<ClearanceRules.Facts> relied = new ArrayList<>();
            for (Object[] k : checksByVolunteer.getOrDefault(SqlValues.longOf(r[1]), List.of())) {
                if (SqlValues.longOf(k[4]) > 0 || SqlValues.longOf(k[1]) == carrierId) {
                    relied.add(new ClearanceRules.Facts(null, SqlValues.date(k[2]), Boolean.TRUE.equals(k[3]), null));
                }
            }
            ClearanceGap.Gap gap = gapOf(
                    ClearanceRules.status(relied, scope.today()),
                    ClearanceRules.status(relied, horizon),
                    scope.seesInspections());
            if (gap != null) {
                LocalDate renewal = relied.stream()
                        .filter(f -> !f.relevantConviction())
                        .map(ClearanceRules.Facts::renewalDueOn)
                        .max(Comparator.naturalOrder())
                        .orElse(null);
                gaps.add(new ClearanceGap(
                        SqlValues.longOf(r[0]),
                        SqlValues.longOf(r[1]),
                        r[2] + " " + r[3],
                        SqlValues.longOf(r[4]),
                        new Bilingual((String) r[5], (String) r[6]),
                        (String) r[7],
                        (String) r[8],
                        gap,
                        scope.seesInspections() ? renewal : null));
            }
        }
        gaps.sort(Comparator.comparing(ClearanceGap::gap)
                .thenComparing(g -> g.renewalDueOn() == null ? LocalDate.MIN : g.renewalDueOn())
                .thenComparing(ClearanceGap::placementId));
        return gaps;
    }

    private static ClearanceGap.Gap gapOf(ClearanceStatus today, ClearanceStatus atHorizon, boolean seesInspections) {
        return switch (today) {
            case CONVICTION -> seesInspections ? ClearanceGap.Gap.CONVICTION : ClearanceGap.Gap.MISSING;
            case MISSING -> ClearanceGap.Gap.MISSING;
            case DUE -> ClearanceGap.Gap.DUE;
            case VALID -> atHorizon == ClearanceStatus.VALID ? null : ClearanceGap.Gap.DUE_SOON;
        };
    }

    /** Accepted placements without an intro meeting yet, and those whose meeting is set but whose next step is not taken. */
    private List<WaitingForIntro> waitingForIntro(Scope scope) {
        NativeQuery query = NativeQuery.of("SELECT p.id, p.volunteer_id, v.first_name, v.last_name, t.id, t.title_de, "
                + NativeQuery.englishTitle("task", "t") + ", c.code, p.answered_at, p.intro_meeting_at"
                + PLACEMENT_JOINS
                + " WHERE p.status IN ('ACCEPTED', 'INTRO_MEETING')");
        placementFilters(query, scope).append(" ORDER BY p.answered_at, p.id");
        Instant now = clock.instant();
        List<WaitingForIntro> rows = new ArrayList<>();
        for (Object[] r : query.rows(em)) {
            Instant accepted = r[8] == null ? null : SqlValues.instant(r[8]);
            rows.add(new WaitingForIntro(
                    SqlValues.longOf(r[0]),
                    SqlValues.longOf(r[1]),
                    r[2] + " " + r[3],
                    SqlValues.longOf(r[4]),
                    new Bilingual((String) r[5], (String) r[6]),
                    (String) r[7],
                    accepted,
                    r[9] == null ? null : SqlValues.instant(r[9]),
                    accepted == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(accepted, now))));
        }
        return rows;
    }

    /** Group supervision sessions and course runs beginning within the horizon with places left. */
    private List<FreePlaces> freePlaces(Scope scope) {
        Instant now = clock.instant();
        Instant until = scope.today()
                .plusDays(scope.days() + 1L)
                .atStartOfDay(ClockProducer.NETWORK_ZONE)
                .toInstant();
        List<FreePlaces> rows = new ArrayList<>();
        NativeQuery sessions = NativeQuery.of(
                        "SELECT s.id, s.kind, s.starts_at, s.place, c.code, s.capacity,"
                                + " (SELECT COUNT(*) FROM supervision_attendance a WHERE a.session_id = s.id"
                                + " AND a.status IN ('SIGNED_UP', 'PRESENT')) FROM supervision_session s"
                                + " LEFT JOIN carrier c ON c.id = s.carrier_id WHERE s.kind = 'GROUP' AND s.starts_at > ?"
                                + " AND s.starts_at < ?",
                        SqlValues.parameter(now),
                        SqlValues.parameter(until))
                .appendIf(scope.carrierId(), " AND (s.carrier_id = ? OR s.carrier_id IS NULL)");
        for (Object[] r : sessions.rows(em)) {
            rows.add(new FreePlaces(
                    FreePlaces.Kind.SUPERVISION,
                    SqlValues.longOf(r[0]),
                    (String) r[1],
                    null,
                    SqlValues.instant(r[2]),
                    (String) r[3],
                    (String) r[4],
                    SqlValues.intOf(r[5]),
                    SqlValues.longOf(r[6])));
        }
        NativeQuery runs = NativeQuery.of(
                        "SELECT r.id, co.code, co.title_de, cot.title, MIN(cs.starts_at), r.place,"
                                + " c.code, r.capacity, (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'CONFIRMED')"
                                + " FROM course_run r JOIN course co ON co.id = r.course_id JOIN course_session cs ON cs.run_id = r.id"
                                + " LEFT JOIN course_translation cot ON cot.course_id = co.id AND cot.language = 'en'"
                                + " LEFT JOIN carrier c ON c.id = r.carrier_id WHERE r.enrolment_deadline >= ?",
                        scope.today())
                .appendIf(scope.carrierId(), " AND (r.carrier_id = ? OR r.carrier_id IS NULL)")
                .append(
                        " GROUP BY r.id, co.code, co.title_de, cot.title, r.place, c.code, r.capacity"
                                + " HAVING MIN(cs.starts_at) > ? AND MIN(cs.starts_at) < ?",
                        SqlValues.parameter(now),
                        SqlValues.parameter(until));
        for (Object[] r : runs.rows(em)) {
            rows.add(new FreePlaces(
                    FreePlaces.Kind.COURSE,
                    SqlValues.longOf(r[0]),
                    (String) r[1],
                    new Bilingual((String) r[2], (String) r[3]),
                    SqlValues.instant(r[4]),
                    (String) r[5],
                    (String) r[6],
                    SqlValues.intOf(r[7]),
                    SqlValues.longOf(r[8])));
        }
        return rows.stream()
                .filter(f -> f.free() > 0)
                .sorted(Comparator.comparing(FreePlaces::startsAt).thenComparing(FreePlaces::id))
                .toList();
    }

    /** Per month of the last year: active placements in types with an interval, and how many were not overdue. */
    private List<Coverage.Month> coverage(Scope scope) {
        YearMonth first = YearMonth.from(scope.today()).minusMonths(COVERAGE_MONTHS - 1L);
        LocalDate from = first.atDay(1);
        // the placements counted: active in the year, in types with a supervision interval
        String counted = TYPED_PLACEMENTS + " WHERE p.status IN ('ACTIVE', 'ENDED') AND p.started_on IS NOT NULL"
                + " AND y.supervision_interval_weeks IS NOT NULL AND (p.ended_on IS NULL OR p.ended_on >= ?)";
        NativeQuery placed = NativeQuery.of(
                "SELECT p.volunteer_id, p.started_on, p.ended_on," + " y.supervision_interval_weeks" + counted, from);
        placementFilters(placed, scope);
        List<Coverage.Span> spanList = new ArrayList<>();
        for (Object[] r : placed.rows(em)) {
            spanList.add(new Coverage.Span(
                    SqlValues.longOf(r[0]),
                    SqlValues.date(r[1]),
                    r[2] == null ? null : SqlValues.date(r[2]),
                    SqlValues.intOf(r[3])));
        }
        int longest =
                spanList.stream().mapToInt(Coverage.Span::intervalWeeks).max().orElse(0);
        NativeQuery attendance = NativeQuery.of(
                "SELECT a.volunteer_id, s.starts_at FROM supervision_attendance a"
                        + " JOIN supervision_session s ON s.id = a.session_id WHERE a.status = 'PRESENT' AND s.starts_at >= ?"
                        + " AND a.volunteer_id IN (SELECT p.volunteer_id" + counted,
                SqlValues.parameter(from.minusWeeks(longest)
                        .atStartOfDay(ClockProducer.NETWORK_ZONE)
                        .toInstant()),
                from);
        placementFilters(attendance, scope).append(")");
        Map<Long, NavigableSet<LocalDate>> attended = new HashMap<>();
        for (Object[] r : attendance.rows(em)) {
            attended.computeIfAbsent(SqlValues.longOf(r[0]), id -> new TreeSet<>())
                    .add(LocalDate.ofInstant(SqlValues.instant(r[1]), ClockProducer.NETWORK_ZONE));
        }
        return Coverage.monthly(spanList, attended, first, scope.today());
    }

    /** The carrier and kind-of-task filters on a query over placements {@code p} of tasks {@code t} of types {@code y}. */
    private static NativeQuery placementFilters(NativeQuery query, Scope scope) {
        return query.appendIf(scope.carrierId(), " AND p.carrier_id = ?").appendIf(scope.type(), " AND y.code = ?");
    }
}
