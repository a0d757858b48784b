package org.quartiersnetz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.it.support.ImportFiles;
import org.quartiersnetz.it.support.MailServer;

/**
 * The volunteer import (issue 21) of a 10,000-row spreadsheet by a Caritas member of staff: one Payara
 * Micro ({@link BenchServer}) on a fresh PostgreSQL database with the demo data (or the embedded H2
 * file database with {@code -Dbench.h2=true}); per run a new CSV of {@code bench.rows} volunteers
 * (every tenth with a course certificate), its dry run, then its import (all rows created, each with
 * an account, an invitation token and a queued mail; an SMTP server in the benchmark's JVM (GreenMail)
 * receives them, so that the outbox sends them as it would in production). Prints each run and the
 * medians of the client's round trip.
 *
 * <pre>
 * ./mvnw verify -Pbenchmark -Dbench=ImportBenchmark                       # 10,000 rows, 3 runs
 * ./mvnw verify -Pbenchmark -Dbench=ImportBenchmark -Dbench.rows=1000 -Dbench.runs=5 -Dbench.h2=true
 * </pre>
 *
 * Properties: {@code bench.rows} (10000), {@code bench.runs} (3), {@code bench.h2} (false),
 * {@code bench.database} (quartiersnetz_bench), {@code bench.port} (18090).
 */
public final class ImportBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18090);
    private static final String CARITAS_STAFF = "fachkraft.caritas@quartiersnetz.example";

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 10_000);
        int runs = Integer.getInteger("bench.runs", 3);
        boolean h2 = Boolean.getBoolean("bench.h2");
        String database = System.getProperty("bench.database", "quartiersnetz_bench");
        // a real SMTP server in this JVM receives the invitations, as a mail server would in production
        MailServer.startOnce();
        int mail = MailServer.port();
        try (BenchServer server =
                h2 ? BenchServer.startH2("bench-import-h2", PORT, mail) : BenchServer.start(database, PORT, mail)) {
            // HTTP/1.1: the JDK client's upgrade to HTTP/2 on a POST with a body met an EOF from Grizzly
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (CARITAS_STAFF + ":" + BenchHttp.PASSWORD).getBytes(StandardCharsets.UTF_8));
            // warm-up: a small file, dry run and import, so that the first run does not pay for class loading
            post(client, server.base, auth, file(200, "warm"), true);
            post(client, server.base, auth, file(200, "warm"), false);
            long[] dry = new long[runs];
            long[] imports = new long[runs];
            for (int run = 0; run < runs; run++) {
                byte[] csv = file(rows, "run" + run);
                dry[run] = post(client, server.base, auth, csv, true);
                imports[run] = post(client, server.base, auth, csv, false);
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %,d rows (%,d bytes): dry run %.1f s, import %.1f s (load %s)%n",
                        run + 1,
                        rows,
                        csv.length,
                        dry[run] / 1e9,
                        imports[run] / 1e9,
                        Percentiles.loadAverage());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nImport of %,d rows on %s, median of %d runs: dry run %.1f s, import %.1f s (load %s)%n",
                    rows,
                    h2 ? "H2" : "PostgreSQL",
                    runs,
                    median(dry) / 1e9,
                    median(imports) / 1e9,
                    Percentiles.loadAverage());
        } finally {
            // its threads would keep the benchmark's JVM alive
            MailServer.stop();
        }
    }

    /** The round trip in nanoseconds; fails unless the server answered 200 (dry run) or 201. */
    private static long post(HttpClient client, String base, String auth, byte[] csv, boolean dryRun) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/volunteer-imports" + (dryRun ? "?dryRun=true" : "")))
                .header("Authorization", auth)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != (dryRun ? 200 : 201) || response.body().contains("\"REFUSED\"")) {
            throw new IllegalStateException(response.statusCode() + " " + BenchHttp.head(response.body()));
        }
        return took;
    }

    private static byte[] file(int rows, String tag) {
        String family = "Bench" + tag + Long.toString(System.nanoTime(), 36);
        List<List<String>> table = new ArrayList<>();
        table.add(ImportFiles.HEADER);
        for (int i = 0; i < rows; i++) {
            boolean certified = i % 10 == 0;
            table.add(List.of(
                    "Vorname" + i,
                    family,
                    family.toLowerCase(Locale.ROOT) + "." + i + "@example.org",
                    "0214 " + (100000 + i),
                    i % 3 == 0 ? "tr, de" : "de",
                    "51373",
                    certified ? "child-protection" : "",
                    certified ? "14.03.2025" : "",
                    ""));
        }
        return ImportFiles.csv(table);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
