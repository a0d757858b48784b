package org.quartiersnetz.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void countsEachMonthOnItsLastDayAndTheRunningMonthToday() {
        // started 1 Sep with a 6-week interval, attended 1 Oct: overdue from 13 Nov
        Coverage.Span span = new Coverage.Span(1, LocalDate.of(2026, 9, 1), null, 6);
        Map<Long, NavigableSet<LocalDate>> attended = Map.of(1L, new TreeSet<>(List.of(LocalDate.of(2026, 10, 1))));
        List<Coverage.Month> months = Coverage.monthly(List.of(span), attended, YearMonth.of(2026, 8), TODAY);
        assertEquals(5, months.size());
        assertEquals(0, months.get(0).active(), "August: not begun");
        assertEquals(100, months.get(0).percent(), "nothing active counts as covered");
        assertEquals(1, months.get(1).covered(), "September: within the first interval");
        assertEquals(1, months.get(2).covered(), "October: attended");
        assertEquals(0, months.get(3).covered(), "30 November: overdue since 13 November");
        assertEquals(TODAY, months.get(4).countedOn());
        assertEquals(0, months.get(4).percent());
    }

    @Test
    void anEndedPlacementLeavesTheCountAndALaterSessionDoesNotCoverEarlierMonths() {
        Coverage.Span ended = new Coverage.Span(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15), 4);
        Coverage.Span running = new Coverage.Span(2, LocalDate.of(2026, 1, 1), null, 4);
        Map<Long, NavigableSet<LocalDate>> attended = Map.of(2L, new TreeSet<>(List.of(LocalDate.of(2026, 4, 20))));
        List<Coverage.Month> months =
                Coverage.monthly(List.of(ended, running), attended, YearMonth.of(2026, 2), LocalDate.of(2026, 4, 30));
        assertEquals(2, months.get(0).active());
        assertEquals(0, months.get(0).covered(), "February: both overdue since 29 January");
        assertEquals(1, months.get(2).active(), "April: the ended one is gone");
        assertEquals(1, months.get(2).covered(), "attended on 20 April");
        assertEquals(50, new Coverage.Month(YearMonth.of(2026, 1), TODAY, 2, 1).percent());
    }
}
