package org.quartiersnetz.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes many plausible tasks straight into the database (JDBC batches): all three free
 * carriers, all eight seeded task types, about 70 % of them on the board (open or partly filled)
 * and the rest draft, filled or closed; one to three weekly times each, zero to three languages,
 * a site of the task's carrier or "at the family's home", and for the slot-based types
 * (parents' café, childcare, event help) eight dated slots in the coming weeks. Each task is
 * created by its carrier's demo member of staff, so the server must run in demo mode.
 */
final class TaskGenerator {

    /** Ids far above what the application's sequences hand out during a benchmark. */
    static final long FIRST_ID = 10_000_000L;
    /** The seeded task types (V3), by id - 1, and how often carriers ask for each. */
    static final String[] TYPE_CODES = {
        "godparent",
        "homework-help",
        "reading-mentor",
        "parents-cafe",
        "accompaniment",
        "language-mentor",
        "childcare",
        "event-help"
    };

    private static final int[] TYPE_WEIGHTS = {15, 20, 10, 15, 10, 10, 10, 10};
    /** Slot-based types (V6): their tasks get dated slots. */
    static final List<Long> SLOT_BASED_TYPES = List.of(4L, 7L, 8L);

    static final String[] LANGUAGES = {"de", "tr", "ar", "ru", "uk", "pl", "ku", "fa"};
    private static final String[] OFF_BOARD = {"DRAFT", "FILLED", "CLOSED"};
    private static final LocalTime[] STARTS = {
        LocalTime.of(8, 30),
        LocalTime.of(9, 0),
        LocalTime.of(10, 0),
        LocalTime.of(12, 30),
        LocalTime.of(14, 0),
        LocalTime.of(15, 0),
        LocalTime.of(15, 30),
        LocalTime.of(16, 0),
        LocalTime.of(17, 0),
        LocalTime.of(18, 0),
        LocalTime.of(19, 0)
    };
    private static final int SLOTS_PER_TASK = 8;
    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");

    private TaskGenerator() {}

    /**
     * Writes {@code open} tasks that are on the board and about 3 off the board for every 7 on it.
     *
     * @return the number of tasks written in all
     */
    static int generate(Connection c, int open) throws SQLException {
        int total = (int) Math.round(open / 0.7);
        Random random = new Random(42);
        List<Boolean> onBoard = new ArrayList<>(Collections.nCopies(total, Boolean.FALSE));
        Collections.fill(onBoard.subList(0, open), Boolean.TRUE);
        Collections.shuffle(onBoard, random);
        Map<Long, Long> staff = staffByCarrier(c);
        Map<Long, List<Long>> sites = sitesByCarrier(c);
        c.setAutoCommit(false);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(NETWORK_ZONE);
        long slotId = FIRST_ID;
        try (PreparedStatement task = c.prepareStatement("INSERT INTO task (id, carrier_id, task_type_id, title_de,"
                        + " description_de, site_id, at_family_home, starts_on, duration_months,"
                        + " hours_per_week, volunteers_needed, volunteers_placed, status, staff_note, created_by, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement english = c.prepareStatement("INSERT INTO task_translation (task_id, language,"
                        + " title, description) VALUES (?, 'en', ?, ?)");
                PreparedStatement schedule = c.prepareStatement("INSERT INTO task_schedule (task_id, day_of_week,"
                        + " start_time, end_time) VALUES (?, ?, ?, ?)");
                PreparedStatement language =
                        c.prepareStatement("INSERT INTO task_language (task_id, language) VALUES (?, ?)");
                PreparedStatement skill = c.prepareStatement("INSERT INTO task_skill (task_id, skill) VALUES (?, ?)");
                PreparedStatement slot = c.prepareStatement("INSERT INTO task_slot (id, task_id, starts_at, ends_at,"
                        + " capacity) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < total; i++) {
                long id = FIRST_ID + i;
                long carrier = random.nextInt(10) < 4 ? 2 : random.nextBoolean() ? 1 : 3;
                long type = 1 + weighted(random, TYPE_WEIGHTS);
                boolean slotBased = SLOT_BASED_TYPES.contains(type);
                boolean atHome = (type == 1 && random.nextInt(10) < 9)
                        || (type == 5 && random.nextInt(10) < 3)
                        || ((type == 2 || type == 3) && random.nextInt(10) == 0);
                int needed = slotBased ? 2 + random.nextInt(5) : type == 1 ? 1 : 1 + random.nextInt(3);
                String status = onBoard.get(i)
                        ? (needed > 1 && random.nextInt(5) == 0 ? "PARTLY_FILLED" : "OPEN")
                        : OFF_BOARD[random.nextInt(OFF_BOARD.length)];
                Instant created = now.minus(random.nextInt(200), ChronoUnit.DAYS);
                String name = TYPE_CODES[(int) type - 1];
                task.setLong(1, id);
                task.setLong(2, carrier);
                task.setLong(3, type);
                task.setString(4, "Aufgabe " + name + " Nr. " + i);
                String englishTitle = random.nextBoolean() ? "Task " + name + " no. " + i : null;
                task.setString(
                        5,
                        "Wir suchen Unterstützung (" + name + ") im Quartier. Einarbeitung und Begleitung"
                                + " durch unsere Fachkräfte, Erstattung von Fahrtkosten, Austausch mit anderen Ehrenamtlichen."
                                + " Melden Sie sich gern, auch wenn Sie noch keine Erfahrung haben. Nr. " + i);
                String englishDescription = random.nextBoolean()
                        ? "We are looking for help (" + name + ") in the"
                                + " neighbourhood. Training and support by our staff; travel costs refunded. No. "
                                + i
                        : null;
                if (englishTitle != null || englishDescription != null) {
                    english.setLong(1, id);
                    english.setString(2, englishTitle);
                    english.setString(3, englishDescription);
                    english.addBatch();
                }
                List<Long> ownSites = sites.getOrDefault(carrier, List.of());
                if (atHome || ownSites.isEmpty()) {
                    task.setObject(6, null);
                    task.setBoolean(7, true);
                } else {
                    task.setLong(6, ownSites.get(random.nextInt(ownSites.size())));
                    task.setBoolean(7, false);
                }
                task.setDate(8, Date.valueOf(today.plusDays(random.nextInt(150) - 60)));
                task.setObject(9, slotBased ? null : 3 + random.nextInt(10));
                task.setBigDecimal(
                        10, BigDecimal.valueOf(2 + random.nextInt(12), 1).multiply(BigDecimal.valueOf(5)));
                task.setInt(11, needed);
                task.setInt(
                        12,
                        switch (status) {
                            case "PARTLY_FILLED" -> 1 + random.nextInt(needed - 1);
                            case "FILLED" -> needed;
                            default -> 0;
                        });
                task.setString(13, status);
                task.setString(14, random.nextInt(4) == 0 ? "Interne Notiz " + i : null);
                task.setLong(15, staff.get(carrier));
                task.setTimestamp(16, Timestamp.from(created));
                task.setTimestamp(17, Timestamp.from(created.plus(random.nextInt(10), ChronoUnit.DAYS)));
                task.addBatch();
                List<DayOfWeek> days = days(random, 1 + random.nextInt(3));
                LocalTime firstStart = null;
                int firstHours = 0;
                for (DayOfWeek day : days) {
                    LocalTime start = STARTS[random.nextInt(STARTS.length)];
                    int hours = 1 + random.nextInt(3);
                    if (firstStart == null) {
                        firstStart = start;
                        firstHours = hours;
                    }
                    schedule.setLong(1, id);
                    schedule.setString(2, day.name());
                    schedule.setTime(3, Time.valueOf(start));
                    schedule.setTime(4, Time.valueOf(start.plusHours(hours)));
                    schedule.addBatch();
                }
                int languages = random.nextInt(4);
                for (String code : VolunteerGenerator.distinct(random, LANGUAGES, languages)) {
                    language.setLong(1, id);
                    language.setString(2, code);
                    language.addBatch();
                }
                for (String code : VolunteerGenerator.distinct(random, VolunteerGenerator.SKILLS, random.nextInt(3))) {
                    skill.setLong(1, id);
                    skill.setString(2, code);
                    skill.addBatch();
                }
                if (slotBased) {
                    LocalDate date = today.plusDays(1).with(TemporalAdjusters.nextOrSame(days.get(0)));
                    for (int n = 0; n < SLOTS_PER_TASK; n++, date = date.plusWeeks(1)) {
                        Instant starts =
                                date.atTime(firstStart).atZone(NETWORK_ZONE).toInstant();
                        slot.setLong(1, slotId++);
                        slot.setLong(2, id);
                        slot.setTimestamp(3, Timestamp.from(starts));
                        slot.setTimestamp(4, Timestamp.from(starts.plus(firstHours, ChronoUnit.HOURS)));
                        slot.setInt(5, needed);
                        slot.addBatch();
                    }
                }
                if (i % 1000 == 999) {
                    VolunteerGenerator.flush(task, english, schedule, language, skill, slot);
                    c.commit();
                }
            }
            VolunteerGenerator.flush(task, english, schedule, language, skill, slot);
            c.commit();
        }
        try (Statement analyze = c.createStatement()) {
            c.setAutoCommit(true);
            analyze.execute("ANALYZE");
        }
        return total;
    }

    /** Distinct weekdays, Saturday and Sunday less often than the others. */
    private static List<DayOfWeek> days(Random random, int count) {
        List<DayOfWeek> days = new ArrayList<>();
        while (days.size() < count) {
            DayOfWeek day =
                    random.nextInt(8) == 0 ? DayOfWeek.of(6 + random.nextInt(2)) : DayOfWeek.of(1 + random.nextInt(5));
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static int weighted(Random random, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int pick = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    /** The first demo member of staff of each free carrier (1-3), who "created" its tasks. */
    private static Map<Long, Long> staffByCarrier(Connection c) throws SQLException {
        Map<Long, Long> staff = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT carrier_id, MIN(id)"
                                + " FROM user_account WHERE role = 'CARRIER_STAFF' AND carrier_id IN (1, 2, 3) GROUP BY carrier_id")) {
            while (rows.next()) {
                staff.put(rows.getLong(1), rows.getLong(2));
            }
        }
        if (staff.size() != 3) {
            throw new IllegalStateException("no demo staff for every carrier (demo mode off?): " + staff);
        }
        return staff;
    }

    private static Map<Long, List<Long>> sitesByCarrier(Connection c) throws SQLException {
        Map<Long, List<Long>> sites = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT carrier_id, id FROM site ORDER BY id")) {
            while (rows.next()) {
                sites.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        return sites;
    }
}
