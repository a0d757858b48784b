package org.quartiersnetz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public opportunity board over many open tasks: the board API (a page of 20 with the
 * filters neighbours use, a deep page, one slot-based task with its slots) and the
 * server-rendered board page, without signing in. Sequential requests from one client over
 * loopback, after a warm-up of every scenario; prints p50/p95/p99 and the totals answered. Run with
 * {@code ./mvnw verify -Pbenchmark -Dbench=BoardBenchmark} (README, "Benchmarks").
 */
public final class BoardBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final Pattern JSON_TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern PAGE_TOTAL = Pattern.compile("id=\"count\"[^>]*>[^<0-9]*(\\d+)");
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"};
    private static final String[] BANDS = {"MORNING", "MIDDAY", "AFTERNOON", "EVENING"};

    private BoardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int open = Integer.getInteger("bench.tasks", 5_000);
        int requests = Integer.getInteger("bench.requests", 400);
        try (BenchServer server = BenchServer.start("quartiersnetz_bench", PORT)) {
            long start = System.nanoTime();
            List<Long> slotTasks;
            try (Connection c = server.connect()) {
                int total = TaskGenerator.generate(c, open);
                System.out.printf(
                        "generated %,d tasks (%,d on the board) in %.1f s; %s%n",
                        total, open, (System.nanoTime() - start) / 1e9, census(c));
                slotTasks = openSlotBasedTasks(c);
            }
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            // all of them first, so that the first scenario measured does not pay for the server's warm-up
            for (Scenario scenario : Scenario.values()) {
                Random random = new Random(3);
                for (int i = 0; i < Math.max(50, requests / 4); i++) {
                    call(client, server.base, scenario, scenario.path.apply(random, slotTasks));
                }
            }
            for (Scenario scenario : Scenario.values()) {
                Result result = run(client, server.base, scenario, slotTasks, requests);
                System.out.printf("board, %s: %s  [total %s]%n", scenario.label, result.figures, result.range());
            }
        }
    }

    private static Result run(HttpClient client, String base, Scenario scenario, List<Long> slotTasks, int requests)
            throws Exception {
        Random random = new Random(7);
        long[] nanos = new long[requests];
        LongSummaryStatistics totals = new LongSummaryStatistics();
        for (int i = 0; i < requests; i++) {
            String path = scenario.path.apply(random, slotTasks);
            long t0 = System.nanoTime();
            String body = call(client, base, scenario, path);
            nanos[i] = System.nanoTime() - t0;
            if (scenario.total != null) {
                Matcher total = scenario.total.matcher(body);
                if (!total.find()) {
                    throw new IllegalStateException("no total in the answer to " + path);
                }
                totals.accept(Long.parseLong(total.group(1)));
            }
        }
        return new Result(Percentiles.of(nanos), totals);
    }

    private static String call(HttpClient client, String base, Scenario scenario, String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "de")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains(scenario.marker)) {
            throw new IllegalStateException(response.statusCode() + " for " + path + ": "
                    + response.body()
                            .substring(0, Math.min(2000, response.body().length())));
        }
        return response.body();
    }

    /** How many tasks there are per status, to see the distribution that was written. */
    private static String census(Connection c) throws SQLException {
        StringBuilder census = new StringBuilder();
        try (Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery("SELECT status, COUNT(*) FROM task" + " GROUP BY status ORDER BY status")) {
            while (rows.next()) {
                census.append(rows.getString(1))
                        .append(' ')
                        .append(rows.getLong(2))
                        .append(", ");
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT (SELECT COUNT(*) FROM"
                        + " task_schedule), (SELECT COUNT(*) FROM task_language), (SELECT COUNT(*) FROM task_slot)")) {
            rows.next();
            census.append(String.format(
                    "%,d weekly times, %,d languages, %,d slots", rows.getLong(1), rows.getLong(2), rows.getLong(3)));
        }
        return census.toString();
    }

    /** Some open slot-based tasks, whose detail answers list their upcoming slots. */
    private static List<Long> openSlotBasedTasks(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT id FROM task"
                                + " WHERE status IN ('OPEN', 'PARTLY_FILLED') AND task_type_id IN (4, 7, 8) ORDER BY id LIMIT 50")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no open slot-based task was generated");
        }
        return ids;
    }

    private static String any(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private record Result(Percentiles figures, LongSummaryStatistics totals) {
        String range() {
            if (totals.getCount() == 0) {
                return "-";
            }
            return totals.getMin() == totals.getMax()
                    ? String.valueOf(totals.getMin())
                    : totals.getMin() + "-" + totals.getMax();
        }
    }

    /** What neighbours ask the board for; randomised filters draw from the generated values. */
    enum Scenario {
        FIRST_PAGE("API first page, no filter", (r, ids) -> "/api/v1/board?page=0&size=20"),
        TYPE("API type", (r, ids) -> "/api/v1/board?size=20&type=" + any(r, TaskGenerator.TYPE_CODES)),
        LANGUAGE("API language", (r, ids) -> "/api/v1/board?size=20&language=" + any(r, TaskGenerator.LANGUAGES)),
        DAY_BAND("API day + band", (r, ids) -> "/api/v1/board?size=20&day=" + any(r, DAYS) + "&band=" + any(r, BANDS)),
        HOME("API place=home", (r, ids) -> "/api/v1/board?size=20&place=home"),
        COMBINED(
                "API type + language + day",
                (r, ids) -> "/api/v1/board?size=20&type="
                        + any(r, TaskGenerator.TYPE_CODES) + "&language=" + any(r, TaskGenerator.LANGUAGES)
                        + "&day=" + any(r, DAYS)),
        DEEP_PAGE("API page 100 of 20, no filter", (r, ids) -> "/api/v1/board?page=100&size=20"),
        DETAIL(
                "API one slot-based task with its slots",
                (r, ids) -> "/api/v1/board/" + ids.get(r.nextInt(ids.size())),
                "\"slots\":[{",
                null),
        PAGE("board.xhtml, no filter", (r, ids) -> "/board.xhtml", "id=\"count\"", PAGE_TOTAL),
        PAGE_FILTERED(
                "board.xhtml type + day",
                (r, ids) -> "/board.xhtml?type=" + any(r, TaskGenerator.TYPE_CODES) + "&day=" + any(r, DAYS),
                "id=\"count\"",
                PAGE_TOTAL);

        final String label;
        final BiFunction<Random, List<Long>, String> path;
        /** What every answer must contain (besides status 200). */
        final String marker;
        /** Where the answer says how many tasks match, or null. */
        final Pattern total;

        Scenario(String label, BiFunction<Random, List<Long>, String> path) {
            this(label, path, "\"items\"", JSON_TOTAL);
        }

        Scenario(String label, BiFunction<Random, List<Long>, String> path, String marker, Pattern total) {
            this.label = label;
            this.path = path;
            this.marker = marker;
            this.total = total;
        }
    }
}
