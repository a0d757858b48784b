package org.quartiersnetz.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.quartiersnetz.it.support.FromAddress;

/**
 * Issue 13's two scenarios against a Payara Micro started as the README's start command starts it
 * (embedded H2 file database, demo data, default heap and password cost), all over loopback and
 * bounded in time and count:
 * <ol>
 * <li>concurrent readers: {@code bench.connections} (64) clients for {@code bench.seconds} (20 s)
 * on each of the board, the week's offers, both pages and /health/live; req/s, p50/p99 and every
 * answer that is not 2xx, {@code bench.runs} (3) times, with the median;</li>
 * <li>a burst of sign-ins with made-up credentials: 120 requests, 40 at once, first all from one
 * address (127.0.0.2, throttled after 30 failures), then each from an address of its own
 * (127.0.1.x, so every one is hashed and only the bound on parallel hashes holds); meanwhile a
 * bystander reads the board and /health/live every 100 ms, and afterwards /health/live must answer.</li>
 * </ol>
 * Run with {@code ./mvnw verify -Pbenchmark -Dbench=LoadBenchmark} (README, "Benchmarks").
 */
public final class LoadBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final List<String> READS =
            List.of("/api/v1/board", "/api/v1/offers/week", "/board.xhtml", "/offers.xhtml", "/health/live");
    private static final int BURST = 120;
    private static final int BURST_PARALLEL = 40;

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.startH2("bench-h2", PORT)) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            System.out.printf(
                    "load before: %s; %d clients, %d s per read, %d runs%n",
                    Percentiles.loadAverage(), CONNECTIONS, SECONDS, RUNS);
            for (String path : READS) {
                readers(client, server.base, path, Math.min(5, SECONDS)); // warm-up
            }
            Map<String, List<ReadResult>> results = new TreeMap<>();
            for (int run = 1; run <= RUNS; run++) {
                for (String path : READS) {
                    ReadResult result = readers(client, server.base, path, SECONDS);
                    results.computeIfAbsent(path, p -> new ArrayList<>()).add(result);
                    System.out.printf("run %d, %-22s %s  (load %s)%n", run, path, result, Percentiles.loadAverage());
                }
            }
            System.out.println("median of the runs (by req/s):");
            for (String path : READS) {
                List<ReadResult> runs = new ArrayList<>(results.get(path));
                runs.sort((a, b) -> Double.compare(a.perSecond, b.perSecond));
                System.out.printf("  %-22s %s%n", path, runs.get(runs.size() / 2));
            }
            burst(client, server.base, "one address (127.0.0.2)", i -> "127.0.0.2");
            burst(client, server.base, "an address each (127.0.1.x)", i -> "127.0.1." + (i % 250 + 1));
        }
    }

    record ReadResult(int requests, int failed, Map<Integer, Integer> statuses, double perSecond, Percentiles latency) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%7.1f req/s, %s, non-2xx %d of %d %s",
                    perSecond,
                    latency.brief(),
                    failed,
                    requests,
                    failed == 0 ? "" : statuses.toString());
        }
    }

    /** CONNECTIONS clients each sending one GET after another for the given seconds. */
    private static ReadResult readers(HttpClient client, String base, String path, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", path.endsWith(".xhtml") ? "text/html" : "application/json")
                .build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<long[]> times = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                clients.add(pool.submit(() -> {
                    long[] nanos = new long[64];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status = send(client, request);
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = System.nanoTime() - t0;
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            for (Future<long[]> c : clients) {
                times.add(c.get(seconds + 120L, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = times.stream().flatMapToLong(Arrays::stream).toArray();
        int failed = statuses.entrySet().stream()
                .filter(e -> e.getKey() < 200 || e.getKey() > 299)
                .mapToInt(Map.Entry::getValue)
                .sum();
        return new ReadResult(all.length, failed, new TreeMap<>(statuses), all.length / elapsed, Percentiles.of(all));
    }

    /** The burst with a bystander reading meanwhile, then a look at /health/live. */
    private static void burst(HttpClient client, String base, String label, IntFunction<String> address)
            throws Exception {
        AtomicBoolean bursting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(BURST_PARALLEL + 1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long[] burstNanos = new long[BURST];
        Future<Bystander> bystander = pool.submit(() -> bystander(client, base, bursting));
        long start = System.nanoTime();
        try {
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                FromAddress from = new FromAddress(address.apply(i), base);
                answers.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = from.get(
                                        "/api/v1/volunteers/me",
                                        "erfunden-" + UUID.randomUUID() + "@example.org",
                                        "erfunden-" + UUID.randomUUID())
                                .status();
                    } catch (IOException e) {
                        status = -1;
                    }
                    return new long[] {status, System.nanoTime() - t0};
                }));
            }
            for (int i = 0; i < BURST; i++) {
                long[] answer = answers.get(i).get(5, TimeUnit.MINUTES);
                statuses.merge((int) answer[0], 1, Integer::sum);
                burstNanos[i] = answer[1];
            }
        } finally {
            bursting.set(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Bystander seen = bystander.get(1, TimeUnit.MINUTES);
        pool.shutdownNow();
        Thread.sleep(2000);
        long t0 = System.nanoTime();
        int live = send(
                client,
                HttpRequest.newBuilder(URI.create(base + "/health/live"))
                        .timeout(Duration.ofSeconds(30))
                        .build());
        System.out.printf(
                "burst from %s: %d requests, %d at once, over in %.1f s; answers %s; each %s%n",
                label,
                BURST,
                BURST_PARALLEL,
                seconds,
                statuses,
                Percentiles.of(burstNanos).brief());
        System.out.printf(
                "  bystander meanwhile: board %s; /health/live %s; failed %d%n",
                seen.board.brief(), seen.live.brief(), seen.failed);
        System.out.printf(
                "  2 s after the burst: /health/live %d in %.1f ms (load %s)%n",
                live, (System.nanoTime() - t0) / 1e6, Percentiles.loadAverage());
    }

    record Bystander(Percentiles board, Percentiles live, int failed) {}

    private static Bystander bystander(HttpClient client, String base, AtomicBoolean bursting) throws Exception {
        List<Long> board = new ArrayList<>();
        List<Long> live = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        while (bursting.get()) {
            for (String path : List.of("/api/v1/board", "/health/live")) {
                long t0 = System.nanoTime();
                int status = send(
                        client,
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Accept", "application/json")
                                .build());
                (path.startsWith("/health") ? live : board).add(System.nanoTime() - t0);
                if (status != 200) {
                    failed.incrementAndGet();
                }
            }
            Thread.sleep(100);
        }
        return new Bystander(
                Percentiles.of(board.stream().mapToLong(Long::longValue).toArray()),
                Percentiles.of(live.stream().mapToLong(Long::longValue).toArray()),
                failed.get());
    }

    private static int send(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
