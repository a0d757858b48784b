package org.quartiersnetz.dashboard.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.quartiersnetz.supervision.control.SupervisionRules;

/**
 * Supervision coverage per month, as a pure function: of the placements active on a month's last
 * day (today for the running month) in types with a supervision interval, how many were not overdue.
 */
public final class Coverage {

    /** A placement's active span: from the day it began until the day it ended (null: still active). */
    public record Span(long volunteerId, LocalDate startedOn, LocalDate endedOn, int intervalWeeks) {}

    /** One month: the day it was counted on, active placements, covered ones. */
    public record Month(YearMonth month, LocalDate countedOn, int active, int covered) {

        /** Whole per cent covered; 100 when nothing was active. */
        public int percent() {
            return active == 0 ? 100 : (int) Math.round(100.0 * covered / active);
        }
    }

    private Coverage() {}

    /**
     * The months from {@code first} until today's.
     *
     * @param attended per volunteer the days they were present at a session
     */
    public static List<Month> monthly(
            List<Span> spans, Map<Long, NavigableSet<LocalDate>> attended, YearMonth first, LocalDate today) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            LocalDate day = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
            int active = 0;
            int covered = 0;
            for (Span s : spans) {
                if (s.startedOn().isAfter(day)
                        || s.endedOn() != null && s.endedOn().isBefore(day)) {
                    continue;
                }
                active++;
                NavigableSet<LocalDate> days = attended.get(s.volunteerId());
                LocalDate last = days == null ? null : days.floor(day);
                if (!SupervisionRules.isOverdue(s.startedOn(), last, s.intervalWeeks(), day)) {
                    covered++;
                }
            }
            months.add(new Month(m, day, active, covered));
        }
        return months;
    }
}
