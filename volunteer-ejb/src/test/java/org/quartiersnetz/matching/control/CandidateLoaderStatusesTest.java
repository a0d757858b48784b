package org.quartiersnetz.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.placement.entity.CancelCause;
import org.quartiersnetz.placement.entity.PlacementStatus;

/** Matching names placement statuses as strings (it must not depend on placement): they must stay the enum's. */
class CandidateLoaderStatusesTest {

    @Test
    void theStatusesMatchingReadsArePlacementStatuses() {
        for (String status : List.of(
                CandidateLoader.PROPOSED, CandidateLoader.DECLINED, CandidateLoader.ENDED, CandidateLoader.CANCELLED)) {
            assertEquals(status, PlacementStatus.valueOf(status).name(), status);
        }
        assertEquals(CancelCause.BY_VOLUNTEER.name(), CandidateLoader.BY_VOLUNTEER);
        assertEquals(
                Arrays.stream(PlacementStatus.values())
                        .filter(PlacementStatus::holdsPlace)
                        .map(Enum::name)
                        .toList(),
                CandidateLoader.HOLDING);
    }
}
