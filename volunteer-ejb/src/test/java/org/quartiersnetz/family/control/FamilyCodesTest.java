package org.quartiersnetz.family.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.family.entity.Family;

class FamilyCodesTest {

    @Test
    void theFirstCodeOfAYearIsNumberOne() {
        assertEquals(Optional.of("F-2026-001"), FamilyCodes.next(2026, List.of()));
        assertEquals(Optional.of("F-2027-001"), FamilyCodes.next(2027, List.of("F-2026-001")));
    }

    @Test
    void theNextCodeFollowsTheHighestNumberTakenComparedAsNumbers() {
        assertEquals(Optional.of("F-2026-003"), FamilyCodes.next(2026, List.of("F-2026-001", "F-2026-002")));
        assertEquals(Optional.of("F-2026-1000"), FamilyCodes.next(2026, List.of("F-2026-999", "F-2026-010")));
        assertEquals(Optional.of("F-2026-1001"), FamilyCodes.next(2026, List.of("F-2026-1000", "F-2026-999")));
        assertEquals(Optional.of("F-2026-043"), FamilyCodes.next(2026, List.of("F-2026-0042")));
    }

    @Test
    void generatedCodesMatchThePatternUntilTheYearIsUsedUp() {
        assertTrue(FamilyCodes.next(2026, List.of("F-2026-99998")).orElseThrow().matches(Family.CODE_PATTERN));
        assertEquals(Optional.empty(), FamilyCodes.next(2026, List.of("F-2026-99999")));
    }
}
