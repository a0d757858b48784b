package org.quartiersnetz.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinators' dashboard (issue 7) over 100,000 volunteers and 20,000 placements: one Payara
 * Micro ({@link BenchServer}) on a fresh PostgreSQL database filled by {@link MatchingGenerator}
 * (volunteers with languages, times, inspections, qualifications, open tasks, placements), topped up
 * in SQL to {@code bench.placements} placements (mostly active, some ended, accepted or waiting for
 * their intro meeting, started over the last 13 months) and a year of group supervision sessions (1,200, about a hundred present at each: four in five placed volunteers come every five weeks)
 * that most placed volunteers attended now and then. Then, sequentially over loopback with a
 * personal API token (scope dashboard:read), after a warm-up, {@code GET /api/v1/dashboard} as:
 * the network coordinator for all carriers, the network coordinator for Caritas, and the Caritas
 * coordinator. Prints p50/p95/p99 of the time the server reports (Server-Timing: from the resource
 * method's start until the answer's entity is built, all six lists and the twelve months of coverage)
 * and of the client's round trip, and how long each list was.
 *
 * <pre>
 * ./mvnw verify -Pbenchmark -Dbench=DashboardBenchmark          # 100,000 volunteers, 20,000 placements, 200 requests each
 * ./mvnw verify -Pbenchmark -Dbench=DashboardBenchmark -Dbench.volunteers=10000 -Dbench.placements=2000 -Dbench.requests=50
 * </pre>
 *
 * Properties: {@code bench.volunteers} (100000), {@code bench.placements} (20000), {@code bench.requests}
 * (200; a quarter more, at least 20, to warm up), {@code bench.database} (quartiersnetz_bench, dropped and
 * created, left behind for EXPLAIN ANALYZE), {@code bench.port} (18090), {@code bench.auth=basic}.
 */
public final class DashboardBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final String NETWORK = "netzwerk@quartiersnetz.example";
    private static final String CARITAS_COORDINATOR = "koordination.caritas@quartiersnetz.example";
    private static final long FIRST_ID = 30_000_000L;
    private static final int PAST_SESSIONS = 1200;
    private static final String[] LISTS = {
        "overdueSupervision", "expiringQualifications", "clearance", "waitingForIntro", "freePlaces"
    };

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int volunteers = Integer.getInteger("bench.volunteers", 100_000);
        int placements = Integer.getInteger("bench.placements", 20_000);
        int requests = Integer.getInteger("bench.requests", 200);
        String database = System.getProperty("bench.database", "quartiersnetz_bench");
        try (BenchServer server = BenchServer.start(database, PORT)) {
            String census;
            try (Connection c = server.connect()) {
                long t0 = System.nanoTime();
                MatchingGenerator.generate(c, volunteers, 500);
                topUp(c, placements);
                census = census(c);
                System.out.printf(Locale.ROOT, "generated in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, census);
            }
            HttpClient client = HttpClient.newHttpClient();
            String network = BenchHttp.authorization(client, server.base, NETWORK, "dashboard:read");
            String caritas = BenchHttp.authorization(client, server.base, CARITAS_COORDINATOR, "dashboard:read");
            List<String[]> scenarios = List.of(
                    new String[] {"network coordinator, all carriers", network, "/api/v1/dashboard"},
                    new String[] {"network coordinator, Caritas", network, "/api/v1/dashboard?carrier=caritas"},
                    new String[] {"Caritas coordinator", caritas, "/api/v1/dashboard"});
            int warmUp = Math.max(20, requests / 4);
            for (String[] s : scenarios) {
                for (int i = 0; i < warmUp; i++) {
                    BenchHttp.call(client, server.base, s[1], s[2], "\"coverage\"");
                }
            }
            List<String> summary = new ArrayList<>();
            summary.add(String.format(
                    Locale.ROOT,
                    "Dashboard, %,d volunteers, %s, %d requests each (load %s)",
                    volunteers,
                    census,
                    requests,
                    Percentiles.loadAverage()));
            for (String[] s : scenarios) {
                long[] inside = new long[requests];
                long[] roundTrip = new long[requests];
                String last = "";
                for (int i = 0; i < requests; i++) {
                    BenchHttp.Answer answer = BenchHttp.call(client, server.base, s[1], s[2], "\"coverage\"");
                    inside[i] = answer.serverNanos();
                    roundTrip[i] = answer.roundTripNanos();
                    last = answer.body();
                }
                summary.add(String.format(
                        Locale.ROOT,
                        "  %-36s server %s | round trip %s | %s",
                        s[0] + ":",
                        Percentiles.of(inside).brief(),
                        Percentiles.of(roundTrip).brief(),
                        sizes(last)));
            }
            System.out.println();
            summary.forEach(System.out::println);
        }
    }

    /** Placements up to the number wanted, a year of group sessions and the attendance of most placed volunteers. */
    static void topUp(Connection c, int placements) throws SQLException {
        try (Statement s = c.createStatement()) {
            long existing = count(s, "SELECT COUNT(*) FROM placement");
            s.executeUpdate("INSERT INTO placement (id, task_id, volunteer_id, carrier_id, status, score, reasons,"
                    + " proposed_by, proposed_at, answered_at, intro_meeting_at, intro_staff_id, started_on, ended_on,"
                    + " end_reason, changed_at)"
                    + " WITH vs AS (SELECT v.id, row_number() OVER (ORDER BY v.id) AS rn FROM volunteer v"
                    + "   WHERE v.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.volunteer_id = v.id)),"
                    + " ts AS (SELECT t.id, t.carrier_id, row_number() OVER (ORDER BY t.id) AS rn, COUNT(*) OVER () AS n"
                    + "   FROM task t JOIN task_type y ON y.id = t.task_type_id WHERE y.scheduling = 'LONG_TERM'),"
                    + " staff AS (SELECT carrier_id, MIN(id) AS id FROM user_account"
                    + "   WHERE role IN ('CARRIER_STAFF', 'CARRIER_COORDINATOR') GROUP BY carrier_id),"
                    + " x AS (SELECT vs.rn, vs.id AS volunteer_id, ts.id AS task_id, ts.carrier_id, staff.id AS staff_id,"
                    + "   (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ENDED', 'ACCEPTED',"
                    + "   'INTRO_MEETING'])[1 + vs.rn % 10] AS status, CURRENT_DATE - CAST(10 + vs.rn % 400 AS INTEGER) AS started"
                    + "   FROM vs JOIN ts ON ts.rn = 1 + vs.rn % ts.n JOIN staff ON staff.carrier_id = ts.carrier_id"
                    + "   WHERE vs.rn <= " + Math.max(0, placements - existing) + ")"
                    + " SELECT " + FIRST_ID
                    + " + x.rn, x.task_id, x.volunteer_id, x.carrier_id, x.status, 500, 'CHOSE_CARRIER',"
                    + " x.staff_id, x.started - 20, x.started - 18,"
                    + " CASE WHEN x.status IN ('ACTIVE', 'ENDED', 'INTRO_MEETING') THEN x.started - 10 END,"
                    + " CASE WHEN x.status IN ('ACTIVE', 'ENDED', 'INTRO_MEETING') THEN x.staff_id END,"
                    + " CASE WHEN x.status IN ('ACTIVE', 'ENDED') THEN x.started END,"
                    + " CASE WHEN x.status = 'ENDED' THEN x.started + 90 END,"
                    + " CASE WHEN x.status = 'ENDED' THEN 'Umzug' END, CURRENT_TIMESTAMP FROM x");
            s.executeUpdate("INSERT INTO supervision_session (id, carrier_id, kind, supervisor_id, starts_at,"
                    + " duration_minutes, place, capacity, created_by, created_at)"
                    + " SELECT " + FIRST_ID
                    + " + g, 1 + g % 3, 'GROUP', a.id, CURRENT_TIMESTAMP - g * INTERVAL '7 hours',"
                    + " 90, 'Nachbarschaftstreff', 100, a.id, CURRENT_TIMESTAMP"
                    + " FROM generate_series(1, " + PAST_SESSIONS
                    + ") g CROSS JOIN (SELECT MIN(id) AS id FROM user_account"
                    + " WHERE role = 'CARRIER_COORDINATOR') a"
                    + " UNION ALL SELECT " + FIRST_ID + " + 100000 + g, 1 + g % 3, 'GROUP', a.id,"
                    + " CURRENT_TIMESTAMP + g * INTERVAL '4 days', 90, 'Nachbarschaftstreff', 12, a.id, CURRENT_TIMESTAMP"
                    + " FROM generate_series(1, 12) g CROSS JOIN (SELECT MIN(id) AS id FROM user_account"
                    + " WHERE role = 'CARRIER_COORDINATOR') a");
            // four in five placed volunteers come every five weeks (ten sessions of the year), present
            s.executeUpdate("INSERT INTO supervision_attendance (id, session_id, volunteer_id, status, changed_at)"
                    + " SELECT " + FIRST_ID + " + row_number() OVER (), x.session_id, x.volunteer_id, 'PRESENT',"
                    + " CURRENT_TIMESTAMP FROM (SELECT DISTINCT p.volunteer_id, " + FIRST_ID
                    + " + 1 + (p.volunteer_id + k * 120) % "
                    + PAST_SESSIONS + " AS session_id FROM placement p CROSS JOIN generate_series(0, 9) k"
                    + " WHERE p.status IN ('ACTIVE', 'ENDED') AND p.volunteer_id % 5 <> 0) x");
            s.execute("VACUUM ANALYZE");
        }
    }

    private static String census(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return String.format(
                    Locale.ROOT,
                    "%,d placements (%,d active), %,d qualifications, %,d inspections,"
                            + " %,d supervision attendances",
                    count(s, "SELECT COUNT(*) FROM placement"),
                    count(s, "SELECT COUNT(*) FROM placement WHERE status = 'ACTIVE'"),
                    count(s, "SELECT COUNT(*) FROM qualification"),
                    count(s, "SELECT COUNT(*) FROM clearance_check"),
                    count(s, "SELECT COUNT(*) FROM supervision_attendance"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** How many rows each list had, counted by the ids in the JSON. */
    private static String sizes(String body) {
        StringBuilder out = new StringBuilder();
        for (String list : LISTS) {
            int start = body.indexOf("\"" + list + "\":[");
            int end = start < 0 ? -1 : body.indexOf(']', start);
            String part = start < 0 || end < 0 ? "" : body.substring(start, end);
            Matcher rows = Pattern.compile("\\{\"").matcher(part);
            int n = 0;
            while (rows.find()) {
                n++;
            }
            out.append(list).append(' ').append(n).append(", ");
        }
        return out.substring(0, out.length() - 2);
    }
}
