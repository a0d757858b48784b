package org.quartiersnetz.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes many plausible volunteers straight into the database (JDBC batches), with the
 * distribution of the estate: languages, chosen carriers (1–3 of the three free carriers), a
 * quarter in the shared pool, all lifecycle statuses, weekly availability and skills.
 */
final class VolunteerGenerator {

    /** Ids far above what the application's sequences hand out during a benchmark. */
    static final long FIRST_ID = 10_000_000L;

    private static final String[] LANGUAGES = {"de", "tr", "ar", "ru", "uk", "pl", "fa", "ku", "en", "ro"};
    private static final String[] STATUSES = {"APPLIED", "INTERVIEWED", "ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "LEFT"};
    static final String[] SKILLS = {
        "CHILDCARE",
        "HOMEWORK_HELP",
        "READING_ALOUD",
        "COOKING",
        "CRAFTS",
        "SPORTS",
        "MUSIC",
        "PAPERWORK",
        "INTERPRETING"
    };
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"};
    private static final String[] BANDS = {"MORNING", "MIDDAY", "AFTERNOON", "EVENING"};
    private static final String[] NAMES = {
        "Yılmaz", "Kaya", "Demir", "Müller", "Schmidt", "Ivanova", "Haddad", "Nowak", "Weber", "Becker", "Öztürk",
        "Koch", "Wagner", "Richter", "Popescu", "Krüger", "Çelik"
    };

    private VolunteerGenerator() {}

    static void generate(Connection c, int count) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(42);
        Instant now = Instant.now();
        try (PreparedStatement account = c.prepareStatement(
                        "INSERT INTO user_account (id, email, password_hash,"
                                + " role, created_at, email_confirmed_at, preferred_language) VALUES (?, ?, 'x', 'VOLUNTEER', ?, ?, 'de')");
                PreparedStatement volunteer = c.prepareStatement("INSERT INTO volunteer (id, account_id, first_name,"
                        + " last_name, phone, phone_digits, status, status_changed_at, privacy_notice_version,"
                        + " privacy_consent_at, created_at, shared_pool, group_mail, max_hours_per_week, postcode)"
                        + " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, 1, ?, ?, ?, TRUE, ?, '51373')");
                PreparedStatement language = c.prepareStatement(
                        "INSERT INTO volunteer_language (volunteer_id, language, level) VALUES (?, ?, 'GOOD')");
                PreparedStatement carrier =
                        c.prepareStatement("INSERT INTO volunteer_carrier (volunteer_id, carrier_id) VALUES (?, ?)");
                PreparedStatement skill =
                        c.prepareStatement("INSERT INTO volunteer_skill (volunteer_id, skill) VALUES (?, ?)");
                PreparedStatement slot = c.prepareStatement(
                        "INSERT INTO volunteer_availability (volunteer_id, day_of_week, band) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = FIRST_ID + i;
                Timestamp created = Timestamp.from(now.minus(random.nextInt(1000), ChronoUnit.DAYS));
                account.setLong(1, id);
                account.setString(2, "bench" + i + "@bench.example");
                account.setTimestamp(3, created);
                account.setTimestamp(4, created);
                account.addBatch();
                volunteer.setLong(1, id);
                volunteer.setLong(2, id);
                volunteer.setString(3, "Person" + i);
                volunteer.setString(4, NAMES[random.nextInt(NAMES.length)] + i);
                volunteer.setString(5, STATUSES[random.nextInt(STATUSES.length)]);
                volunteer.setTimestamp(6, created);
                volunteer.setTimestamp(7, created);
                volunteer.setTimestamp(8, created);
                volunteer.setBoolean(9, random.nextInt(4) == 0);
                volunteer.setInt(10, 1 + random.nextInt(10));
                volunteer.addBatch();
                for (String code : distinct(random, LANGUAGES, 1 + random.nextInt(3))) {
                    language.setLong(1, id);
                    language.setString(2, code);
                    language.addBatch();
                }
                for (String code : distinct(random, new String[] {"1", "2", "3"}, 1 + random.nextInt(2))) {
                    carrier.setLong(1, id);
                    carrier.setLong(2, Long.parseLong(code));
                    carrier.addBatch();
                }
                for (String code : distinct(random, SKILLS, 1 + random.nextInt(3))) {
                    skill.setLong(1, id);
                    skill.setString(2, code);
                    skill.addBatch();
                }
                for (String day : distinct(random, DAYS, 1 + random.nextInt(3))) {
                    slot.setLong(1, id);
                    slot.setString(2, day);
                    slot.setString(3, BANDS[random.nextInt(BANDS.length)]);
                    slot.addBatch();
                }
                if (i % 2000 == 1999) {
                    flush(account, volunteer, language, carrier, skill, slot);
                    c.commit();
                }
            }
            flush(account, volunteer, language, carrier, skill, slot);
            c.commit();
        }
        try (Statement analyze = c.createStatement()) {
            c.setAutoCommit(true);
            analyze.execute("ANALYZE");
        }
    }

    static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    static List<String> distinct(Random random, String[] from, int count) {
        List<String> pool = new ArrayList<>(List.of(from));
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(count, pool.size()));
    }
}
