package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.FromAddress;

/**
 * A burst of sign-ins with made-up credentials (issue 13): every answer is a refusal the client
 * can act on (401, 429 once the address has failed too often, 503 with Retry-After when too many
 * passwords are being checked), never a 500 or a hang; others are served meanwhile and afterwards.
 * The attacker calls from 127.0.0.2 and 127.0.0.3 (the suite exempts 127.0.0.1 from the
 * per-address limit, QN_LOGIN_ADDRESS_EXEMPT, since all its tests call from there).
 */
class SignInBurstIT extends BlackBoxTest {

    private static final int PARALLEL = 40;
    private static final int REQUESTS = 120;
    /** QN_LOGIN_MAX_FAILURES_PER_ADDRESS's default, which the suite keeps. */
    private static final int ADDRESS_LIMIT = 30;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBurstOfMadeUpCredentialsIsRefusedWhileOthersAreServed() throws Exception {
        FromAddress attacker = new FromAddress("127.0.0.2", url(""));
        AtomicBoolean bursting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL + 1);
        try {
            Future<List<String>> bystander = pool.submit(bystander(bursting));
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(pool.submit(
                        () -> attacker.get("/api/v1/volunteers/me", uniqueEmail(), "erfunden-" + UUID.randomUUID())
                                .status()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            bursting.set(false);

            assertTrue(List.of(401, 429, 503).containsAll(statuses.keySet()), "only refusals: " + statuses);
            // those already past the address check when the limit was reached are still checked
            int mostChecked = ADDRESS_LIMIT + PARALLEL;
            assertTrue(statuses.getOrDefault(401, 0) <= mostChecked, "at most the limit checked: " + statuses);
            assertTrue(
                    statuses.getOrDefault(429, 0) >= REQUESTS - mostChecked - statuses.getOrDefault(503, 0),
                    "the rest refused unchecked: " + statuses);
            assertEquals(
                    List.of(), bystander.get(1, TimeUnit.MINUTES), "the bystander's reads that failed or took > 2 s");
        } finally {
            bursting.set(false);
            pool.shutdownNow();
        }
        assertEquals(200, status(get("/health/live")), "alive afterwards");
        as(CARITAS_STAFF).get("/api/v1/volunteers?size=1").then().statusCode(200);
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedEvenWithTheRightPasswordAndOthersAreNot() throws Exception {
        String email = signedUpVolunteer();
        FromAddress attacker = new FromAddress("127.0.0.3", url(""));
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            assertEquals(
                    401,
                    attacker.get("/api/v1/volunteers/me", uniqueEmail(), "erfunden")
                            .status());
        }

        FromAddress.Answer refused = attacker.get("/api/v1/volunteers/me", email, PASSWORD);
        assertEquals(429, refused.status());
        assertTrue(
                Integer.parseInt(refused.headers().get("retry-after")) > 60,
                refused.headers().toString());
        assertTrue(refused.headers().get("content-type").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("too-many-sign-ins"), refused.body());
        assertFalse(refused.headers().containsKey("www-authenticate"), "no challenge: not the credentials' fault");

        assertEquals(
                200,
                new FromAddress("127.0.0.4", url(""))
                        .get("/api/v1/volunteers/me", email, PASSWORD)
                        .status(),
                "another address signs in");
        me(email, PASSWORD).then().statusCode(200);
        // reading without signing in is not a sign-in: the throttled address still reads the board
        assertEquals(200, attacker.get("/api/v1/board", null, null).status());
    }

    /** Reads the board and /health/live from 127.0.0.1 every 100 ms while the burst lasts. */
    private Callable<List<String>> bystander(AtomicBoolean bursting) {
        return () -> {
            List<String> slow = new ArrayList<>();
            while (bursting.get()) {
                for (String path : List.of("/api/v1/board", "/health/live")) {
                    long start = System.nanoTime();
                    int status = status(get(path));
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (status != 200 || millis > 2000) {
                        slow.add(path + " " + status + " in " + millis + " ms");
                    }
                }
                Thread.sleep(100);
            }
            return slow;
        };
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    private int status(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
