package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Tasks;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * Many people reading at once (issue 13): every answer is 2xx, and reading writes nothing. A task
 * and a volunteer with five weekly times each, and the demo's youth club open Monday to Friday,
 * are what used to be marked changed by a mere read (a version update per read, so concurrent
 * readers collided with 500s).
 */
class ConcurrentReadIT extends BlackBoxTest {

    private static final int READERS = 32;
    private static final int ROUNDS = 3;
    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    /** The tables whose rows the reads below load. */
    private static final List<String> READ_TABLES =
            List.of("offer", "task", "task_type", "volunteer", "carrier", "site");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thirtyTwoReadersAtOnceAllGetTheirAnswer() throws Exception {
        long task = publishedTask(weekdayCafe());
        Volunteer volunteer = volunteer(List.of("caritas"), false, Map.of("availability", weekdayAfternoons()));
        List<HttpRequest> reads = reads(task, volunteer);

        Map<String, Integer> refused = readAtOnce(reads);

        assertEquals(Map.of(), refused, "answers other than 2xx, by request and status");
    }

    @Test
    void readingChangesNoVersionColumn() throws Exception {
        long task = publishedTask(weekdayCafe());
        Volunteer volunteer = volunteer(List.of("caritas"), false, Map.of("availability", weekdayAfternoons()));
        List<HttpRequest> reads = reads(task, volunteer);
        Map<String, Map<Long, Long>> before = versions();

        for (int round = 0; round < 2; round++) {
            for (HttpRequest read : reads) {
                HttpResponse<String> answer = http.send(read, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), read.uri().toString());
            }
        }
        Browser staff = signedIn(CARITAS_STAFF);
        for (String page : List.of(
                "/staff/task.xhtml?id=" + task,
                "/staff/volunteer.xhtml?id=" + volunteer.id(),
                "/staff/tasks.xhtml",
                "/staff/offers.xhtml")) {
            staff.open(page);
            assertEquals(200, staff.lastResponse().statusCode(), page);
        }
        Browser own = signedIn(volunteer.email(), PASSWORD);
        own.open("/volunteer/profile.xhtml");
        assertEquals(200, own.lastResponse().statusCode());

        assertEquals(before, versions());
    }

    /** The public reads of the issue, and what staff and a volunteer read of the same rows. */
    private List<HttpRequest> reads(long task, Volunteer volunteer) {
        List<HttpRequest> reads = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/board",
                "/api/v1/board?size=100",
                "/api/v1/offers/week",
                "/api/v1/board/" + task,
                "/board.xhtml",
                "/offers.xhtml",
                "/opportunity.xhtml?id=" + task)) {
            reads.add(get(path).build());
        }
        reads.add(get("/api/v1/tasks/" + task)
                .header("Authorization", basic(CARITAS_STAFF, DEMO_PASSWORD))
                .build());
        reads.add(get("/api/v1/volunteers/" + volunteer.id())
                .header("Authorization", basic(CARITAS_STAFF, DEMO_PASSWORD))
                .build());
        reads.add(get("/api/v1/volunteers/me")
                .header("Authorization", basic(volunteer.email(), PASSWORD))
                .build());
        return reads;
    }

    /** Every reader sends every read, ROUNDS times, all starting together; answers the non-2xx. */
    private Map<String, Integer> readAtOnce(List<HttpRequest> reads) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Integer>>> results = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                int offset = reader;
                results.add(readers.submit(readAll(start, reads, offset)));
            }
            start.countDown();
            Map<String, Integer> refused = new TreeMap<>();
            for (Future<Map<String, Integer>> result : results) {
                refused.putAll(result.get(3, TimeUnit.MINUTES));
            }
            return refused;
        } finally {
            readers.shutdownNow();
        }
    }

    private Callable<Map<String, Integer>> readAll(CountDownLatch start, List<HttpRequest> reads, int offset) {
        return () -> {
            start.await();
            Map<String, Integer> refused = new LinkedHashMap<>();
            for (int i = 0; i < ROUNDS * reads.size(); i++) {
                // each reader starts at another request, so that all of them are read at once
                HttpRequest read = reads.get((i + offset) % reads.size());
                int status = send(read);
                if (status < 200 || status > 299) {
                    refused.put(read.uri().getPath() + " " + status, status);
                }
            }
            return refused;
        };
    }

    private int send(HttpRequest read) throws InterruptedException {
        try {
            return http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", path.endsWith(".xhtml") ? "text/html" : "application/json");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Map<Long, Long>> versions() {
        Map<String, Map<Long, Long>> versions = new TreeMap<>();
        READ_TABLES.forEach(table -> versions.put(table, TestDatabase.versionsOf(table)));
        assertTrue(versions.get("offer").size() >= 4, "the demo's offers are there");
        return versions;
    }

    private static Map<String, Object> weekdayCafe() {
        Map<String, Object> body = Tasks.cafe("Elterncafé werktags " + System.nanoTime());
        body.put(
                "schedule",
                new ArrayList<>(WEEKDAYS.stream()
                        .map(day -> Tasks.weekly(day, "09:00", "12:00"))
                        .toList()));
        return body;
    }

    private static List<Map<String, String>> weekdayAfternoons() {
        return new ArrayList<>(WEEKDAYS.stream()
                .map(day -> Map.of("day", day, "band", "AFTERNOON"))
                .toList());
    }
}
