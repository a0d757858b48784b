package org.quartiersnetz.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching engine's API over many volunteers (issues 6 and 22):
 * <ul>
 * <li><b>candidates</b>: {@code GET /api/v1/tasks/{id}/candidates?limit=20&nearMisses=10} as Caritas
 * staff, rotating over five open Caritas tasks of different kinds ({@link MatchingGenerator#SHOWCASE}:
 * godparent with Turkish on Tuesday afternoon, homework help, accompaniment, reading mentor,
 * language mentor), at each of {@code bench.sizes} volunteers; target p95 &lt; 30 ms inside the
 * server up to 100,000 volunteers (&lt; 100 ms at a million) and sub-linear growth, so the growth
 * factor between the sizes is printed;</li>
 * <li><b>batch</b>: {@code GET /api/v1/batch-proposal} as the network coordinator (all carriers)
 * for each {@code bench.batch} size given as open long-term tasks x volunteers; targets &lt; 0.3 s
 * for 500 x 5,000 and &lt; 1 s for 2,000 x 20,000 (server p95); every answer must say
 * {@code "optimal":true}.</li>
 * </ul>
 * Each number of volunteers gets its own fresh database and Payara Micro ({@link BenchServer}), filled
 * by {@link MatchingGenerator} (volunteers of {@link VolunteerGenerator} made partly eligible, open
 * long-term tasks, placements); a batch size whose number of volunteers equals a candidates size
 * shares its server. Requests are sequential over loopback with a personal API token (scope
 * {@code placement:read}); every scenario of a server is warmed up before any is measured; every
 * answer must be 200. Each scenario is measured {@code bench.runs} times (default 3); each run prints
 * p50/p95/p99 of the time the server reports ({@code Server-Timing: app;dur=…}, from the resource
 * method's start until the answer's entity is built, so without JSON writing) and of the client's round
 * trip, the median of each of the server's phases (its further Server-Timing metrics: read, hard,
 * score, graph, solve, explain, answer; "other" is what {@code app} has beyond them) and the 1-minute
 * load average before the run and the highest during it; then the median of the runs, figure by figure,
 * which the verdict uses. After the warm-up it prints how long each server took to read the matching's
 * in-memory view of the active volunteers (from its log).
 *
 * <pre>
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark      # 1k/10k/100k volunteers x 400 requests; 500x5000 and 2000x20000 x 20; 3 runs each
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark -Dbench.sizes=1000,10000 -Dbench.requests=100 \
 *     -Dbench.batch=500x5000 -Dbench.batchRequests=5 -Dbench.runs=1
 * ./mvnw verify -Pbenchmark -Dbench=MatchingBenchmark -Dbench.sizes= -Dbench.batch=2000x20000   # the batch only
 * </pre>
 *
 * (With the other modules installed, {@code -pl src-integration} from the root skips their tests.)
 *
 * Properties: {@code bench.sizes} (volunteers for the candidates scenario, comma-separated; empty:
 * none; default 1000,10000,100000), {@code bench.requests} (measured requests per candidates size and
 * run, default 400; a quarter more, at least 50, to warm up), {@code bench.batch} (TASKSxVOLUNTEERS,
 * comma-separated; empty: none; default 500x5000,2000x20000), {@code bench.batchRequests} (per run,
 * default 20; a quarter more, at least 3, to warm up), {@code bench.runs} (default 3), {@code
 * bench.tasks} (open long-term tasks on the candidates servers, default 500), {@code bench.auth=basic}
 * (HTTP Basic instead of a token: an Argon2 check per request), {@code bench.database} (default
 * quartiersnetz_bench; dropped and created for each server, left behind afterwards for EXPLAIN
 * ANALYZE), {@code bench.port} (18090).
 */
public final class MatchingBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final int RUNS = Math.max(1, Integer.getInteger("bench.runs", 3));
    private static final String CARITAS_STAFF = "fachkraft.caritas@quartiersnetz.example";
    private static final String COORDINATOR = "netzwerk@quartiersnetz.example";
    /** Issue 22's targets: candidates p95 below 30 ms up to 100,000 volunteers, below 100 ms at a million. */
    private static final double CANDIDATES_TARGET_P95_MS = 30;

    private static final double CANDIDATES_TARGET_P95_MS_MILLION = 100;
    /** Issue 22's targets for the whole batch proposal (server p95), by TASKSxVOLUNTEERS. */
    private static final Map<String, Double> BATCH_TARGET_MS = Map.of("500x5000", 300.0, "2000x20000", 1000.0);
    /** The server's phases in the order of its Server-Timing header, and what is left of {@code app}. */
    private static final List<String> PHASES =
            List.of("read", "hard", "score", "graph", "solve", "explain", "answer", "other");

    private static final Pattern METRIC = Pattern.compile("([a-z]+);dur=([0-9.]+)");

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

    /** What one candidates size measured: the median of its runs. */
    private record CandidateFigures(int volunteers, Percentiles server, Percentiles roundTrip, double considered) {}

    /** One run of a scenario: the figures, the median of each phase, the load before and the highest during it. */
    private record Run(
            Percentiles server,
            Percentiles roundTrip,
            Map<String, Double> split,
            String loadBefore,
            double loadDuring) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "server %s | round trip p50 %.1f / p95 %.1f ms | split (p50, ms) %s | load before %s, during up to %.2f",
                    server.brief(),
                    roundTrip.p50(),
                    roundTrip.p95(),
                    splitText(split),
                    loadBefore,
                    loadDuring);
        }
    }

    /** The timed answers of one run, with the load around it. */
    private static final class Timed {
        final long[] server;
        final long[] roundTrip;
        final Map<String, long[]> phases = new LinkedHashMap<>();
        final String loadBefore = Percentiles.loadAverage();
        final LoadSampler load = LoadSampler.start();
        int next;

        Timed(int requests) {
            server = new long[requests];
            roundTrip = new long[requests];
            PHASES.forEach(p -> phases.put(p, new long[requests]));
        }

        void add(BenchHttp.Answer answer) {
            server[next] = answer.serverNanos();
            roundTrip[next] = answer.roundTripNanos();
            long accounted = 0;
            Matcher m = METRIC.matcher(answer.serverTiming());
            while (m.find()) {
                long nanos = Math.round(Double.parseDouble(m.group(2)) * 1e6);
                long[] phase = phases.get(m.group(1));
                if (phase != null) {
                    phase[next] = nanos;
                    accounted += nanos;
                }
            }
            phases.get("other")[next] = Math.max(0, answer.serverNanos() - accounted);
            next++;
        }

        Run done() {
            double during = load.stop();
            Map<String, Double> split = new LinkedHashMap<>();
            phases.forEach(
                    (phase, nanos) -> split.put(phase, Percentiles.of(nanos).p50()));
            return new Run(Percentiles.of(server), Percentiles.of(roundTrip), split, loadBefore, during);
        }
    }

    /** The 1-minute load average sampled every 250 ms in the background; its highest value. */
    private static final class LoadSampler {
        private volatile boolean running = true;
        private volatile double highest;
        private final Thread thread;

        private LoadSampler() {
            thread = new Thread(() -> {
                while (running) {
                    highest = Math.max(highest, oneMinuteLoad());
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
        }

        static LoadSampler start() {
            LoadSampler sampler = new LoadSampler();
            sampler.highest = oneMinuteLoad();
            sampler.thread.start();
            return sampler;
        }

        double stop() {
            running = false;
            thread.interrupt();
            return Math.max(highest, oneMinuteLoad());
        }

        private static double oneMinuteLoad() {
            try {
                return Double.parseDouble(Percentiles.loadAverage().split(" ")[0]);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    /** The run whose server p95 is the median of the runs', and each figure's median over the runs. */
    private static String medianOf(List<Run> runs) {
        List<Run> byP95 = new ArrayList<>(runs);
        byP95.sort(Comparator.comparingDouble(r -> r.server().p95()));
        Map<String, Double> split = new LinkedHashMap<>();
        for (String phase : PHASES) {
            split.put(
                    phase,
                    median(runs.stream().mapToDouble(r -> r.split().get(phase)).toArray()));
        }
        return String.format(
                Locale.ROOT,
                "median of %d runs: server p50 %.1f / p95 %.1f / p99 %.1f ms | round trip p50 %.1f / p95 %.1f ms"
                        + " | split (p50, ms) %s | load before %s, during up to %s",
                runs.size(),
                median(runs.stream().mapToDouble(r -> r.server().p50()).toArray()),
                median(runs.stream().mapToDouble(r -> r.server().p95()).toArray()),
                median(runs.stream().mapToDouble(r -> r.server().p99()).toArray()),
                median(runs.stream().mapToDouble(r -> r.roundTrip().p50()).toArray()),
                median(runs.stream().mapToDouble(r -> r.roundTrip().p95()).toArray()),
                splitText(split),
                runs.stream().map(Run::loadBefore).map(l -> l.split(" ")[0]).toList(),
                runs.stream()
                        .map(r -> String.format(Locale.ROOT, "%.2f", r.loadDuring()))
                        .toList());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String splitText(Map<String, Double> split) {
        StringBuilder text = new StringBuilder();
        split.forEach((phase, ms) -> text.append(text.length() == 0 ? "" : ", ")
                .append(phase)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.1f", ms)));
        return text.toString();
    }

    /** A run's figures of one metric (p95 of the server time) as the verdict uses them: the median run's. */
    private static double medianP95(List<Run> runs) {
        return median(runs.stream().mapToDouble(r -> r.server().p95()).toArray());
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = ints(System.getProperty("bench.sizes", "1000,10000,100000"));
        int requests = Integer.getInteger("bench.requests", 400);
        int batchRequests = Integer.getInteger("bench.batchRequests", 20);
        System.out.printf("load average before anything: %s; %d runs per scenario%n", Percentiles.loadAverage(), RUNS);
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
            System.out.printf("warmed up; load average %s; %s%n", Percentiles.loadAverage(), viewLoads());
            if (stage.candidates) {
                growth.add(candidates(client, server.base, staff, paths, stage, requests, summary));
            }
            if (stage.batch) {
                batch(client, server.base, coordinator, batchPath, stage, batchRequests, summary);
            }
        }
    }

    private static final Pattern VIEW_LOAD = Pattern.compile("matching: (\\d+) active volunteers read in (\\d+) ms");

    /** How long the server took to read its in-memory view of the active volunteers, from its log. */
    private static String viewLoads() {
        Path log = Path.of(System.getProperty("qn.target", "target"), "bench-payara.log");
        try {
            List<String> loads = new ArrayList<>();
            Matcher m = VIEW_LOAD.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (m.find()) {
                loads.add(String.format("%,d in %,d ms", Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
            }
            return "the matching's view read " + (loads.isEmpty() ? "(not logged)" : String.join(", ", loads));
        } catch (IOException | RuntimeException e) {
            return "the matching's view: no server log (" + e.getMessage() + ")";
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
        Map<Integer, List<long[]>> perTask = new LinkedHashMap<>();
        Map<Integer, String> counts = new LinkedHashMap<>();
        long considered = 0;
        List<Run> runs = new ArrayList<>();
        String title = String.format(
                "candidates, %,d volunteers, Caritas staff, %d tasks in turn", stage.volunteers, paths.size());
        for (int run = 1; run <= RUNS; run++) {
            Timed timed = new Timed(requests);
            for (int i = 0; i < requests; i++) {
                int task = i % paths.size();
                BenchHttp.Answer answer = BenchHttp.call(client, base, auth, paths.get(task), "\"suggestions\"");
                timed.add(answer);
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
            runs.add(timed.done());
            System.out.printf("%s, run %d: %s%n", title, run, runs.get(run - 1).line());
        }
        List<Run> byP95 = new ArrayList<>(runs);
        byP95.sort(Comparator.comparingDouble(r -> r.server().p95()));
        Run middle = byP95.get(byP95.size() / 2);
        CandidateFigures figures = new CandidateFigures(
                stage.volunteers, middle.server(), middle.roundTrip(), (double) considered / (requests * RUNS));
        double target = stage.volunteers >= 1_000_000 ? CANDIDATES_TARGET_P95_MS_MILLION : CANDIDATES_TARGET_P95_MS;
        String line = String.format(
                "%s: %s | target server p95 < %.0f ms: %s",
                title, medianOf(runs), target, medianP95(runs) < target ? "met" : "MISSED");
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
        String facts = null;
        List<Run> runs = new ArrayList<>();
        String title = String.format(
                "batch proposal, %,d open long-term tasks x %,d volunteers, network coordinator",
                stage.tasks, stage.volunteers);
        for (int run = 1; run <= RUNS; run++) {
            Timed timed = new Timed(requests);
            for (int i = 0; i < requests; i++) {
                BenchHttp.Answer answer = BenchHttp.call(client, base, auth, path, "\"optimal\":true");
                timed.add(answer);
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
            runs.add(timed.done());
            System.out.printf("%s, run %d: %s%n", title, run, runs.get(run - 1).line());
        }
        String size = stage.tasks + "x" + stage.volunteers;
        Double target = BATCH_TARGET_MS.get(size);
        String verdict = target == null
                ? "no target for this size"
                : String.format(
                        Locale.ROOT,
                        "target server p95 < %.1f s: %s",
                        target / 1000,
                        medianP95(runs) < target ? "met" : "MISSED");
        String line = String.format("%s: %s | %s%n    [%s]", title, medianOf(runs), verdict, facts);
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
