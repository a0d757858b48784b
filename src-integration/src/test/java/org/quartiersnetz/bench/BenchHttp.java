package org.quartiersnetz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmarks' HTTP: signing in (a personal API token, or Basic) and one timed GET. */
final class BenchHttp {

    static final String PASSWORD = "Demo-Passwort-2026";
    private static final Pattern DURATION = Pattern.compile("(?:^|[,;\\s])dur=([0-9.]+)");

    /**
     * One answer: its body, the time the server reports (the first {@code dur} of Server-Timing), the
     * client's round trip, and every Server-Timing value joined by commas (further metrics, if any).
     */
    record Answer(String body, long serverNanos, long roundTripNanos, String serverTiming) {}

    private BenchHttp() {}

    /** A GET that must answer 200 with the marker in its body and a Server-Timing header. */
    static Answer call(HttpClient client, String base, String auth, String path, String marker) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .header("Accept-Language", "de")
                .timeout(Duration.ofSeconds(120))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long roundTrip = System.nanoTime() - t0;
        if (response.statusCode() != 200 || !response.body().contains(marker)) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " without " + marker
                    + ": " + head(response.body()));
        }
        String timing = response.headers()
                .firstValue("Server-Timing")
                .orElseThrow(() -> new IllegalStateException("no Server-Timing header in the answer to " + path));
        Matcher duration = DURATION.matcher(timing);
        if (!duration.find()) {
            throw new IllegalStateException("Server-Timing without dur: " + timing);
        }
        return new Answer(
                response.body(),
                Math.round(Double.parseDouble(duration.group(1)) * 1e6),
                roundTrip,
                String.join(", ", response.headers().allValues("Server-Timing")));
    }

    /**
     * A personal API token with the scope (Bearer; what integrations use), created with the demo
     * password once; with -Dbench.auth=basic HTTP Basic instead (an Argon2 check per request).
     */
    static String authorization(HttpClient client, String base, String email, String scope) throws Exception {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if ("basic".equals(System.getProperty("bench.auth"))) {
            return basic;
        }
        HttpResponse<String> created = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/account/tokens"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"benchmark\",\"scopes\":[\"" + scope + "\"],\"validDays\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("token for " + email + ": " + created.statusCode() + " " + created.body());
        }
        Matcher token = Pattern.compile("\"token\":\"(qn_[A-Za-z0-9_-]+)\"").matcher(created.body());
        if (!token.find()) {
            throw new IllegalStateException("no token in the answer for " + email);
        }
        return "Bearer " + token.group(1);
    }

    static String head(String body) {
        return body.substring(0, Math.min(2000, body.length()));
    }
}
