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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the matching engine needs to find somebody: on top of {@link VolunteerGenerator}'s volunteers
 * (statuses, languages, weekly availability, carriers 1–3, a quarter in the shared pool) it writes,
 * straight into the database in JDBC batches, the facts that make a realistic share of them
 * eligible, and open long-term tasks to match them to:
 * <ul>
 * <li>dates of birth (most are adults, a few 16 or 17), a few with a period of availability that
 * starts later or ends soon;</li>
 * <li>§72a inspections ({@code clearance_check}) by one of the carriers the volunteer chose, mostly
 * of active volunteers, recent with the renewal years ahead, a few due and very few with a relevant
 * conviction; some volunteers consent that every carrier may rely on them ({@code clearance_consent});</li>
 * <li>qualifications recorded as external evidence for the courses task types require
 * ({@code child-protection} with its two years' validity, so some have expired;
 * {@code basic-godparent}, more often for those interested in godparent schemes) and first aid;</li>
 * <li>signatures of the declarations in force (confidentiality, code of conduct), interests in
 * kinds of task, language levels other than "good", and on every third volunteer's days a second,
 * adjacent band;</li>
 * <li>open long-term tasks (godparent, homework help, reading mentor, accompaniment, language
 * mentor) of the three free carriers with weekly times, languages, skills, a site of their carrier
 * or "at the family's home", godparent schemes with a pseudonymous family and its languages; about
 * one in seven of those that need several volunteers is partly filled;</li>
 * <li>placements: an active one for each partly filled task, and on some tasks a former volunteer
 * (ended), an unanswered proposal or a declined one; neighbours' interest in some tasks.</li>
 * </ul>
 * The first five tasks are fixed Caritas tasks of different kinds ({@link #SHOWCASE}) for the
 * single-task scenario. Ids start far above the application's sequences. Ends with {@code VACUUM
 * ANALYZE} (the generator updates every volunteer row once, and autovacuum should not start in the
 * middle of a measurement). Needs the server's demo accounts (staff of every carrier).
 */
final class MatchingGenerator {

    /** Ids far above what the application's sequences hand out during a benchmark (and above TaskGenerator's). */
    static final long FIRST_ID = 20_000_000L;

    static final long CARITAS = 2;
    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");
    /** Long-term task types (V3/V23) by id, and how often carriers ask for each. */
    private static final long[] TYPES = {1, 2, 3, 5, 6};

    private static final int[] TYPE_WEIGHTS = {25, 25, 15, 15, 20};
    private static final Map<Long, String> TYPE_CODES = Map.of(
            1L, "godparent", 2L, "homework-help", 3L, "reading-mentor", 5L, "accompaniment", 6L, "language-mentor");
    /** What volunteers are interested in, by task type id 1–8. */
    private static final int[] INTEREST_WEIGHTS = {15, 20, 12, 12, 12, 12, 8, 9};

    private static final String[] FAMILY_LANGUAGES = {"tr", "tr", "tr", "ar", "ar", "ar", "ru", "uk", "fa", "ku", "pl"};
    private static final String[] ACCOMPANIMENT_LANGUAGES = {"ar", "tr", "ru", "uk", "fa", "ku"};
    private static final String[] MENTOR_LANGUAGES = {"ar", "uk", "fa", "tr", "ru", "ku"};
    private static final String[][] TYPE_SKILLS = {
        {"CHILDCARE", "COOKING", "PAPERWORK", "INTERPRETING"},
        {"HOMEWORK_HELP", "READING_ALOUD", "MUSIC"},
        {"READING_ALOUD", "HOMEWORK_HELP"},
        {"INTERPRETING", "PAPERWORK"},
        {"INTERPRETING", "READING_ALOUD", "HOMEWORK_HELP"}
    };
    private static final String[] BANDS = {"MORNING", "MIDDAY", "AFTERNOON", "EVENING"};
    private static final int[] BAND_WEIGHTS = {20, 5, 55, 20};
    private static final int[] BAND_START = {8, 12, 14, 18};
    private static final int[] BAND_END = {12, 14, 18, 21};

    /** A fixed task of Caritas for the single-task scenario. */
    record Showcase(
            String label,
            long typeId,
            List<String> languages,
            List<String> skills,
            int needed,
            BigDecimal hours,
            boolean atHome,
            List<String> familyLanguages,
            String[][] times) {}

    static final List<Showcase> SHOWCASE = List.of(
            new Showcase(
                    "godparent, Turkish, Tuesday afternoon",
                    1,
                    List.of("tr"),
                    List.of("CHILDCARE"),
                    1,
                    new BigDecimal("3.0"),
                    true,
                    List.of("tr", "de"),
                    new String[][] {{"TUESDAY", "14:00", "17:00"}}),
            new Showcase(
                    "homework help, German, Tue + Thu afternoon",
                    2,
                    List.of("de"),
                    List.of("HOMEWORK_HELP"),
                    3,
                    new BigDecimal("4.0"),
                    false,
                    List.of(),
                    new String[][] {{"TUESDAY", "15:00", "17:00"}, {"THURSDAY", "15:00", "17:00"}}),
            new Showcase(
                    "accompaniment, Arabic or Turkish, Monday morning",
                    5,
                    List.of("ar", "tr"),
                    List.of("INTERPRETING"),
                    2,
                    new BigDecimal("2.0"),
                    true,
                    List.of(),
                    new String[][] {{"MONDAY", "09:00", "12:00"}}),
            new Showcase(
                    "reading mentor, any language, Wednesday afternoon",
                    3,
                    List.of(),
                    List.of("READING_ALOUD"),
                    2,
                    new BigDecimal("1.0"),
                    false,
                    List.of(),
                    new String[][] {{"WEDNESDAY", "15:00", "16:00"}}),
            new Showcase(
                    "language mentor, Ukrainian or Russian, Thursday afternoon",
                    6,
                    List.of("uk", "ru"),
                    List.of(),
                    1,
                    new BigDecimal("1.5"),
                    false,
                    List.of(),
                    new String[][] {{"THURSDAY", "16:00", "17:30"}}));

    /** What was written: the ids of the {@link #SHOWCASE} tasks (in that order) and a census. */
    record Result(List<Long> showcaseIds, String census) {}

    private MatchingGenerator() {}

    /**
     * Writes {@code volunteers} volunteers (VolunteerGenerator) with the facts above, and as many open
     * long-term tasks as it takes for {@code openTasks} to be open in all (the demo's count too; at
     * least the showcase).
     */
    static Result generate(Connection c, int volunteers, int openTasks) throws SQLException {
        VolunteerGenerator.generate(c, volunteers);
        Context x = new Context(c);
        c.setAutoCommit(false);
        List<Vol> all = x.readVolunteers();
        x.volunteerFacts(all);
        c.commit();
        int existing = x.count("SELECT COUNT(*) FROM task t JOIN task_type y ON y.id = t.task_type_id"
                + " WHERE t.status IN ('OPEN', 'PARTLY_FILLED') AND y.scheduling = 'LONG_TERM'");
        List<Long> showcase = x.tasks(Math.max(SHOWCASE.size(), openTasks - existing));
        c.commit();
        x.placements(all);
        c.commit();
        x.setBasedUpdates();
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // written past the application: tell every instance's matching to read everybody again
            s.execute("INSERT INTO matching_change (id, volunteer_id, changed_at)"
                    + " VALUES (nextval('matching_change_seq'), NULL, CURRENT_TIMESTAMP)");
            s.execute("VACUUM ANALYZE");
        }
        return new Result(showcase, census(c));
    }

    /** One generated volunteer as the generator sees it. */
    private static final class Vol {
        final long id;
        final String status;
        final boolean pool;
        final List<Long> carriers;
        boolean godparentInterest;

        Vol(long id, String status, boolean pool, List<Long> carriers) {
            this.id = id;
            this.status = status;
            this.pool = pool;
            this.carriers = carriers;
        }

        boolean visibleTo(long carrier) {
            return pool || carriers.contains(carrier);
        }

        /** Likelihood of a fact by lifecycle status: active, paused, left, interviewed, applied. */
        double by(double active, double paused, double left, double interviewed, double applied) {
            return switch (status) {
                case "ACTIVE" -> active;
                case "PAUSED" -> paused;
                case "LEFT" -> left;
                case "INTERVIEWED" -> interviewed;
                default -> applied;
            };
        }
    }

    /** One generated task, for the placements. */
    private record Gen(long id, long carrier, int needed, int placed, BigDecimal hours) {}

    private static final class Context {
        final Connection c;
        final Random random = new Random(4242);
        final LocalDate today = LocalDate.now(NETWORK_ZONE);
        final Instant now = Instant.now();
        final Map<Long, List<Long>> staff;
        final Map<Long, List<Long>> sites = new HashMap<>();
        final Map<String, Long> courses = new HashMap<>();
        final long confidentiality;
        final long codeOfConduct;
        final List<Gen> tasks = new ArrayList<>();
        long checkId = FIRST_ID;
        long qualificationId = FIRST_ID;
        long signatureId = FIRST_ID;

        Context(Connection c) throws SQLException {
            this.c = c;
            staff = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT carrier_id, id FROM user_account"
                                    + " WHERE role IN ('CARRIER_STAFF', 'CARRIER_COORDINATOR') AND carrier_id IN (1, 2, 3) ORDER BY id")) {
                while (r.next()) {
                    staff.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                }
            }
            if (staff.size() != 3) {
                throw new IllegalStateException("no demo staff for every carrier (demo mode off?): " + staff);
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT carrier_id, id FROM site ORDER BY id")) {
                while (r.next()) {
                    sites.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT code, id FROM course")) {
                while (r.next()) {
                    courses.put(r.getString(1), r.getLong(2));
                }
            }
            for (String code : List.of("basic-godparent", "child-protection", "first-aid-children")) {
                if (!courses.containsKey(code)) {
                    throw new IllegalStateException("no course " + code + " in the catalogue: " + courses);
                }
            }
            confidentiality = declarationInForce("CONFIDENTIALITY");
            codeOfConduct = declarationInForce("CODE_OF_CONDUCT");
        }

        long declarationInForce(String kind) throws SQLException {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT id FROM declaration WHERE kind = ? AND valid_from <= ?"
                            + " ORDER BY version DESC LIMIT 1")) {
                p.setString(1, kind);
                p.setTimestamp(2, Timestamp.from(now));
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no declaration " + kind + " in force");
                    }
                    return r.getLong(1);
                }
            }
        }

        int count(String sql) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            }
        }

        long anyStaff(long carrier) {
            List<Long> ids = staff.get(carrier);
            return ids.get(random.nextInt(ids.size()));
        }

        List<Vol> readVolunteers() throws SQLException {
            List<Vol> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT v.id, v.status, v.shared_pool,"
                    + " ARRAY(SELECT vc.carrier_id FROM volunteer_carrier vc WHERE vc.volunteer_id = v.id ORDER BY 1)"
                    + " FROM volunteer v WHERE v.id >= ? ORDER BY v.id")) {
                p.setLong(1, VolunteerGenerator.FIRST_ID);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        List<Long> carriers = new ArrayList<>();
                        for (Object id : (Object[]) r.getArray(4).getArray()) {
                            carriers.add(((Number) id).longValue());
                        }
                        all.add(new Vol(r.getLong(1), r.getString(2), r.getBoolean(3), carriers));
                    }
                }
            }
            return all;
        }

        void volunteerFacts(List<Vol> all) throws SQLException {
            try (PreparedStatement profile = c.prepareStatement(
                            "UPDATE volunteer v SET birth_date = CAST(? AS DATE) - u.age,"
                                    + " available_from = CAST(? AS DATE) + u.from_days, available_until = CAST(? AS DATE) + u.until_days"
                                    + " FROM unnest(?, ?, ?, ?) AS u(id, age, from_days, until_days) WHERE v.id = u.id");
                    PreparedStatement check = c.prepareStatement("INSERT INTO clearance_check (id, volunteer_id,"
                            + " carrier_id, inspected_by, inspected_on, certificate_issued_on, relevant_conviction,"
                            + " renewal_due_on, last_activity_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement consent =
                            c.prepareStatement("INSERT INTO clearance_consent (volunteer_id, given_at) VALUES (?, ?)");
                    PreparedStatement qualification = c.prepareStatement("INSERT INTO qualification (id, volunteer_id,"
                            + " course_id, obtained_on, valid_until, source, run_id, issuer, recorded_by, recorded_at)"
                            + " VALUES (?, ?, ?, ?, ?, 'EXTERNAL', NULL, ?, ?, ?)");
                    PreparedStatement signature = c.prepareStatement("INSERT INTO declaration_signature (id,"
                            + " volunteer_id, declaration_id, signed_at) VALUES (?, ?, ?, ?)");
                    PreparedStatement interest = c.prepareStatement(
                            "INSERT INTO volunteer_interest (volunteer_id, task_type_id) VALUES (?, ?)")) {
                List<Long> ids = new ArrayList<>();
                List<Integer> ages = new ArrayList<>();
                List<Integer> from = new ArrayList<>();
                List<Integer> until = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    Vol v = all.get(i);
                    ids.add(v.id);
                    ages.add(random.nextDouble() < v.by(0.98, 0.97, 0.95, 0.93, 0.85) ? ageInDays() : null);
                    double period = random.nextDouble();
                    from.add(period < 0.02 ? 30 + random.nextInt(90) : null);
                    until.add(period > 0.99 ? random.nextInt(60) : null);
                    interests(v, interest);
                    clearance(v, check, consent);
                    qualifications(v, qualification);
                    signatures(v, signature);
                    if (i % 5000 == 4999 || i == all.size() - 1) {
                        profile.setDate(1, Date.valueOf(today));
                        profile.setDate(2, Date.valueOf(today));
                        profile.setDate(3, Date.valueOf(today));
                        profile.setArray(4, c.createArrayOf("bigint", ids.toArray()));
                        profile.setArray(5, c.createArrayOf("int4", ages.toArray()));
                        profile.setArray(6, c.createArrayOf("int4", from.toArray()));
                        profile.setArray(7, c.createArrayOf("int4", until.toArray()));
                        profile.executeUpdate();
                        ids.clear();
                        ages.clear();
                        from.clear();
                        until.clear();
                        VolunteerGenerator.flush(interest, check, consent, qualification, signature);
                        c.commit();
                    }
                }
            }
        }

        /** Days of age: 4 % are 16 or 17, 10 % 18–24, 70 % 25–64, the rest 65–80. */
        int ageInDays() {
            double p = random.nextDouble();
            int years = p < 0.04
                    ? 16 + random.nextInt(2)
                    : p < 0.14 ? 18 + random.nextInt(7) : p < 0.84 ? 25 + random.nextInt(40) : 65 + random.nextInt(16);
            return years * 365 + random.nextInt(365);
        }

        void interests(Vol v, PreparedStatement interest) throws SQLException {
            if (random.nextInt(100) >= 85) {
                return;
            }
            Set<Integer> types = new HashSet<>();
            int wanted = 1 + random.nextInt(3);
            while (types.size() < wanted) {
                types.add(1 + weighted(random, INTEREST_WEIGHTS));
            }
            for (int type : types) {
                interest.setLong(1, v.id);
                interest.setLong(2, type);
                interest.addBatch();
            }
            v.godparentInterest = types.contains(1);
        }

        void clearance(Vol v, PreparedStatement check, PreparedStatement consent) throws SQLException {
            if (v.carriers.isEmpty() || random.nextDouble() >= v.by(0.60, 0.45, 0.30, 0.15, 0.02)) {
                return;
            }
            List<Long> by = new ArrayList<>(List.of(v.carriers.get(random.nextInt(v.carriers.size()))));
            if (v.carriers.size() > 1 && random.nextInt(100) < 12) {
                by.add(v.carriers.stream()
                        .filter(id -> !id.equals(by.get(0)))
                        .findFirst()
                        .orElseThrow());
            }
            for (long carrier : by) {
                double kind = random.nextDouble();
                LocalDate inspected;
                LocalDate issued;
                if (kind < 0.03) {
                    // inspected long ago: the renewal is due
                    issued = today.minusYears(5).minusDays(1 + random.nextInt(400));
                    inspected = issued.plusDays(random.nextInt(60));
                } else {
                    inspected = today.minusDays(random.nextInt(900));
                    issued = inspected.minusDays(random.nextInt(90));
                }
                check.setLong(1, checkId++);
                check.setLong(2, v.id);
                check.setLong(3, carrier);
                check.setLong(4, anyStaff(carrier));
                check.setDate(5, Date.valueOf(inspected));
                check.setDate(6, Date.valueOf(issued));
                check.setBoolean(7, kind > 0.995);
                check.setDate(8, Date.valueOf(issued.plusYears(5)));
                check.setDate(
                        9,
                        "ACTIVE".equals(v.status) && random.nextBoolean()
                                ? Date.valueOf(today.minusDays(random.nextInt(60)))
                                : null);
                check.setTimestamp(
                        10, Timestamp.from(inspected.atStartOfDay(NETWORK_ZONE).toInstant()));
                check.addBatch();
            }
            if (random.nextInt(100) < 15) {
                consent.setLong(1, v.id);
                consent.setTimestamp(2, Timestamp.from(now.minus(random.nextInt(700), ChronoUnit.DAYS)));
                consent.addBatch();
            }
        }

        void qualifications(Vol v, PreparedStatement qualification) throws SQLException {
            if (random.nextDouble() < v.by(0.65, 0.50, 0.40, 0.20, 0.03)) {
                qualification(v, qualification, "child-protection", 900, 24, "Kinderschutzbund Leverkusen");
            }
            double godparent = v.godparentInterest ? 0.60 : 0.20;
            if (random.nextDouble() < godparent * v.by(1, 0.5, 0.5, 0.1, 0)) {
                qualification(v, qualification, "basic-godparent", 1500, 0, "Caritasverband Leverkusen");
            }
            if (random.nextDouble() < v.by(0.15, 0.10, 0.10, 0.05, 0.02)) {
                qualification(v, qualification, "first-aid-children", 1000, 24, "DRK Kreisverband Leverkusen");
            }
        }

        private void qualification(
                Vol v, PreparedStatement q, String course, int maxAgeDays, int validMonths, String issuer)
                throws SQLException {
            LocalDate obtained = today.minusDays(random.nextInt(maxAgeDays));
            long carrier = v.carriers.isEmpty() ? CARITAS : v.carriers.get(0);
            q.setLong(1, qualificationId++);
            q.setLong(2, v.id);
            q.setLong(3, courses.get(course));
            q.setDate(4, Date.valueOf(obtained));
            q.setDate(
                    5,
                    validMonths == 0
                            ? null
                            : Date.valueOf(obtained.plusMonths(validMonths).minusDays(1)));
            q.setString(6, issuer);
            q.setLong(7, anyStaff(carrier));
            q.setTimestamp(
                    8,
                    Timestamp.from(obtained.plusDays(random.nextInt(20))
                            .atStartOfDay(NETWORK_ZONE)
                            .toInstant()));
            q.addBatch();
        }

        void signatures(Vol v, PreparedStatement signature) throws SQLException {
            double p = random.nextDouble();
            double both = v.by(0.85, 0.70, 0.50, 0.30, 0.05);
            List<Long> signed = p < both
                    ? List.of(confidentiality, codeOfConduct)
                    : p < both + 0.05 ? List.of(confidentiality) : List.of();
            for (long declaration : signed) {
                signature.setLong(1, signatureId++);
                signature.setLong(2, v.id);
                signature.setLong(3, declaration);
                signature.setTimestamp(4, Timestamp.from(now.minus(random.nextInt(300), ChronoUnit.DAYS)));
                signature.addBatch();
            }
        }

        /** Writes {@code count} open long-term tasks, the showcase first; returns the showcase's ids. */
        List<Long> tasks(int count) throws SQLException {
            List<Long> showcase = new ArrayList<>();
            long familyId = FIRST_ID;
            try (PreparedStatement task = c.prepareStatement("INSERT INTO task (id, carrier_id, task_type_id, title_de,"
                            + " description_de, site_id, at_family_home, family_id, starts_on,"
                            + " duration_months, hours_per_week, volunteers_needed, volunteers_placed, status, staff_note,"
                            + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " NULL, ?, ?, ?)");
                    PreparedStatement english = c.prepareStatement(
                            "INSERT INTO task_translation (task_id, language," + " title) VALUES (?, 'en', ?)");
                    PreparedStatement family = c.prepareStatement("INSERT INTO family (id, carrier_id, code, needs,"
                            + " created_at) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement familyLanguage =
                            c.prepareStatement("INSERT INTO family_language (family_id, language) VALUES (?, ?)");
                    PreparedStatement schedule = c.prepareStatement("INSERT INTO task_schedule (task_id, day_of_week,"
                            + " start_time, end_time) VALUES (?, ?, ?, ?)");
                    PreparedStatement language =
                            c.prepareStatement("INSERT INTO task_language (task_id, language) VALUES (?, ?)");
                    PreparedStatement skill =
                            c.prepareStatement("INSERT INTO task_skill (task_id, skill) VALUES (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = FIRST_ID + i;
                    Showcase fixed = i < SHOWCASE.size() ? SHOWCASE.get(i) : null;
                    long carrier = fixed != null ? CARITAS : random.nextInt(10) < 4 ? 2 : random.nextBoolean() ? 1 : 3;
                    long type = fixed != null ? fixed.typeId() : TYPES[weighted(random, TYPE_WEIGHTS)];
                    List<String> languages = fixed != null ? fixed.languages() : languages(type);
                    List<String> families = fixed != null ? fixed.familyLanguages() : List.of();
                    boolean hasFamily =
                            fixed != null ? !families.isEmpty() : type == 1 || type == 5 && random.nextInt(5) == 0;
                    if (hasFamily && families.isEmpty()) {
                        families = new ArrayList<>(languages.isEmpty() ? List.of("de") : languages.subList(0, 1));
                        if (!families.contains("de") && random.nextBoolean()) {
                            families.add("de");
                        }
                    }
                    boolean atHome = fixed != null
                            ? fixed.atHome()
                            : type == 1
                                    ? random.nextInt(10) < 9
                                    : type == 5 ? random.nextInt(10) < 3 : random.nextInt(10) == 0;
                    List<Long> own = sites.getOrDefault(carrier, List.of());
                    int needed = fixed != null ? fixed.needed() : type == 1 ? 1 : 1 + random.nextInt(3);
                    int placed = fixed == null && needed > 1 && random.nextInt(7) == 0 ? 1 : 0;
                    BigDecimal hours = fixed != null
                            ? fixed.hours()
                            : BigDecimal.valueOf(2 + random.nextInt(7)).divide(BigDecimal.valueOf(2));
                    Instant created = now.minus(1 + random.nextInt(120), ChronoUnit.DAYS);
                    String code = TYPE_CODES.get(type);
                    Long familyRow = null;
                    if (hasFamily) {
                        familyRow = familyId++;
                        family.setLong(1, familyRow);
                        family.setLong(2, carrier);
                        family.setString(3, "B-" + (familyRow - FIRST_ID));
                        family.setString(4, "Unterstützung im Alltag (Bench " + i + ")");
                        family.setTimestamp(5, Timestamp.from(created.minus(10, ChronoUnit.DAYS)));
                        family.addBatch();
                        for (String l : families) {
                            familyLanguage.setLong(1, familyRow);
                            familyLanguage.setString(2, l);
                            familyLanguage.addBatch();
                        }
                    }
                    task.setLong(1, id);
                    task.setLong(2, carrier);
                    task.setLong(3, type);
                    task.setString(
                            4, (fixed != null ? "Bench-Beispiel: " + fixed.label() : "Aufgabe " + code) + " Nr. " + i);
                    if (random.nextBoolean()) {
                        english.setLong(1, id);
                        english.setString(2, "Task " + code + " no. " + i);
                        english.addBatch();
                    }
                    task.setString(
                            5,
                            "Wir suchen Unterstützung (" + code + ") im Quartier. Einarbeitung und Begleitung"
                                    + " durch unsere Fachkräfte, Erstattung von Fahrtkosten. Nr. " + i);
                    if (atHome || own.isEmpty()) {
                        task.setObject(6, null);
                        task.setBoolean(7, true);
                    } else {
                        task.setLong(6, own.get(random.nextInt(own.size())));
                        task.setBoolean(7, false);
                    }
                    task.setObject(8, familyRow);
                    task.setDate(
                            9,
                            Date.valueOf(
                                    fixed != null ? today.plusDays(14) : today.plusDays(random.nextInt(120) - 30)));
                    task.setInt(10, 3 + random.nextInt(10));
                    task.setBigDecimal(11, hours);
                    task.setInt(12, needed);
                    task.setInt(13, placed);
                    task.setString(14, placed > 0 ? "PARTLY_FILLED" : "OPEN");
                    task.setLong(15, staff.get(carrier).get(0));
                    task.setTimestamp(16, Timestamp.from(created));
                    task.setTimestamp(17, Timestamp.from(created.plus(random.nextInt(5), ChronoUnit.DAYS)));
                    task.addBatch();
                    for (String[] time : fixed != null ? List.of(fixed.times()) : times()) {
                        schedule.setLong(1, id);
                        schedule.setString(2, time[0]);
                        schedule.setTime(3, Time.valueOf(LocalTime.parse(time[1])));
                        schedule.setTime(4, Time.valueOf(LocalTime.parse(time[2])));
                        schedule.addBatch();
                    }
                    for (String l : languages) {
                        language.setLong(1, id);
                        language.setString(2, l);
                        language.addBatch();
                    }
                    String[] pool = TYPE_SKILLS[indexOf(type)];
                    for (String s : fixed != null
                            ? fixed.skills()
                            : VolunteerGenerator.distinct(random, pool, random.nextInt(3))) {
                        skill.setLong(1, id);
                        skill.setString(2, s);
                        skill.addBatch();
                    }
                    if (fixed != null) {
                        showcase.add(id);
                    }
                    tasks.add(new Gen(id, carrier, needed, placed, hours));
                    if (i % 1000 == 999) {
                        VolunteerGenerator.flush(family, familyLanguage, task, english, schedule, language, skill);
                    }
                }
                VolunteerGenerator.flush(family, familyLanguage, task, english, schedule, language, skill);
            }
            return showcase;
        }

        private static int indexOf(long type) {
            for (int i = 0; i < TYPES.length; i++) {
                if (TYPES[i] == type) {
                    return i;
                }
            }
            throw new IllegalArgumentException(String.valueOf(type));
        }

        List<String> languages(long type) {
            int p = random.nextInt(100);
            return switch ((int) type) {
                case 1 -> p < 75 ? List.of(FAMILY_LANGUAGES[random.nextInt(FAMILY_LANGUAGES.length)]) : List.of();
                case 2 ->
                    p < 50
                            ? List.of("de")
                            : p < 65
                                    ? List.of("de", MENTOR_LANGUAGES[random.nextInt(MENTOR_LANGUAGES.length)])
                                    : List.of();
                case 3 -> p < 60 ? List.of("de") : List.of();
                case 5 ->
                    p < 85
                            ? VolunteerGenerator.distinct(random, ACCOMPANIMENT_LANGUAGES, 1 + random.nextInt(2))
                            : List.of();
                default -> p < 80 ? List.of(MENTOR_LANGUAGES[random.nextInt(MENTOR_LANGUAGES.length)]) : List.of();
            };
        }

        /** One or two weekly times on distinct days, mostly weekday afternoons, one in ten spanning two bands. */
        List<String[]> times() {
            List<String[]> times = new ArrayList<>();
            Set<DayOfWeek> days = new HashSet<>();
            int count = random.nextInt(10) < 7 ? 1 : 2;
            while (times.size() < count) {
                DayOfWeek day = random.nextInt(20) == 0 ? DayOfWeek.SATURDAY : DayOfWeek.of(1 + random.nextInt(5));
                if (!days.add(day)) {
                    continue;
                }
                int band = weighted(random, BAND_WEIGHTS);
                LocalTime start;
                LocalTime end;
                if (band < BANDS.length - 1 && random.nextInt(10) == 0) {
                    start = LocalTime.of(BAND_END[band] - 1, 0);
                    end = LocalTime.of(BAND_END[band] + 1, 0);
                } else {
                    int span = BAND_END[band] - BAND_START[band];
                    int halfHours = 2 + random.nextInt(Math.min(5, span * 2 - 1));
                    int startHalf = random.nextInt(span * 2 - halfHours + 1);
                    start = LocalTime.of(BAND_START[band], 0).plusMinutes(30L * startHalf);
                    end = start.plusMinutes(30L * halfHours);
                }
                times.add(new String[] {day.name(), start.toString(), end.toString()});
            }
            return times;
        }

        /** Active placements of partly filled tasks; ended, proposed and declined ones; neighbours' interest. */
        void placements(List<Vol> all) throws SQLException {
            Map<Long, List<Vol>> active = new LinkedHashMap<>();
            for (long carrier = 1; carrier <= 3; carrier++) {
                long k = carrier;
                active.put(
                        carrier,
                        all.stream()
                                .filter(v -> "ACTIVE".equals(v.status) && v.visibleTo(k))
                                .toList());
            }
            Map<Long, Integer> openProposals = new HashMap<>();
            long placementId = FIRST_ID;
            long interestId = FIRST_ID;
            try (PreparedStatement placement = c.prepareStatement("INSERT INTO placement (id, task_id, volunteer_id,"
                            + " carrier_id, status, score, reasons, proposed_by, proposed_at, answered_at, intro_meeting_at,"
                            + " intro_staff_id, started_on, ended_on, end_reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement interest = c.prepareStatement("INSERT INTO task_interest (id, task_id,"
                            + " volunteer_id, created_at) VALUES (?, ?, ?, ?)")) {
                for (Gen task : tasks) {
                    List<Vol> pool = active.get(task.carrier());
                    if (pool.isEmpty()) {
                        continue;
                    }
                    Set<Long> used = new HashSet<>();
                    List<String> statuses = new ArrayList<>();
                    if (task.placed() > 0) {
                        statuses.add("ACTIVE");
                    }
                    if (random.nextInt(10) == 0) {
                        statuses.add("ENDED");
                    }
                    if (task.needed() - task.placed() >= 2 && random.nextInt(10) == 0) {
                        statuses.add("PROPOSED");
                    }
                    if (random.nextInt(20) == 0) {
                        statuses.add("DECLINED");
                    }
                    for (String status : statuses) {
                        Vol v = pool.get(random.nextInt(pool.size()));
                        if (!used.add(v.id) || "PROPOSED".equals(status) && openProposals.getOrDefault(v.id, 0) >= 2) {
                            continue;
                        }
                        if ("PROPOSED".equals(status)) {
                            openProposals.merge(v.id, 1, Integer::sum);
                        }
                        Instant proposed = now.minus(3 + random.nextInt(300), ChronoUnit.DAYS);
                        if ("PROPOSED".equals(status)) {
                            proposed = now.minus(random.nextInt(10), ChronoUnit.DAYS);
                        }
                        boolean started = "ACTIVE".equals(status) || "ENDED".equals(status);
                        LocalDate startedOn = proposed.plus(14, ChronoUnit.DAYS)
                                .atZone(NETWORK_ZONE)
                                .toLocalDate();
                        long staffId = anyStaff(task.carrier());
                        placement.setLong(1, placementId++);
                        placement.setLong(2, task.id());
                        placement.setLong(3, v.id);
                        placement.setLong(4, task.carrier());
                        placement.setString(5, status);
                        placement.setInt(6, 400 + random.nextInt(500));
                        placement.setString(7, "CHOSE_CARRIER");
                        placement.setLong(8, staffId);
                        placement.setTimestamp(9, Timestamp.from(proposed));
                        placement.setTimestamp(
                                10,
                                "PROPOSED".equals(status) ? null : Timestamp.from(proposed.plus(2, ChronoUnit.DAYS)));
                        placement.setTimestamp(11, started ? Timestamp.from(proposed.plus(7, ChronoUnit.DAYS)) : null);
                        placement.setObject(12, started ? staffId : null);
                        placement.setDate(13, started ? Date.valueOf(startedOn) : null);
                        placement.setDate(14, "ENDED".equals(status) ? Date.valueOf(startedOn.plusMonths(3)) : null);
                        placement.setString(15, "ENDED".equals(status) ? "Umzug" : null);
                        placement.setTimestamp(16, Timestamp.from(proposed.plus(7, ChronoUnit.DAYS)));
                        placement.addBatch();
                    }
                    if (random.nextInt(5) == 0) {
                        for (int n = 1 + random.nextInt(2); n > 0; n--) {
                            Vol v = pool.get(random.nextInt(pool.size()));
                            if (!used.add(v.id)) {
                                continue;
                            }
                            interest.setLong(1, interestId++);
                            interest.setLong(2, task.id());
                            interest.setLong(3, v.id);
                            interest.setTimestamp(4, Timestamp.from(now.minus(random.nextInt(30), ChronoUnit.DAYS)));
                            interest.addBatch();
                        }
                    }
                }
                VolunteerGenerator.flush(placement, interest);
            }
        }

        /** Language levels other than "good" and a second band on every third volunteer's days, in SQL. */
        void setBasedUpdates() throws SQLException {
            try (PreparedStatement levels = c.prepareStatement("UPDATE volunteer_language SET level ="
                            + " (ARRAY['BASIC', 'BASIC', 'GOOD', 'GOOD', 'GOOD', 'FLUENT', 'FLUENT', 'NATIVE', 'NATIVE', 'NATIVE'])"
                            + "[1 + (volunteer_id * 31 + ascii(substr(language, 1, 1)) * 7 + ascii(substr(language, 2, 1))) % 10]"
                            + " WHERE volunteer_id >= ?");
                    PreparedStatement bands = c.prepareStatement(
                            "INSERT INTO volunteer_availability (volunteer_id,"
                                    + " day_of_week, band) SELECT volunteer_id, day_of_week, CASE band WHEN 'MORNING' THEN 'MIDDAY'"
                                    + " WHEN 'MIDDAY' THEN 'AFTERNOON' ELSE 'EVENING' END FROM volunteer_availability"
                                    + " WHERE volunteer_id >= ? AND volunteer_id % 3 = 0 AND band <> 'EVENING' ON CONFLICT DO NOTHING")) {
                levels.setLong(1, VolunteerGenerator.FIRST_ID);
                levels.executeUpdate();
                bands.setLong(1, VolunteerGenerator.FIRST_ID);
                bands.executeUpdate();
            }
        }
    }

    static int weighted(Random random, int[] weights) {
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

    /**
     * Volunteers by status; how many look eligible for a task needing §72a clearance, child
     * protection and both declarations (active, adult, a valid inspection, a valid qualification,
     * both signatures); open long-term tasks and their free places; what else was written.
     */
    static String census(Connection c) throws SQLException {
        StringBuilder census = new StringBuilder("volunteers by status: ");
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT status, COUNT(*) FROM volunteer" + " GROUP BY status ORDER BY status")) {
            while (r.next()) {
                census.append(r.getString(1))
                        .append(' ')
                        .append(String.format("%,d", r.getLong(2)))
                        .append(", ");
            }
        }
        census.setLength(census.length() - 2);
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM volunteer v WHERE v.status = 'ACTIVE' AND v.birth_date <= CURRENT_DATE - INTERVAL '18 years'"
                        + "   AND EXISTS (SELECT 1 FROM clearance_check k WHERE k.volunteer_id = v.id AND k.renewal_due_on > CURRENT_DATE)"
                        + "   AND NOT EXISTS (SELECT 1 FROM clearance_check k WHERE k.volunteer_id = v.id AND k.relevant_conviction)"
                        + "   AND EXISTS (SELECT 1 FROM qualification q JOIN course co ON co.id = q.course_id WHERE q.volunteer_id = v.id"
                        + "     AND co.code = 'child-protection' AND q.obtained_on <= CURRENT_DATE"
                        + "     AND (q.valid_until IS NULL OR q.valid_until >= CURRENT_DATE))"
                        + "   AND (SELECT COUNT(DISTINCT declaration_id) FROM declaration_signature d WHERE d.volunteer_id = v.id) >= 2),"
                        + " (SELECT COUNT(*) FROM volunteer WHERE status = 'ACTIVE' AND birth_date IS NOT NULL),"
                        + " (SELECT COUNT(*) FROM task t JOIN task_type y ON y.id = t.task_type_id"
                        + "   WHERE t.status IN ('OPEN', 'PARTLY_FILLED') AND y.scheduling = 'LONG_TERM'),"
                        + " (SELECT SUM(GREATEST(0, t.volunteers_needed - t.volunteers_placed - (SELECT COUNT(*) FROM placement p"
                        + "   WHERE p.task_id = t.id AND p.status = 'PROPOSED'))) FROM task t JOIN task_type y ON y.id = t.task_type_id"
                        + "   WHERE t.status IN ('OPEN', 'PARTLY_FILLED') AND y.scheduling = 'LONG_TERM'),"
                        + " (SELECT COUNT(*) FROM clearance_check), (SELECT COUNT(*) FROM clearance_consent),"
                        + " (SELECT COUNT(*) FROM qualification), (SELECT COUNT(*) FROM declaration_signature),"
                        + " (SELECT COUNT(*) FROM volunteer_interest), (SELECT COUNT(*) FROM placement),"
                        + " (SELECT COUNT(*) FROM task_interest)")) {
            r.next();
            census.append(String.format(
                    "%n  eligible-looking (active, adult, valid §72a inspection, valid child protection,"
                            + " both declarations): %,d; active with a date of birth: %,d%n  open long-term tasks: %,d with %,d"
                            + " places free; %,d inspections, %,d consents, %,d qualifications, %,d signatures, %,d interests,"
                            + " %,d placements, %,d interests in tasks",
                    r.getLong(1),
                    r.getLong(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getLong(5),
                    r.getLong(6),
                    r.getLong(7),
                    r.getLong(8),
                    r.getLong(9),
                    r.getLong(10),
                    r.getLong(11)));
        }
        return census.toString();
    }
}
