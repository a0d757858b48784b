package org.quartiersnetz.task.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.common.control.ClockProducer;

/** A weekly rule such as "every Wednesday 9–12 h" turned into dated times in the network's zone. */
public final class SlotRule {

    /** A year of weekly slots at most per request. */
    public static final int MAX_SLOTS = 53;

    private SlotRule() {}

    /** A dated slot time; instants are UTC, the rule is read in Europe/Berlin (summer time included). */
    public record Occasion(Instant start, Instant end) {}

    public static List<Occasion> occasions(
            LocalDate from, LocalDate until, DayOfWeek day, LocalTime start, LocalTime end) {
        List<Occasion> occasions = new ArrayList<>();
        for (LocalDate date = from.with(TemporalAdjusters.nextOrSame(day));
                !date.isAfter(until);
                date = date.plusWeeks(1)) {
            occasions.add(new Occasion(
                    date.atTime(start).atZone(ClockProducer.NETWORK_ZONE).toInstant(),
                    date.atTime(end).atZone(ClockProducer.NETWORK_ZONE).toInstant()));
        }
        return occasions;
    }
}
