package org.quartiersnetz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The staff's volunteer list API over many volunteers: a page of 50, as a Caritas member of staff
 * (sees those who chose Caritas or the pool) and as the network coordinator (sees all), with the
 * filters staff use. Sequential requests from one client over loopback, after a warm-up; prints
 * p50/p95/p99. Run with {@code ./mvnw verify -Pbenchmark} (README, "Benchmarks").
 */
public final class VolunteerListBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);

    private VolunteerListBenchmark() {}

    public static void main(String[] args) throws Exception {
        int volunteers = Integer.getInteger("bench.volunteers", 100_000);
        int requests = Integer.getInteger("bench.requests", 400);
        try (BenchServer server = BenchServer.start("quartiersnetz_bench", PORT)) {
            long start = System.nanoTime();
            try (Connection c = server.connect()) {
                VolunteerGenerator.generate(c, volunteers);
            }
            System.out.printf("generated %,d volunteers in %.1f s%n", volunteers, (System.nanoTime() - start) / 1e9);
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (String staff : List.of("fachkraft.caritas@quartiersnetz.example", "netzwerk@quartiersnetz.example")) {
                String auth = BenchHttp.authorization(client, server.base, staff, "volunteer:read");
                for (Scenario scenario : Scenario.values()) {
                    Percentiles figures = run(client, server.base, auth, scenario, requests);
                    System.out.printf(
                            "volunteer list, page of 50, %s, %s: %s%n", staff.split("@")[0], scenario.label, figures);
                }
            }
        }
    }

    private static Percentiles run(HttpClient client, String base, String auth, Scenario scenario, int requests)
            throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < Math.max(50, requests / 4); i++) {
            call(client, base, auth, scenario.query.apply(random));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            String query = scenario.query.apply(random);
            long t0 = System.nanoTime();
            call(client, base, auth, query);
            nanos[i] = System.nanoTime() - t0;
        }
        return Percentiles.of(nanos);
    }

    private static void call(HttpClient client, String base, String auth, String query) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/volunteers?" + query))
                        .header("Authorization", auth)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"items\"")) {
            throw new IllegalStateException(response.statusCode() + " for " + query + ": " + response.body());
        }
    }

    /** What staff typically ask for. */
    enum Scenario {
        FIRST_PAGES("pages 0-9 by name, no filter", r -> "size=50&page=" + r.nextInt(10)),
        DEEP_PAGES("pages 0-499 by name", r -> "size=50&page=" + r.nextInt(500)),
        FILTERED(
                "status + language + weekday/band",
                r -> "size=50&status=ACTIVE&language="
                        + List.of("tr", "ar", "ru", "de").get(r.nextInt(4)) + "&day=TUESDAY&band=AFTERNOON"),
        NAME_SEARCH(
                "name contains",
                r -> "size=50&name=" + List.of("yılmaz1", "demir2", "koch3").get(r.nextInt(3)));

        final String label;
        final Function<Random, String> query;

        Scenario(String label, Function<Random, String> query) {
            this.label = label;
            this.query = query;
        }
    }
}
