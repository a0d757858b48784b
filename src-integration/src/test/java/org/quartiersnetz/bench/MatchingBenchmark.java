package org.quartiersnetz.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching engine's API over many volunteers (issue 6):
 * <ul>
 * <li><b>candidates</b>: {@code GET /api/v1/tasks/{id}/candidates?limit=20&nearMisses=10} as Caritas
 * staff, rotating over five open Caritas tasks of different kinds ({@link MatchingGenerator#SHOWCASE}:
 * godparent with Turkish on Tuesday afternoon, homework help, accompaniment, reading mentor,
 * language mentor), at each of {@code bench.sizes} volunteers; target p95 &lt; 50 ms inside the
 * server and sub-linear growth, so the growth factor between the sizes is printed;</li>
 * <li><b>batch</b>: {@code GET /api/v1/batch-proposal} as the network coordinator (all carriers)
 * for each {@code bench.batch} size given as open long-term tasks x volunteers; targets &lt; 0.5 s
 * for 500 x 5,000 and &lt; 2 s for 2,000 x 20,000; every answer must say {@code "optimal":true}.</li>
 * </ul>
 * Each number of volunteers gets its own fresh database and Payara Micro ({@link BenchServer}), filled
 * by {@link MatchingGenerator} (volunteers of {@link VolunteerGenerator} made partly eligible, open
 * long-term tasks, placements); a batch size whose number of volunteers equals a candidates size
 * shares its server. Requests are sequential over loopback with a personal API token (scope
 * {@code placement:read}); every scenario of a server is warmed up before any is measured; every
 * answer must be 200. Prints p50/p95/p99 of the time the server reports ({@code Server-Timing:
 * app;dur=…}, from the resource method's start until the answer's entity is built, so without JSON
 * writing) and of the client's round trip.
 *
 * <pre>
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark      # 1k/10k/100k volunteers x 400 requests; 500x5000 and 2000x20000 x 20
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark -Dbench.sizes=1000,10000 -Dbench.requests=100 \
 *     -Dbench.batch=500x5000 -Dbench.batchRequests=5
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark -Dbench.sizes= -Dbench.batch=2000x20000   # the batch only
 * </pre>
 *
 * (With the other modules installed, {@code -pl src-integration} from the root skips their tests.) The
 * default run starts five servers (1,000, 5,000, 10,000, 20,000 and 100,000 volunteers) and takes
 * about 7½ minutes on a 2-core machine.
 *
 * Properties: {@code bench.sizes} (volunteers for the candidates scenario, comma-separated; empty:
 * none; default 1000,10000,100000), {@code bench.requests} (measured requests per candidates size,
 * default 400; a quarter more, at least 50, to warm up), {@code bench.batch} (TASKSxVOLUNTEERS,
 * comma-separated; empty: none; default 500x5000,2000x20000), {@code bench.batchRequests} (default
 * 20; a quarter more, at least 3, to warm up), {@code bench.tasks} (open long-term tasks on the
 * candidates servers, default 500), {@code bench.auth=basic} (HTTP Basic instead of a token: an
 * Argon2 check per request), {@code bench.database} (default quartiersnetz_bench; dropped and
 * created for each server, left behind afterwards for EXPLAIN ANALYZE), {@code bench.port} (18090).
 */
public final class MatchingBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final String CARITAS_STAFF = "fachkraft.caritas@quartiersnetz.example";
    private static final String COORDINATOR = "netzwerk@quartiersnetz.example";
    private static final double CANDIDATES_TARGET_P95_MS = 50;
    /** The targets for the whole batch proposal, by TASKSxVOLUNTEERS. */
    private static final Map<String, Double> BATCH_TARGET_MS = Map.of("500x5000", 500.0, "2000x20000", 2000.0);

    private MatchingBenchmark() {}

    /** One server: how many volunteers and open tasks, and which scenarios run on it. */
    private static final class Stage {
        final int volunteers;
        int tasks;
        boolean candidates;
        boolean batch;

        Stage(int volunteers, int tasks) {
            this.volunteers = volunteers;
            this.tasks = tasks;
        }
    }

    /** What one candidates size measured. */
    private record CandidateFigures(int volunteers, Percentiles server, Percentiles roundTrip, double considered) {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = ints(System.getProperty("bench.sizes", "1000,10000,100000"));
        int requests = Integer.getInteger("bench.requests", 400);
        int batchRequests = Integer.getInteger("bench.batchRequests", 20);
        int tasks = Integer.getInteger("bench.tasks", 500);
        String database = System.getProperty("bench.database", "quartiersnetz_bench");
        TreeMap<Integer, Stage> stages = new TreeMap<>();
        for (int size : sizes) {
            stages.computeIfAbsent(size, v -> new Stage(v, tasks)).candidates = true;
        }
        for (String batch : split(System.getProperty("bench.batch", "500x5000,2000x20000"))) {
            String[] parts = batch.toLowerCase(Locale.ROOT).split("x");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bench.batch: TASKSxVOLUNTEERS, not " + batch);
            }
            Stage stage = stages.computeIfAbsent(Integer.parseInt(parts[1].strip()), v -> new Stage(v, tasks));
            if (stage.batch) {
                throw new IllegalArgumentException("bench.batch: two sizes with " + stage.volunteers + " volunteers");
            }
            stage.batch = true;
            stage.tasks = Integer.parseInt(parts[0].strip());
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("nothing to measure: bench.sizes and bench.batch are empty");
        }
        List<String> summary = new ArrayList<>();
        List<CandidateFigures> growth = new ArrayList<>();
        long begin = System.nanoTime();
        for (Stage stage : stages.values()) {
            run(stage, database, requests, batchRequests, summary, growth);
        }
        System.out.printf(
                "%n=== matching benchmark: summary (%.1f min; load average now %s) ===%n",
                (System.nanoTime() - begin) / 60e9, Percentiles.loadAverage());
        summary.forEach(System.out::println);
        printGrowth(growth);
    }

    private static void run(
            Stage stage,
            String database,
            int requests,
            int batchRequests,
            List<String> summary,
            List<CandidateFigures> growth)
            throws Exception {
        System.out.printf(
                "%n=== %,d volunteers, %,d open long-term tasks (%s); load average %s ===%n",
                stage.volunteers,
                stage.tasks,
                stage.candidates && stage.batch ? "candidates + batch" : stage.candidates ? "candidates" : "batch",
                Percentiles.loadAverage());
        try (BenchServer server = BenchServer.start(database, PORT)) {
            long start = System.nanoTime();
            MatchingGenerator.Result data;
            try (Connection c = server.connect()) {
                data = MatchingGenerator.generate(c, stage.volunteers, stage.tasks);
            }
            System.out.printf("generated in %.1f s; %s%n", (System.nanoTime() - start) / 1e9, data.census());
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String staff = BenchHttp.authorization(client, server.base, CARITAS_STAFF, "placement:read");
            String coordinator = BenchHttp.authorization(client, server.base, COORDINATOR, "placement:read");
            List<String> paths = data.showcaseIds().stream()
                    .map(id -> "/api/v1/tasks/" + id + "/candidates?limit=20&nearMisses=10")
                    .toList();
            // every scenario of this server first, so that the first one measured does not pay for the warm-up
            if (stage.candidates) {
                for (int i = 0; i < Math.max(50, requests / 4); i++) {
                    BenchHttp.call(client, server.base, staff, paths.get(i % paths.size()), "\"suggestions\"");
                }
            }
            String batchPath = "/api/v1/batch-proposal";
            if (stage.batch) {
                for (int i = 0; i < Math.max(3, batchRequests / 4); i++) {
                    BenchHttp.call(client, server.base, coordinator, batchPath, "\"optimal\":true");
                }
            }
            System.out.printf("warmed up; load average %s%n", Percentiles.loadAverage());
            if (stage.candidates) {
                growth.add(candidates(client, server.base, staff, paths, stage, requests, summary));
            }
            if (stage.batch) {
                batch(client, server.base, coordinator, batchPath, stage, batchRequests, summary);
            }
        }
    }

    private static CandidateFigures candidates(
            HttpClient client,
            String base,
            String auth,
            List<String> paths,
            Stage stage,
            int requests,
            List<String> summary)
            throws Exception {
        long[] server = new long[requests];
        long[] roundTrip = new long[requests];
        Map<Integer, List<long[]>> perTask = new LinkedHashMap<>();
        Map<Integer, String> counts = new LinkedHashMap<>();
        long considered = 0;
        for (int i = 0; i < requests; i++) {
            int task = i % paths.size();
            BenchHttp.Answer answer = BenchHttp.call(client, base, auth, paths.get(task), "\"suggestions\"");
            server[i] = answer.serverNanos();
            roundTrip[i] = answer.roundTripNanos();
            perTask.computeIfAbsent(task, k -> new ArrayList<>())
                    .add(new long[] {answer.serverNanos(), answer.roundTripNanos()});
            long judged = number(answer.body(), "considered");
            considered += judged;
            counts.putIfAbsent(
                    task,
                    String.format(
                            "considered %,d, eligible %,d, shown %d + %d near misses",
                            judged,
                            number(answer.body(), "eligible"),
                            occurrences(answer.body(), "\"verdict\":\"ELIGIBLE\"")
                                    + occurrences(answer.body(), "\"verdict\":\"ON_CONDITION\""),
                            occurrences(answer.body(), "\"verdict\":\"EXCLUDED\"")));
        }
        CandidateFigures figures = new CandidateFigures(
                stage.volunteers, Percentiles.of(server), Percentiles.of(roundTrip), (double) considered / requests);
        String line = String.format(
                "candidates, %,d volunteers, Caritas staff, %d tasks in turn: server %s | round trip"
                        + " %s | target server p95 < %.0f ms: %s",
                stage.volunteers,
                paths.size(),
                figures.server().brief(),
                figures.roundTrip().brief(),
                CANDIDATES_TARGET_P95_MS,
                figures.server().p95() < CANDIDATES_TARGET_P95_MS ? "met" : "MISSED");
        System.out.println(line);
        summary.add(line);
        for (Map.Entry<Integer, List<long[]>> task : perTask.entrySet()) {
            long[] s = task.getValue().stream().mapToLong(t -> t[0]).toArray();
            long[] r = task.getValue().stream().mapToLong(t -> t[1]).toArray();
            String detail = String.format(
                    "    %-58s server %s | round trip %s [%s]",
                    MatchingGenerator.SHOWCASE.get(task.getKey()).label() + ":",
                    Percentiles.of(s).brief(),
                    Percentiles.of(r).brief(),
                    counts.get(task.getKey()));
            System.out.println(detail);
            summary.add(detail);
        }
        return figures;
    }

    private static final Pattern[] BATCH_FIELDS = Arrays.stream(
                    new String[] {"tasks", "places", "volunteers", "pairsJudged", "edges", "totalScore"})
            .map(f -> Pattern.compile("\"" + f + "\":(\\d+)"))
            .toArray(Pattern[]::new);

    private static void batch(
            HttpClient client, String base, String auth, String path, Stage stage, int requests, List<String> summary)
            throws Exception {
        long[] server = new long[requests];
        long[] roundTrip = new long[requests];
        String facts = null;
        for (int i = 0; i < requests; i++) {
            BenchHttp.Answer answer = BenchHttp.call(client, base, auth, path, "\"optimal\":true");
            server[i] = answer.serverNanos();
            roundTrip[i] = answer.roundTripNanos();
            StringBuilder line = new StringBuilder();
            for (Pattern field : BATCH_FIELDS) {
                Matcher m = field.matcher(answer.body());
                if (!m.find()) {
                    throw new IllegalStateException(
                            "no " + field + " in the batch proposal: " + BenchHttp.head(answer.body()));
                }
                line.append(field.pattern(), 1, field.pattern().indexOf("\":"))
                        .append(' ')
                        .append(String.format("%,d", Long.parseLong(m.group(1))))
                        .append(", ");
            }
            line.append("assignments ")
                    .append(String.format("%,d", occurrences(answer.body(), "\"volunteerId\":")))
                    .append(", optimal true");
            if (facts != null && !facts.equals(line.toString())) {
                // the same data gives the same optimum each time; a different one is worth knowing
                System.out.println("  note: answer " + (i + 1) + " differs: " + line);
            }
            facts = line.toString();
        }
        String size = stage.tasks + "x" + stage.volunteers;
        Double target = BATCH_TARGET_MS.get(size);
        Percentiles serverFigures = Percentiles.of(server);
        Percentiles roundTripFigures = Percentiles.of(roundTrip);
        String verdict = target == null
                ? "no target for this size"
                : String.format(
                        "target < %.1f s: server p95 %s," + " round trip p95 %s",
                        target / 1000,
                        serverFigures.p95() < target ? "met" : "MISSED",
                        roundTripFigures.p95() < target ? "met" : "MISSED");
        String line = String.format(
                "batch proposal, %,d open long-term tasks x %,d volunteers, network coordinator:"
                        + " server %s | round trip %s | %s%n    [%s]",
                stage.tasks, stage.volunteers, serverFigures.brief(), roundTripFigures.brief(), verdict, facts);
        System.out.println(line);
        summary.add(line);
    }

    private static void printGrowth(List<CandidateFigures> growth) {
        for (int i = 1; i < growth.size(); i++) {
            System.out.println(growthLine(growth.get(i - 1), growth.get(i)));
        }
        if (growth.size() > 2) {
            System.out.println(growthLine(growth.get(0), growth.get(growth.size() - 1)));
        }
    }

    private static String growthLine(CandidateFigures from, CandidateFigures to) {
        double size = (double) to.volunteers() / from.volunteers();
        double p50 = to.server().p50() / from.server().p50();
        double p95 = to.server().p95() / from.server().p95();
        return String.format(
                "candidates growth %,d -> %,d volunteers (x%.0f): server p50 x%.2f, p95 x%.2f; round trip"
                        + " p50 x%.2f, p95 x%.2f; volunteers considered per task x%.1f (%.0f -> %.0f) -> %s",
                from.volunteers(),
                to.volunteers(),
                size,
                p50,
                p95,
                to.roundTrip().p50() / from.roundTrip().p50(),
                to.roundTrip().p95() / from.roundTrip().p95(),
                to.considered() / Math.max(1, from.considered()),
                from.considered(),
                to.considered(),
                Math.max(p50, p95) < size ? "sub-linear" : "NOT sub-linear");
    }

    /** One answer: its body and how long it took, in the server and on the client. */
    private static long number(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + BenchHttp.head(body));
        }
        return Long.parseLong(m.group(1));
    }

    private static int occurrences(String body, String text) {
        int count = 0;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<Integer> ints(String list) {
        return split(list).stream().map(Integer::valueOf).toList();
    }
}
