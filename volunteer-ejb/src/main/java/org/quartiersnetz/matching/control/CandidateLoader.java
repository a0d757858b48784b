package org.quartiersnetz.matching.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.common.boundary.DatabaseMigration;
import org.quartiersnetz.common.control.DatabaseProduct;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.training.control.CourseStatusRule;
import org.quartiersnetz.volunteer.control.VolunteerAccess;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Loads what the matching needs of many volunteers at once: one query picks them, then one query
 * per kind of fact (languages, times, skills, interests, carriers, placements, inspections,
 * qualifications, course places, signatures) reads them for all of them, by an array of ids. Plain
 * JDBC on the application's data source, inside the caller's transaction: these are read-only
 * projections, and entities would cost a query per collection.
 */
@ApplicationScoped
public class CandidateLoader {

    // Placement statuses as matching reads them from the table: placement builds on matching, so
    // matching names them here instead of using their enum (CandidateLoaderStatusesTest keeps both in step).
    static final String PROPOSED = "PROPOSED";
    static final String DECLINED = "DECLINED";
    static final String ENDED = "ENDED";
    static final String CANCELLED = "CANCELLED";
    static final String BY_VOLUNTEER = "BY_VOLUNTEER";
    /** The statuses that hold a place. */
    static final List<String> HOLDING =
            List.of("ACCEPTED", "INTRO_MEETING", "GETTING_TO_KNOW", "TRIAL_PERIOD", "ACTIVE");

    private static final String BASE = "SELECT v.id, v.first_name, v.last_name, v.status, v.birth_date,"
            + " v.max_hours_per_week, v.available_from, v.available_until, v.created_at, v.shared_pool FROM volunteer v";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    DatabaseProduct database;

    @Inject
    VolunteerAccess access;

    /** Which facts beyond the profile the tasks at hand need; courses null: all of them. */
    public record Needs(boolean clearance, Set<String> courses, boolean declarations) {

        /** Everything, for the cache: any task may ask for it. */
        public static final Needs ALL = new Needs(true, null, true);

        public static Needs of(Collection<TaskDemand> tasks) {
            Set<String> courses = new HashSet<>();
            tasks.forEach(t -> courses.addAll(t.requiredCourses()));
            return new Needs(
                    tasks.stream().anyMatch(TaskDemand::clearanceRequired),
                    courses,
                    tasks.stream().anyMatch(t -> !t.requiredDeclarations().isEmpty()));
        }
    }

    /** Every active volunteer whose e-mail address is confirmed, with all their facts. */
    public List<Candidate> forAllActive() {
        return load(access.confirmedSql() + " AND v.status = 'ACTIVE'", new ArrayList<>(), Needs.ALL);
    }

    /** Those of the volunteers who are active and confirmed, with all their facts; the others are left out. */
    public List<Candidate> activeAmong(Collection<Long> ids) {
        List<Object> values = new ArrayList<>();
        values.add(ids.toArray(Long[]::new));
        return load("v.id = ANY(?) AND " + access.confirmedSql() + " AND v.status = 'ACTIVE'", values, Needs.ALL);
    }

    /** The volunteers with these ids, whatever their status (for judging one volunteer when proposing). */
    public List<Candidate> forVolunteers(Collection<Long> ids, Needs needs) {
        List<Object> values = new ArrayList<>();
        values.add(ids.toArray(Long[]::new));
        // a volunteer who has not accepted the privacy notice (imported, invited) is nobody's candidate
        return load("v.id = ANY(?) AND " + access.confirmedSql(), values, needs);
    }

    private List<Candidate> load(String where, List<Object> values, Needs needs) {
        try (Connection c = dataSource.getConnection()) {
            if (database.isPostgresql()) {
                try (PreparedStatement jit = c.prepareStatement("SET LOCAL jit = off")) {
                    jit.execute();
                }
            }
            Map<Long, Row> rows = new LinkedHashMap<>();
            query(c, BASE + " WHERE " + where + " ORDER BY v.id", values, r -> {
                Row row = new Row(r);
                rows.put(row.id, row);
            });
            if (rows.isEmpty()) {
                return List.of();
            }
            Facts facts = new Facts(c, rows.keySet().toArray(Long[]::new));
            facts.profiles(rows);
            facts.placements(rows);
            if (needs.clearance()) {
                facts.clearances(rows);
            }
            if (needs.courses() == null || !needs.courses().isEmpty()) {
                facts.courses(rows, needs.courses());
            }
            if (needs.declarations()) {
                facts.signatures(rows);
            }
            return rows.values().stream().map(Row::toCandidate).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the candidates", e);
        }
    }

    /** Reads the facts of the rows' volunteers, one query per kind. */
    private static final class Facts {

        private final Connection c;
        private final Long[] ids;

        Facts(Connection c, Long[] ids) {
            this.c = c;
            this.ids = ids;
        }

        void profiles(Map<Long, Row> rows) throws SQLException {
            each(
                    "SELECT volunteer_id, language, level FROM volunteer_language WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.languages.put(r.getString(2).intern(), LanguageLevel.valueOf(r.getString(3))));
            each(
                    "SELECT volunteer_id, day_of_week, band FROM volunteer_availability WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.availability.add(MatchBits.availability(
                            DayOfWeek.valueOf(r.getString(2)), TimeBand.valueOf(r.getString(3)))));
            each(
                    "SELECT volunteer_id, skill FROM volunteer_skill WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.skills.add(Skill.valueOf(r.getString(2))));
            each(
                    "SELECT i.volunteer_id, t.code FROM volunteer_interest i JOIN task_type t ON t.id = i.task_type_id"
                            + " WHERE i.volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.interests.add(r.getString(2).intern()));
            each(
                    "SELECT volunteer_id, carrier_id FROM volunteer_carrier WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.carriers.add(r.getLong(2)));
        }

        void placements(Map<Long, Row> rows) throws SQLException {
            each(
                    "SELECT p.volunteer_id, p.task_id, p.status, t.hours_per_week, p.cancel_cause FROM placement p"
                            + " JOIN task t ON t.id = p.task_id WHERE p.volunteer_id = ANY(?)"
                            + " AND p.status IN ('PROPOSED', 'ACCEPTED', 'INTRO_MEETING', 'GETTING_TO_KNOW', 'TRIAL_PERIOD',"
                            + " 'ACTIVE', 'ENDED', 'DECLINED', 'CANCELLED')",
                    rows,
                    (row, r) -> {
                        String status = r.getString(3);
                        long task = r.getLong(2);
                        if (status.equals(DECLINED)
                                || status.equals(CANCELLED) && BY_VOLUNTEER.equals(r.getString(5))) {
                            // who said no, or withdrew, is not asked again for the same task
                            row.declined.add(task);
                            return;
                        } else if (status.equals(CANCELLED)) {
                            return;
                        }
                        if (status.equals(PROPOSED)) {
                            row.openProposals++;
                        } else if (HOLDING.contains(status)) {
                            row.hoursCommitted = row.hoursCommitted.add(r.getBigDecimal(4));
                        }
                        if (!status.equals(PROPOSED)) {
                            row.everPlaced = true;
                        }
                        if (!status.equals(ENDED)) {
                            row.live.add(task);
                        }
                    });
            each(
                    "SELECT p.volunteer_id, s.day_of_week, s.start_time, s.end_time FROM placement p"
                            + " JOIN task_schedule s ON s.task_id = p.task_id WHERE p.volunteer_id = ANY(?)"
                            + " AND p.status IN ('" + String.join("', '", HOLDING) + "')",
                    rows,
                    (row, r) -> row.heldTimes.add(new WeeklyTime(
                            DayOfWeek.valueOf(r.getString(2)),
                            r.getTime(3).toLocalTime(),
                            r.getTime(4).toLocalTime())));
        }

        void clearances(Map<Long, Row> rows) throws SQLException {
            each(
                    "SELECT volunteer_id, carrier_id, inspected_on, renewal_due_on, relevant_conviction, last_activity_on"
                            + " FROM clearance_check WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.clearances
                            .computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                            .add(new ClearanceRules.Facts(date(r, 3), date(r, 4), r.getBoolean(5), date(r, 6))));
            each(
                    "SELECT volunteer_id FROM clearance_consent WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.consent = true);
        }

        void courses(Map<Long, Row> rows, Set<String> codes) throws SQLException {
            String[] wanted = codes == null ? new String[0] : codes.toArray(String[]::new);
            String onlyThese = codes == null ? "" : " AND c.code = ANY(?)";
            Object[] more = codes == null ? new Object[0] : new Object[] {wanted};
            each(
                    "SELECT q.volunteer_id, c.code, q.obtained_on, q.valid_until FROM qualification q"
                            + " JOIN course c ON c.id = q.course_id WHERE q.volunteer_id = ANY(?)" + onlyThese,
                    rows,
                    (row, r) -> row.qualifications
                            .computeIfAbsent(r.getString(2).intern(), k -> new ArrayList<>())
                            .add(new CourseStatusRule.Validity(date(r, 3), date(r, 4))),
                    more);
            each(
                    "SELECT e.volunteer_id, c.code, MAX(s.ends_at) FROM enrolment e JOIN course_run r ON r.id = e.run_id"
                            + " JOIN course c ON c.id = r.course_id JOIN course_session s ON s.run_id = r.id"
                            + " WHERE e.volunteer_id = ANY(?)" + onlyThese + " AND e.status = 'CONFIRMED'"
                            + " GROUP BY e.volunteer_id, c.code, r.id",
                    rows,
                    (row, r) -> row.runEnds
                            .computeIfAbsent(r.getString(2).intern(), k -> new ArrayList<>())
                            .add(instant(r.getObject(3))),
                    more);
        }

        void signatures(Map<Long, Row> rows) throws SQLException {
            each(
                    "SELECT volunteer_id, declaration_id FROM declaration_signature WHERE volunteer_id = ANY(?)",
                    rows,
                    (row, r) -> row.signed.add(r.getLong(2)));
        }

        private void each(String sql, Map<Long, Row> rows, RowReader reader, Object... more) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setArray(1, c.createArrayOf("BIGINT", ids));
                for (int i = 0; i < more.length; i++) {
                    p.setArray(i + 2, c.createArrayOf("VARCHAR", (String[]) more[i]));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        reader.read(rows.get(r.getLong(1)), r);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(Row row, ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, List<Object> values, ResultReader reader) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof String[] array) {
                    p.setArray(i + 1, c.createArrayOf("VARCHAR", array));
                } else if (value instanceof Long[] array) {
                    p.setArray(i + 1, c.createArrayOf("BIGINT", array));
                } else {
                    p.setObject(i + 1, value);
                }
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    @FunctionalInterface
    private interface ResultReader {
        void read(ResultSet r) throws SQLException;
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        } else if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    /** One volunteer while their facts are being read. */
    private static final class Row {
        final long id;
        final String firstName;
        final String lastName;
        final VolunteerStatus status;
        final LocalDate birthDate;
        final Integer maxHours;
        final LocalDate availableFrom;
        final LocalDate availableUntil;
        final Instant signedUpAt;
        final boolean sharedPool;
        final Map<String, LanguageLevel> languages = new TreeMap<>();
        final Set<Availability> availability = new HashSet<>();
        final Set<Skill> skills = EnumSet.noneOf(Skill.class);
        final Set<String> interests = new HashSet<>();
        final Set<Long> carriers = new HashSet<>();
        final Set<Long> declined = new HashSet<>();
        final Set<Long> live = new HashSet<>();
        final Map<Long, List<ClearanceRules.Facts>> clearances = new HashMap<>();
        final Map<String, List<CourseStatusRule.Validity>> qualifications = new HashMap<>();
        final Map<String, List<Instant>> runEnds = new HashMap<>();
        final Set<Long> signed = new HashSet<>();
        final List<WeeklyTime> heldTimes = new ArrayList<>();
        BigDecimal hoursCommitted = BigDecimal.ZERO;
        int openProposals;
        boolean everPlaced;
        boolean consent;

        Row(ResultSet r) throws SQLException {
            id = r.getLong(1);
            firstName = r.getString(2);
            lastName = r.getString(3);
            status = VolunteerStatus.valueOf(r.getString(4));
            birthDate = date(r, 5);
            int hours = r.getInt(6);
            maxHours = r.wasNull() ? null : hours;
            availableFrom = date(r, 7);
            availableUntil = date(r, 8);
            signedUpAt = instant(r.getObject(9));
            sharedPool = r.getBoolean(10);
        }

        /** Compact, immutable copies: the cache holds tens of thousands of these. */
        Candidate toCandidate() {
            Map<Long, List<ClearanceRules.Facts>> checks = new HashMap<>();
            clearances.forEach((carrier, facts) -> checks.put(carrier, List.copyOf(facts)));
            Map<String, List<CourseStatusRule.Validity>> held = new HashMap<>();
            qualifications.forEach((code, validity) -> held.put(code, List.copyOf(validity)));
            Map<String, List<Instant>> runs = new HashMap<>();
            runEnds.forEach((code, ends) -> runs.put(code, List.copyOf(ends)));
            return new Candidate(
                    id,
                    firstName,
                    lastName,
                    status,
                    birthDate,
                    maxHours,
                    availableFrom,
                    availableUntil,
                    signedUpAt,
                    Map.copyOf(languages),
                    Set.copyOf(availability),
                    Set.copyOf(skills),
                    Set.copyOf(interests),
                    Set.copyOf(carriers),
                    sharedPool,
                    hoursCommitted.doubleValue(),
                    openProposals,
                    everPlaced,
                    Set.copyOf(declined),
                    Set.copyOf(live),
                    Map.copyOf(checks),
                    consent,
                    Map.copyOf(held),
                    Map.copyOf(runs),
                    Set.copyOf(signed),
                    MatchBits.languages(languages.keySet()),
                    MatchBits.availability(availability),
                    List.copyOf(heldTimes));
        }
    }
}
