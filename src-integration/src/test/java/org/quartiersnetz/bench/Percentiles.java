package org.quartiersnetz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Latency figures of a series of timed calls, in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(
                sorted.length,
                ms(at(sorted, 0.50)),
                ms(at(sorted, 0.95)),
                ms(at(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
    }

    private static long at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms", count, p50, p95, p99, max);
    }

    /** "p50 … / p95 … / p99 … ms (max …, n=…)", for the benchmarks' summaries. */
    String brief() {
        return String.format(
                Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms (max %.1f, n=%d)", p50, p95, p99, max, count);
    }

    /** The machine's load averages (1, 5, 15 minutes), printed beside the figures. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
