package org.quartiersnetz.placement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.placement.entity.PlacementLifecycle.Actor;
import org.quartiersnetz.placement.entity.PlacementLifecycle.Detail;

class PlacementLifecycleTest {

    @Test
    void aTandemGoesThroughGettingToKnowAndTrialOtherTypesBecomeActiveAfterTheIntroMeeting() {
        assertEquals(
                Set.of(PlacementStatus.INTRO_MEETING, PlacementStatus.GETTING_TO_KNOW, PlacementStatus.CANCELLED),
                PlacementLifecycle.next(PlacementStatus.INTRO_MEETING, true, Actor.STAFF));
        assertEquals(
                Set.of(PlacementStatus.INTRO_MEETING, PlacementStatus.ACTIVE, PlacementStatus.CANCELLED),
                PlacementLifecycle.next(PlacementStatus.INTRO_MEETING, false, Actor.STAFF));
        assertEquals(Set.of(), PlacementLifecycle.next(PlacementStatus.ACTIVE, false, Actor.VOLUNTEER));
    }

    @Test
    void eachStepCarriesWhatItNeeds() {
        assertEquals(Set.of(Detail.MEETING_AT), PlacementLifecycle.required(PlacementStatus.INTRO_MEETING, false));
        assertEquals(Set.of(Detail.REASON), PlacementLifecycle.required(PlacementStatus.CANCELLED, true));
        assertEquals(Set.of(Detail.REASON), PlacementLifecycle.required(PlacementStatus.ENDED, false));
        assertEquals(
                Set.of(), PlacementLifecycle.required(PlacementStatus.DECLINED, false), "declining needs no reason");
        assertEquals(Set.of(Detail.FAMILY_CONSENT), PlacementLifecycle.required(PlacementStatus.ACTIVE, true));
        assertEquals(Set.of(), PlacementLifecycle.required(PlacementStatus.ACTIVE, false));
    }

    @Test
    void contactWithTheFamilyBeginsWithGettingToKnowEachOther() {
        assertTrue(PlacementLifecycle.meetsFamily(PlacementStatus.GETTING_TO_KNOW));
        assertTrue(PlacementLifecycle.meetsFamily(PlacementStatus.TRIAL_PERIOD));
        assertTrue(PlacementLifecycle.meetsFamily(PlacementStatus.ACTIVE));
        assertFalse(PlacementLifecycle.meetsFamily(PlacementStatus.INTRO_MEETING));
        assertFalse(PlacementLifecycle.meetsFamily(PlacementStatus.ACCEPTED));
    }
}
