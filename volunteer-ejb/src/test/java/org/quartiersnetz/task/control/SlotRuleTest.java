package org.quartiersnetz.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRuleTest {

    @Test
    void everyWednesdayNineToTwelveIsNineToTwelveInBerlinAcrossTheChangeToSummerTime() {
        List<SlotRule.Occasion> occasions = SlotRule.occasions(
                LocalDate.of(2027, 3, 20),
                LocalDate.of(2027, 4, 3),
                DayOfWeek.WEDNESDAY,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        assertEquals(
                List.of(
                        new SlotRule.Occasion(
                                Instant.parse("2027-03-24T08:00:00Z"), Instant.parse("2027-03-24T11:00:00Z")),
                        new SlotRule.Occasion(
                                Instant.parse("2027-03-31T07:00:00Z"), Instant.parse("2027-03-31T10:00:00Z"))),
                occasions);
    }

    @Test
    void theFirstDateCountsWhenItIsTheWeekdayAndNothingFollowsAfterUntil() {
        List<SlotRule.Occasion> occasions = SlotRule.occasions(
                LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 2),
                DayOfWeek.WEDNESDAY,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        assertEquals(1, occasions.size());
        assertEquals(
                0,
                SlotRule.occasions(
                                LocalDate.of(2026, 12, 3),
                                LocalDate.of(2026, 12, 8),
                                DayOfWeek.WEDNESDAY,
                                LocalTime.of(9, 0),
                                LocalTime.of(12, 0))
                        .size());
    }
}
