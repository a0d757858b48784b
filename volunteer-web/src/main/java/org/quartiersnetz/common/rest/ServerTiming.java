package org.quartiersnetz.common.rest;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A 200 answer with a {@code Server-Timing: app;dur=…} header: the milliseconds from the resource
 * method's start until its entity was built (what the benchmarks report as the time inside the server).
 */
public final class ServerTiming {

    private ServerTiming() {}

    public static Response ok(Object entity, long startNanos) {
        double millis = (System.nanoTime() - startNanos) / 1e6;
        return Response.ok(entity)
                .header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis))
                .build();
    }
}
