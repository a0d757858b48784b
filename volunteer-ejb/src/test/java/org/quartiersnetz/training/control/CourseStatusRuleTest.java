package org.quartiersnetz.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.training.control.CourseStatusRule.Validity;
import org.quartiersnetz.training.entity.CourseStatus;

class CourseStatusRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aQualificationCountsFromTheDayObtainedUntilItsLastValidDayInclusive() {
        List<Validity> held = List.of(new Validity(LocalDate.of(2024, 11, 26), LocalDate.of(2026, 11, 26)));
        assertEquals(CourseStatus.VALID, CourseStatusRule.of(held, List.of(), TODAY, NOW));
        assertEquals(CourseStatus.MISSING, CourseStatusRule.of(held, List.of(), TODAY.plusDays(1), NOW));
        assertEquals(CourseStatus.MISSING, CourseStatusRule.of(held, List.of(), LocalDate.of(2024, 11, 25), NOW));
    }

    @Test
    void aQualificationWithoutEndIsValidForGoodAndAnExpiredOneIsOutweighedByARenewal() {
        assertEquals(
                CourseStatus.VALID,
                CourseStatusRule.of(
                        List.of(new Validity(LocalDate.of(2010, 1, 1), null)), List.of(), TODAY.plusYears(30), NOW));
        List<Validity> renewed = List.of(
                new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)),
                new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)));
        assertEquals(CourseStatus.VALID, CourseStatusRule.of(renewed, List.of(), TODAY, NOW));
    }

    @Test
    void aConfirmedPlaceInAnyComingRunIsOnCondition() {
        Instant inAWeek = NOW.plusSeconds(7 * 86400);
        assertEquals(CourseStatus.ENROLLED, CourseStatusRule.of(List.of(), List.of(inAWeek), TODAY, NOW));
        assertEquals(CourseStatus.ENROLLED, CourseStatusRule.of(List.of(), List.of(inAWeek), TODAY.plusDays(30), NOW));
        Instant inTwoMonths = NOW.plusSeconds(60L * 86400);
        assertEquals(CourseStatus.ENROLLED, CourseStatusRule.of(List.of(), List.of(inTwoMonths), TODAY, NOW));
    }

    @Test
    void aRunThatEndedWithoutTheQualificationCountsForNothing() {
        assertEquals(CourseStatus.MISSING, CourseStatusRule.of(List.of(), List.of(NOW.minusSeconds(3600)), TODAY, NOW));
    }
}
