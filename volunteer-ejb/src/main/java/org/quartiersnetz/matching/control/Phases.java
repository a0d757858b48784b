package org.quartiersnetz.matching.control;

import java.util.Locale;

/**
 * Where the time of one matching request went, phase by phase, so that the figures of a benchmark
 * say what to improve (issue 22): the resources send it in their {@code Server-Timing} header.
 * One per request; not thread-safe.
 */
public final class Phases {

    /** The phases, in the order a batch proposal passes them; the name is the one in the header. */
    public enum Phase {
        /** tasks, their families and interests, the in-memory view caught up, the volunteers in scope */
        READ("read"),
        /** the hard constraints of the pairs that can matter */
        HARD("hard"),
        /** the scores of the pairs that passed them */
        SCORE("score"),
        /** the flow network handed to the solver */
        GRAPH("graph"),
        /** the solver alone */
        SOLVE("solve"),
        /** the reasons of what is shown or proposed, and sorting it */
        EXPLAIN("explain"),
        /** the answer's entity built from it (texts of the reasons), by the resource */
        ANSWER("answer");

        private final String metric;

        Phase(String metric) {
            this.metric = metric;
        }

        public String metric() {
            return metric;
        }
    }

    private final long[] nanos = new long[Phase.values().length];
    private long mark = System.nanoTime();

    /** Counts the time since the last lap (or since this was created) to the phase. */
    public void lap(Phase phase) {
        long now = System.nanoTime();
        nanos[phase.ordinal()] += now - mark;
        mark = now;
    }

    /** Counts time measured elsewhere to the phase; the next lap starts now. */
    public void add(Phase phase, long elapsedNanos) {
        nanos[phase.ordinal()] += elapsedNanos;
        mark = System.nanoTime();
    }

    public double millis(Phase phase) {
        return nanos[phase.ordinal()] / 1e6;
    }

    /** The phases as {@code Server-Timing} metrics: {@code read;dur=1.2, hard;dur=0.4, …}. */
    public String serverTiming() {
        StringBuilder header = new StringBuilder();
        for (Phase phase : Phase.values()) {
            if (header.length() > 0) {
                header.append(", ");
            }
            header.append(phase.metric()).append(String.format(Locale.ROOT, ";dur=%.1f", millis(phase)));
        }
        return header.toString();
    }
}
