package org.quartiersnetz.clearance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.clearance.control.ClearanceRules.Facts;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.clearance.entity.DeletionReason;

class ClearanceRulesTest {

    private static final ClearanceRules DEFAULTS =
            new ClearanceRules(Period.ofMonths(3), Period.ofYears(5), Period.ofMonths(3), Period.ofMonths(6));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static Facts check(LocalDate renewalDue, boolean conviction) {
        return new Facts(DAY.minusDays(1), renewalDue, conviction, null);
    }

    @Test
    void aCertificateMayBeThreeMonthsOldAtTheInspectionButNotADayMore() {
        assertFalse(DEFAULTS.tooOld(LocalDate.of(2025, 12, 10), DAY));
        assertTrue(DEFAULTS.tooOld(LocalDate.of(2025, 12, 9), DAY));
        assertFalse(DEFAULTS.tooOld(DAY, DAY));
    }

    @Test
    void renewalIsDueFiveYearsAfterIssue() {
        assertEquals(LocalDate.of(2029, 2, 28), DEFAULTS.renewalDue(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void statusOfTheInspectionsACarrierMayRelyOn() {
        assertEquals(ClearanceStatus.MISSING, ClearanceRules.status(List.of(), DAY));
        assertEquals(ClearanceStatus.VALID, ClearanceRules.status(List.of(check(DAY.plusDays(1), false)), DAY));
        assertEquals(ClearanceStatus.DUE, ClearanceRules.status(List.of(check(DAY, false)), DAY));
        assertEquals(
                ClearanceStatus.VALID,
                ClearanceRules.status(List.of(check(DAY, false), check(DAY.plusYears(4), false)), DAY),
                "a renewal counts");
        assertEquals(
                ClearanceStatus.CONVICTION,
                ClearanceRules.status(List.of(check(DAY.plusYears(4), false), check(DAY.minusYears(1), true)), DAY),
                "a conviction wins");
    }

    @Test
    void deletionWithoutActivityAfterTheGracePeriodAndAfterTheLastActivityPlusSixMonths() {
        Facts noActivity = new Facts(LocalDate.of(2025, 12, 10), DAY.plusYears(5), false, null);
        assertEquals(Optional.empty(), DEFAULTS.deletionReason(noActivity, LocalDate.of(2026, 3, 10)));
        assertEquals(
                Optional.of(DeletionReason.NO_ACTIVITY_TAKEN_UP),
                DEFAULTS.deletionReason(noActivity, LocalDate.of(2026, 3, 11)));

        Facts active = new Facts(LocalDate.of(2024, 1, 10), DAY.plusYears(5), false, LocalDate.of(2025, 9, 10));
        assertEquals(Optional.empty(), DEFAULTS.deletionReason(active, LocalDate.of(2026, 3, 10)));
        assertEquals(
                Optional.of(DeletionReason.AFTER_LAST_ACTIVITY),
                DEFAULTS.deletionReason(active, LocalDate.of(2026, 3, 11)));
    }
}
