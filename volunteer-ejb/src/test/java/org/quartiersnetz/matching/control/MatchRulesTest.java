package org.quartiersnetz.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.matching.control.Candidates.CARRIER;
import static org.quartiersnetz.matching.control.Candidates.CONFIDENTIALITY_IN_FORCE;
import static org.quartiersnetz.matching.control.Candidates.COURSE;
import static org.quartiersnetz.matching.control.Candidates.NOW;
import static org.quartiersnetz.matching.control.Candidates.OTHER_CARRIER;
import static org.quartiersnetz.matching.control.Candidates.OTHER_TASK;
import static org.quartiersnetz.matching.control.Candidates.STARTS_ON;
import static org.quartiersnetz.matching.control.Candidates.TASK;
import static org.quartiersnetz.matching.control.Candidates.TODAY;
import static org.quartiersnetz.matching.control.Candidates.TUESDAY_15_17;
import static org.quartiersnetz.matching.control.Candidates.TYPE;
import static org.quartiersnetz.matching.control.Candidates.VOLUNTEER;
import static org.quartiersnetz.matching.control.Candidates.at;
import static org.quartiersnetz.matching.control.Candidates.context;
import static org.quartiersnetz.matching.control.Candidates.conviction;
import static org.quartiersnetz.matching.control.Candidates.free;
import static org.quartiersnetz.matching.control.Candidates.inspection;
import static org.quartiersnetz.matching.control.Candidates.roundTable;
import static org.quartiersnetz.matching.control.Candidates.task;
import static org.quartiersnetz.matching.control.Candidates.volunteer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.matching.control.Candidates.TaskBuilder;
import org.quartiersnetz.matching.control.Candidates.VolunteerBuilder;
import org.quartiersnetz.training.control.CourseStatusRule.Validity;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

class MatchRulesTest {

    /** What the default volunteer scores for the default task: every positive part in full. */
    private static final int MAX = MatchWeights.DEFAULTS.maximum();

    private static Match judge(VolunteerBuilder volunteer) {
        return judge(task(), volunteer);
    }

    private static Match judge(TaskBuilder task, VolunteerBuilder volunteer) {
        return MatchRules.judge(task.build(), volunteer.build(), context());
    }

    private static void assertEligible(Match match) {
        assertEquals(
                Match.Verdict.ELIGIBLE,
                match.verdict(),
                () -> "exclusions " + match.exclusions() + ", conditions " + match.conditions());
        assertTrue(match.isEligible());
        assertEquals(List.of(), match.exclusions());
        assertEquals(List.of(), match.conditions());
    }

    /** Excluded by this one constraint and nothing else. */
    private static void assertExcludedOnlyBy(Match match, ReasonCode code, Object... args) {
        assertEquals(Match.Verdict.EXCLUDED, match.verdict());
        assertFalse(match.isEligible());
        assertEquals(List.of(Reason.of(code, args)), match.exclusions());
    }

    @Test
    void theDefaultVolunteerFitsTheDefaultTaskWithTheMaximumScore() {
        Match match = judge(volunteer());

        assertEligible(match);
        assertEquals(1000, MAX);
        assertEquals(MAX, match.score());
        assertEquals(
                List.of(
                        Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr"),
                        Reason.of(ReasonCode.FREE_AT, DayOfWeek.TUESDAY, TimeBand.AFTERNOON),
                        Reason.of(ReasonCode.HAS_SKILL, Skill.CHILDCARE),
                        Reason.of(ReasonCode.INTERESTED_IN_TYPE, TYPE),
                        Reason.of(ReasonCode.WAITING_FOR_FIRST_TASK, 26),
                        Reason.of(ReasonCode.CHOSE_CARRIER)),
                match.reasons());
        assertEquals(List.of(), match.gaps());
        assertFalse(match.interested());
        assertEquals(26, match.waitingWeeks());
        assertEquals(VOLUNTEER, match.candidate().volunteerId());
    }

    @Nested
    class HardConstraints {

        @ParameterizedTest
        @EnumSource(value = VolunteerStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
        void notActive(VolunteerStatus status) {
            assertExcludedOnlyBy(judge(volunteer().withStatus(status)), ReasonCode.NOT_ACTIVE, status);
        }

        @Test
        void alreadyProposed() {
            assertExcludedOnlyBy(judge(volunteer().withLive(TASK)), ReasonCode.ALREADY_PROPOSED);
            // proposed again after a decline: the live proposal is what counts
            assertExcludedOnlyBy(judge(volunteer().withLive(TASK).withDeclined(TASK)), ReasonCode.ALREADY_PROPOSED);
        }

        @Test
        void declinedBefore() {
            assertExcludedOnlyBy(judge(volunteer().withDeclined(TASK)), ReasonCode.DECLINED_BEFORE);
        }

        @Test
        void anotherTaskProposedOrDeclinedDoesNotExclude() {
            assertEligible(judge(volunteer().withLive(OTHER_TASK).withDeclined(OTHER_TASK + 1)));
        }

        @Test
        void tooManyProposalsAtTheConfiguredLimitNotBelow() {
            assertExcludedOnlyBy(judge(volunteer().withOpenProposals(3)), ReasonCode.TOO_MANY_PROPOSALS, 3);
            assertEligible(judge(volunteer().withOpenProposals(2)));

            MatchWeights five = weights(5);
            assertTrue(MatchRules.judge(
                            task().build(), volunteer().withOpenProposals(4).build(), context(five))
                    .isEligible());
            assertExcludedOnlyBy(
                    MatchRules.judge(
                            task().build(), volunteer().withOpenProposals(5).build(), context(five)),
                    ReasonCode.TOO_MANY_PROPOSALS,
                    5);
        }

        private MatchWeights weights(int maxOpenProposals) {
            MatchWeights d = MatchWeights.DEFAULTS;
            return new MatchWeights(
                    d.language(),
                    d.times(),
                    d.skills(),
                    d.typeInterest(),
                    d.waiting(),
                    d.carrierChoice(),
                    d.load(),
                    d.perOpenProposal(),
                    d.condition(),
                    d.waitingCapWeeks(),
                    maxOpenProposals,
                    d.batchPerVolunteer());
        }

        @Test
        void notAvailableFromAfterTheStartDay() {
            assertExcludedOnlyBy(
                    judge(volunteer().withAvailableFrom(STARTS_ON.plusDays(1))),
                    ReasonCode.NOT_AVAILABLE_FROM,
                    "2026-04-02");
            assertEligible(judge(volunteer().withAvailableFrom(STARTS_ON)));
        }

        @Test
        void notAvailableUntilBeforeTheStartDay() {
            assertExcludedOnlyBy(
                    judge(volunteer().withAvailableUntil(STARTS_ON.minusDays(1))),
                    ReasonCode.NOT_AVAILABLE_UNTIL,
                    "2026-03-31");
            assertEligible(judge(volunteer().withAvailableUntil(STARTS_ON)));
        }

        @Test
        void noBirthDate() {
            assertExcludedOnlyBy(judge(volunteer().withBirthDate(null)), ReasonCode.NO_BIRTH_DATE);
        }

        @Test
        void tooYoungTheDayBeforeTheBirthdayButNotOnIt() {
            LocalDate eighteenOnTheStartDay = STARTS_ON.minusYears(18);
            assertEligible(judge(volunteer().withBirthDate(eighteenOnTheStartDay)));
            assertExcludedOnlyBy(
                    judge(volunteer().withBirthDate(eighteenOnTheStartDay.plusDays(1))), ReasonCode.TOO_YOUNG, 18);
            // the age on the start day counts, not today's
            assertTrue(STARTS_ON.isAfter(TODAY));
            assertExcludedOnlyBy(
                    judge(
                            task().withMinimumAge(16),
                            volunteer().withBirthDate(STARTS_ON.minusYears(16).plusDays(1))),
                    ReasonCode.TOO_YOUNG,
                    16);
        }

        @Test
        void clearanceMissing() {
            assertExcludedOnlyBy(judge(volunteer().withoutClearances()), ReasonCode.CLEARANCE_MISSING);
            assertEligible(
                    judge(task().withClearanceRequired(false), volunteer().withoutClearances()));
        }

        @Test
        void clearanceDueOnTheStartDayNotToday() {
            assertExcludedOnlyBy(
                    judge(volunteer().withClearances(CARRIER, inspection(STARTS_ON))), ReasonCode.CLEARANCE_DUE);
            assertEligible(judge(volunteer().withClearances(CARRIER, inspection(STARTS_ON.plusDays(1)))));
            // a renewal inspected since counts
            assertEligible(judge(volunteer()
                    .withClearances(CARRIER, inspection(TODAY.minusYears(1)), inspection(TODAY.plusYears(5)))));
        }

        @Test
        void convictionForCarrierStaff() {
            assertExcludedOnlyBy(
                    judge(volunteer().withClearances(CARRIER, inspection(TODAY.plusYears(4)), conviction())),
                    ReasonCode.CONVICTION);
        }

        @Test
        void convictionReadsAsClearanceMissingWhenConvictionsAreNotVisible() {
            Match match = MatchRules.judge(
                    task().build(),
                    volunteer().withClearances(CARRIER, conviction()).build(),
                    roundTable());

            assertExcludedOnlyBy(match, ReasonCode.CLEARANCE_MISSING);
        }

        @Test
        void anotherCarriersInspectionCountsOnlyWithConsent() {
            VolunteerBuilder inspectedElsewhere =
                    volunteer().withClearances(OTHER_CARRIER, inspection(TODAY.plusYears(4)));

            assertExcludedOnlyBy(judge(inspectedElsewhere), ReasonCode.CLEARANCE_MISSING);
            assertEligible(judge(inspectedElsewhere.withClearanceConsent(true)));
        }

        @Test
        void anotherCarriersConvictionCountsOnlyWithConsent() {
            VolunteerBuilder convictedElsewhere = volunteer().withClearance(OTHER_CARRIER, conviction());

            assertEligible(judge(convictedElsewhere));
            assertExcludedOnlyBy(judge(convictedElsewhere.withClearanceConsent(true)), ReasonCode.CONVICTION);
        }

        @Test
        void courseMissing() {
            assertExcludedOnlyBy(judge(volunteer().withoutQualifications()), ReasonCode.COURSE_MISSING, COURSE);

            // in the order of the course codes
            Match two = judge(
                    task().withRequiredCourses("first-aid", COURSE), volunteer().withoutQualifications());
            assertEquals(
                    List.of(
                            Reason.of(ReasonCode.COURSE_MISSING, COURSE),
                            Reason.of(ReasonCode.COURSE_MISSING, "first-aid")),
                    two.exclusions());
        }

        @Test
        void courseMissingWhenTheQualificationHasExpiredByTheStartDay() {
            VolunteerBuilder expiring = volunteer()
                    .withQualifications(COURSE, new Validity(LocalDate.of(2023, 4, 1), STARTS_ON.minusDays(1)));
            assertExcludedOnlyBy(judge(expiring), ReasonCode.COURSE_MISSING, COURSE);

            assertEligible(judge(
                    volunteer().withQualifications(COURSE, new Validity(LocalDate.of(2023, 4, 1), STARTS_ON))));
        }

        @Test
        void courseMissingWhenTheRunEndedWithoutAQualification() {
            assertExcludedOnlyBy(
                    judge(volunteer().withoutQualifications().withConfirmedRunEnds(COURSE, NOW.minusSeconds(60))),
                    ReasonCode.COURSE_MISSING,
                    COURSE);
        }

        @Test
        void courseEnrolledIsAConditionThatLowersTheScore() {
            Match match = judge(
                    volunteer().withoutQualifications().withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(30))));

            assertEquals(Match.Verdict.ON_CONDITION, match.verdict());
            assertTrue(match.isEligible());
            assertEquals(List.of(), match.exclusions());
            assertEquals(List.of(Reason.of(ReasonCode.COURSE_ENROLLED, COURSE)), match.conditions());
            assertEquals(MAX - MatchWeights.DEFAULTS.condition(), match.score());
        }

        @Test
        void courseEnrolledAfterAnExpiredQualificationIsACondition() {
            Match match = judge(volunteer()
                    .withQualifications(COURSE, new Validity(LocalDate.of(2023, 4, 1), TODAY.minusDays(1)))
                    .withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(10))));

            assertEquals(Match.Verdict.ON_CONDITION, match.verdict());
        }

        @Test
        void aValidQualificationWinsOverAnEnrolment() {
            Match match = judge(volunteer().withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(30))));

            assertEligible(match);
            assertEquals(MAX, match.score());
        }

        @Test
        void exclusionWinsOverCondition() {
            Match match = judge(volunteer()
                    .withoutQualifications()
                    .withoutClearances()
                    .withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(30))));

            assertEquals(Match.Verdict.EXCLUDED, match.verdict());
            assertEquals(List.of(Reason.of(ReasonCode.COURSE_ENROLLED, COURSE)), match.conditions());
        }

        @Test
        void declarationMissingWhenOnlyAnOlderVersionWasSigned() {
            assertExcludedOnlyBy(
                    judge(volunteer().withSignedDeclarations(CONFIDENTIALITY_IN_FORCE - 1)),
                    ReasonCode.DECLARATION_MISSING,
                    DeclarationKind.CONFIDENTIALITY);
            assertExcludedOnlyBy(
                    judge(volunteer().withSignedDeclarations()),
                    ReasonCode.DECLARATION_MISSING,
                    DeclarationKind.CONFIDENTIALITY);
        }

        @Test
        void aDeclarationWithoutAVersionInForceIsNotAsked() {
            assertEligible(judge(
                    task().withRequiredDeclarations(DeclarationKind.CODE_OF_CONDUCT),
                    volunteer().withSignedDeclarations()));
        }

        @Test
        void noCommonLanguage() {
            Match match = judge(volunteer().withLanguages("ru", LanguageLevel.NATIVE));

            assertExcludedOnlyBy(match, ReasonCode.NO_COMMON_LANGUAGE);
            assertTrue(match.gaps().contains(Reason.of(ReasonCode.NO_FAMILY_LANGUAGE, "tr")));
            // the family's language alone is not enough when the task asks for another
            assertExcludedOnlyBy(
                    judge(volunteer().withLanguages("tr", LanguageLevel.NATIVE)), ReasonCode.NO_COMMON_LANGUAGE);
        }

        @Test
        void languagesAreAnyOf() {
            assertEligible(judge(
                    task().withLanguages("de", "en").withFamilyLanguages(),
                    volunteer().withLanguages("en", LanguageLevel.BASIC)));
            assertEligible(judge(
                    task().withLanguages().withFamilyLanguages("tr"),
                    volunteer().withLanguages("ru", LanguageLevel.NATIVE)));
        }

        @Test
        void notAvailableAtTimes() {
            Match match = judge(volunteer()
                    .withAvailability(
                            free(DayOfWeek.WEDNESDAY, TimeBand.AFTERNOON), free(DayOfWeek.TUESDAY, TimeBand.MORNING)));

            assertExcludedOnlyBy(match, ReasonCode.NOT_AVAILABLE_AT_TIMES);
            assertEquals(List.of(Reason.of(ReasonCode.NOT_FREE_AT, DayOfWeek.TUESDAY, "15:00", "17:00")), match.gaps());
        }

        @Test
        void notAvailableAtTimesWhenATimeSpansTwoBandsAndOnlyOneIsOffered() {
            TaskBuilder elevenToOne = task().withSchedule(at(DayOfWeek.TUESDAY, "11:00", "13:00"));

            assertExcludedOnlyBy(
                    judge(elevenToOne, volunteer().withAvailability(free(DayOfWeek.TUESDAY, TimeBand.MORNING))),
                    ReasonCode.NOT_AVAILABLE_AT_TIMES);
            assertExcludedOnlyBy(
                    judge(elevenToOne, volunteer().withAvailability(free(DayOfWeek.TUESDAY, TimeBand.MIDDAY))),
                    ReasonCode.NOT_AVAILABLE_AT_TIMES);
            assertEligible(judge(
                    elevenToOne,
                    volunteer()
                            .withAvailability(
                                    free(DayOfWeek.TUESDAY, TimeBand.MORNING),
                                    free(DayOfWeek.TUESDAY, TimeBand.MIDDAY))));
        }

        @Test
        void notAvailableAtTimesOutsideEveryBand() {
            VolunteerBuilder allTuesday = volunteer()
                    .withAvailability(Stream.of(TimeBand.values())
                            .map(b -> free(DayOfWeek.TUESDAY, b))
                            .toArray(Availability[]::new));

            assertExcludedOnlyBy(
                    judge(task().withSchedule(at(DayOfWeek.TUESDAY, "06:00", "08:00")), allTuesday),
                    ReasonCode.NOT_AVAILABLE_AT_TIMES);
            assertExcludedOnlyBy(
                    judge(task().withSchedule(at(DayOfWeek.TUESDAY, "21:00", "22:30")), allTuesday),
                    ReasonCode.NOT_AVAILABLE_AT_TIMES);
        }

        @Test
        void oneCoveredTimeOfSeveralIsEnough() {
            assertEligible(
                    judge(task().withSchedule(TUESDAY_15_17, at(DayOfWeek.THURSDAY, "15:00", "17:00")), volunteer()));
        }

        @Test
        void noCapacityWhenCommittedPlusTheTasksHoursExceedTheMaximum() {
            assertExcludedOnlyBy(judge(volunteer().withHoursCommitted(8)), ReasonCode.NO_CAPACITY, "2", "3");
            assertExcludedOnlyBy(
                    judge(task().withHoursPerWeek("2.5"), volunteer().withHoursCommitted(8)),
                    ReasonCode.NO_CAPACITY,
                    "2",
                    "2.5");
            // more committed than the maximum (it was lowered): nothing free, not a negative number
            assertExcludedOnlyBy(judge(volunteer().withHoursCommitted(11)), ReasonCode.NO_CAPACITY, "0", "3");
        }

        @Test
        void noCapacityNotWhenExactlyAtTheMaximum() {
            assertEligible(judge(volunteer().withHoursCommitted(7)));
            assertEligible(judge(task().withHoursPerWeek("2.5"), volunteer().withHoursCommitted(7.5)));
            assertEligible(judge(task().withHoursPerWeek("10"), volunteer()));
        }

        @Test
        void noCapacityNeverWithoutAMaximum() {
            assertEligible(judge(
                    task().withHoursPerWeek("40"),
                    volunteer().withMaxHoursPerWeek(null).withHoursCommitted(20)));
        }

        @Test
        void busyAtTheTimesWhenAPlaceTheyHoldMeetsThen() {
            Match match = judge(volunteer().withHeldTimes(at(DayOfWeek.TUESDAY, "16:00", "18:00")));

            assertExcludedOnlyBy(match, ReasonCode.BUSY_AT_TIMES);
            assertEquals(List.of(Reason.of(ReasonCode.TIME_TAKEN, DayOfWeek.TUESDAY, "15:00", "17:00")), match.gaps());
        }

        @Test
        void aPlaceHeldAtAnotherTimeOfTheDayTakesNothing() {
            assertEligible(judge(volunteer()
                    .withHeldTimes(at(DayOfWeek.TUESDAY, "09:00", "11:00"), at(DayOfWeek.TUESDAY, "17:00", "18:00"))));
        }

        @Test
        void noCapacityNotWhenExactlyAtTheMaximumWithTenthsOfAnHour() {
            assertEligible(judge(
                    task().withHoursPerWeek("1.8"),
                    volunteer().withMaxHoursPerWeek(4).withHoursCommitted(2.2)));
        }

        @Test
        void everyExclusionIsListedNotOnlyTheFirst() {
            Match match = judge(volunteer()
                    .withStatus(VolunteerStatus.PAUSED)
                    .withBirthDate(null)
                    .withoutClearances()
                    .withOpenProposals(3));

            assertEquals(
                    List.of(
                            Reason.of(ReasonCode.NOT_ACTIVE, "PAUSED"),
                            Reason.of(ReasonCode.TOO_MANY_PROPOSALS, 3),
                            Reason.of(ReasonCode.NO_BIRTH_DATE),
                            Reason.of(ReasonCode.CLEARANCE_MISSING)),
                    match.exclusions());
        }
    }

    @Nested
    class Score {

        private final MatchWeights w = MatchWeights.DEFAULTS;

        @ParameterizedTest
        @CsvSource({"NATIVE, 250", "FLUENT, 225", "GOOD, 187", "BASIC, 100"})
        void familyLanguageByLevel(LanguageLevel level, int points) {
            Match match = judge(volunteer().withLanguages("tr", level));

            assertEquals(MAX - w.language() + points, match.score());
            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr"),
                    match.reasons().get(0));
        }

        @ParameterizedTest
        @CsvSource({"NATIVE, 200", "FLUENT, 180", "GOOD, 150", "BASIC, 80"})
        void aTaskLanguageThatIsNotTheFamilysAtEightyPercent(LanguageLevel level, int points) {
            Match match = judge(volunteer().withLanguages("de", level));

            assertEligible(match);
            assertEquals(MAX - w.language() + points, match.score());
            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_LANGUAGE, "de"), match.reasons().get(0));
        }

        @Test
        void theBestLevelAmongTheLanguagesCountsTheFirstCodeAmongEquals() {
            TaskBuilder twoFamilyLanguages = task().withFamilyLanguages("tr", "ar");

            Match better = judge(
                    twoFamilyLanguages,
                    volunteer()
                            .withLanguages(
                                    "de", LanguageLevel.NATIVE, "ar", LanguageLevel.GOOD, "tr", LanguageLevel.FLUENT));
            assertEquals(MAX - w.language() + 225, better.score());
            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr"),
                    better.reasons().get(0));

            Match equal = judge(
                    twoFamilyLanguages,
                    volunteer()
                            .withLanguages(
                                    "de",
                                    LanguageLevel.NATIVE,
                                    "ar",
                                    LanguageLevel.FLUENT,
                                    "tr",
                                    LanguageLevel.FLUENT));
            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "ar"),
                    equal.reasons().get(0));
        }

        @Test
        void noLanguageAskedCountsInFull() {
            Match match = judge(
                    task().withLanguages().withFamilyLanguages(), volunteer().withLanguages("ru", LanguageLevel.BASIC));

            assertEquals(MAX, match.score());
            assertEquals(List.of(), match.gaps());
        }

        @Test
        void aFamilyLanguageNotSpokenWhenTheTaskAsksForNoneCountsNothing() {
            Match match = judge(task().withLanguages(), volunteer().withLanguages("de", LanguageLevel.NATIVE));

            assertEligible(match);
            assertEquals(MAX - w.language(), match.score());
        }

        @Test
        void speakingTheFamilysLanguageTooNeverLowersTheScore() {
            for (LanguageLevel level : LanguageLevel.values()) {
                Match alsoFamily = judge(volunteer().withLanguages("de", LanguageLevel.NATIVE, "tr", level));
                Match onlyTask = judge(volunteer().withLanguages("de", LanguageLevel.NATIVE));

                assertTrue(
                        alsoFamily.score() >= onlyTask.score(),
                        level + ": " + alsoFamily.score() + " < " + onlyTask.score());
            }
        }

        @Test
        void timesCoveredFractionally() {
            Match match = judge(
                    task().withSchedule(
                                    TUESDAY_15_17,
                                    at(DayOfWeek.TUESDAY, "16:00", "18:00"),
                                    at(DayOfWeek.FRIDAY, "09:00", "11:00")),
                    volunteer());

            assertEligible(match);
            assertEquals(MAX - w.times() + 200 * 2 / 3, match.score());
            assertEquals(List.of(Reason.of(ReasonCode.NOT_FREE_AT, DayOfWeek.FRIDAY, "09:00", "11:00")), match.gaps());
        }

        @Test
        void noScheduleCountsTimesInFull() {
            assertEquals(
                    MAX,
                    judge(task().withSchedule(), volunteer().withAvailability()).score());
        }

        @Test
        void skillsFractionally() {
            Match match = judge(
                    task().withSkills(Skill.READING_ALOUD, Skill.CHILDCARE, Skill.HOMEWORK_HELP),
                    volunteer().withSkills(Skill.CHILDCARE, Skill.COOKING));

            assertEligible(match);
            assertEquals(MAX - w.skills() + 150 / 3, match.score());
            assertTrue(match.reasons().contains(Reason.of(ReasonCode.HAS_SKILL, Skill.CHILDCARE)));
            assertEquals(
                    List.of(
                            Reason.of(ReasonCode.LACKS_SKILL, Skill.HOMEWORK_HELP),
                            Reason.of(ReasonCode.LACKS_SKILL, Skill.READING_ALOUD)),
                    match.gaps());
        }

        @Test
        void noSkillAskedCountsSkillsInFull() {
            assertEquals(
                    MAX, judge(task().withSkills(), volunteer().withSkills()).score());
        }

        @Test
        void typeInterest() {
            Match match = judge(volunteer().withInterests("homework-help"));

            assertEquals(MAX - w.typeInterest(), match.score());
            assertFalse(match.reasons().stream().anyMatch(r -> r.code() == ReasonCode.INTERESTED_IN_TYPE));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "6, 0", "7, 7", "62, 61", "63, 69", "181, 192", "182, 200", "400, 200"})
        void waitingWeeksCappedAtWaitingCapWeeks(long daysSinceSignUp, int points) {
            Match match = judge(volunteer().withSignedUpDaysAgo(daysSinceSignUp));

            assertEquals(MAX - w.waiting() + points, match.score());
            assertEquals(daysSinceSignUp / 7, match.waitingWeeks(), "uncapped, for the ranking");
        }

        @Test
        void waitingOnlyForVolunteersNeverPlaced() {
            Match match = judge(volunteer().withEverPlaced(true));

            assertEquals(MAX - w.waiting(), match.score());
            assertEquals(0, match.waitingWeeks());
            assertFalse(match.reasons().stream().anyMatch(r -> r.code() == ReasonCode.WAITING_FOR_FIRST_TASK));
        }

        @Test
        void aSignUpAfterNowIsNoWaiting() {
            Match match = judge(volunteer().withSignedUpAt(NOW.plus(Duration.ofDays(20))));

            assertEquals(MAX - w.waiting(), match.score());
            assertEquals(0, match.waitingWeeks());
        }

        @Test
        void carrierChoiceNotForTheSharedPoolOnly() {
            Match pool = judge(volunteer().withChosenCarriers().withSharedPool(true));
            Match otherCarrier =
                    judge(volunteer().withChosenCarriers(OTHER_CARRIER).withSharedPool(true));
            Match both = judge(volunteer().withSharedPool(true));

            assertEquals(MAX - w.carrierChoice(), pool.score());
            assertEquals(MAX - w.carrierChoice(), otherCarrier.score());
            assertFalse(pool.reasons().contains(Reason.of(ReasonCode.CHOSE_CARRIER)));
            assertEquals(MAX, both.score());
        }

        @ParameterizedTest
        @CsvSource({"1, 10", "2.5, 25", "4, 40", "7, 70"})
        void loadByHoursCommitted(double committed, int penalty) {
            Match match = judge(volunteer().withHoursCommitted(committed));

            assertEligible(match);
            assertEquals(MAX - penalty, match.score());
        }

        @Test
        void loadPenaltyIsCappedAtTheWholeLoadWeight() {
            // excluded for capacity, but ranked among the near misses with at most the whole load taken off
            assertEquals(
                    MAX - w.load(), judge(volunteer().withHoursCommitted(25)).score());
        }

        @Test
        void noLoadWithoutAMaximum() {
            Match match = judge(volunteer().withMaxHoursPerWeek(null).withHoursCommitted(6));

            assertEquals(MAX, match.score());
            assertEquals(List.of(), match.gaps());
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "1, 25", "2, 50"})
        void perOpenProposal(int open, int penalty) {
            assertEquals(
                    MAX - penalty, judge(volunteer().withOpenProposals(open)).score());
        }

        @Test
        void conditionPenaltyComesOnTopOfTheOthers() {
            Match match = judge(volunteer()
                    .withoutQualifications()
                    .withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(30)))
                    .withOpenProposals(1));

            assertEquals(MAX - w.condition() - w.perOpenProposal(), match.score());
        }

        @Test
        void theFloorIsOneForAnExcludedVolunteerWithNothingForThem() {
            Match match = judge(volunteer()
                    .withLanguages("ru", LanguageLevel.BASIC)
                    .withAvailability(free(DayOfWeek.WEDNESDAY, TimeBand.MORNING))
                    .withSkills()
                    .withInterests()
                    .withEverPlaced(true)
                    .withChosenCarriers()
                    .withSharedPool(true)
                    .withHoursCommitted(9)
                    .withOpenProposals(2));

            assertEquals(Match.Verdict.EXCLUDED, match.verdict());
            assertEquals(1, match.score());
        }

        @Test
        void theFloorIsOneForAnEligibleVolunteer() {
            MatchWeights penaltiesOnly = new MatchWeights(0, 0, 0, 0, 0, 0, 100, 25, 100, 26, 3, 1);

            Match nothing = MatchRules.judge(task().build(), volunteer().build(), context(penaltiesOnly));
            Match below = MatchRules.judge(
                    task().build(),
                    volunteer().withOpenProposals(2).withHoursCommitted(5).build(),
                    context(penaltiesOnly));

            assertEligible(nothing);
            assertEquals(1, nothing.score());
            assertEligible(below);
            assertEquals(1, below.score());
        }

        @Test
        void customWeightsChangeEveryPart() {
            MatchWeights custom = new MatchWeights(400, 100, 60, 40, 80, 20, 50, 10, 30, 8, 5, 2);
            int max = custom.maximum();
            assertEquals(700, max);

            assertEquals(max, score(custom, task(), volunteer()));
            assertEquals(max - 400 + 360, score(custom, task(), volunteer().withLanguage("tr", LanguageLevel.FLUENT)));
            assertEquals(max - 400 + 320, score(custom, task(), volunteer().withLanguages("de", LanguageLevel.NATIVE)));
            assertEquals(
                    max - 100 + 50,
                    score(
                            custom,
                            task().withSchedule(TUESDAY_15_17, at(DayOfWeek.FRIDAY, "15:00", "17:00")),
                            volunteer()));
            assertEquals(
                    max - 60 + 30, score(custom, task().withSkills(Skill.CHILDCARE, Skill.FIRST_AID), volunteer()));
            assertEquals(max - 40, score(custom, task(), volunteer().withInterests()));
            assertEquals(max - 80 + 30, score(custom, task(), volunteer().withSignedUpDaysAgo(21)), "3 of 8 weeks");
            assertEquals(max, score(custom, task(), volunteer().withSignedUpDaysAgo(56)), "capped at 8 weeks");
            assertEquals(
                    max - 20,
                    score(custom, task(), volunteer().withChosenCarriers().withSharedPool(true)));
            assertEquals(max - 25, score(custom, task(), volunteer().withHoursCommitted(5)));
            assertEquals(
                    max - 40,
                    score(custom, task(), volunteer().withOpenProposals(4)),
                    "four open proposals are allowed below a limit of five");
            assertEquals(
                    max - 30,
                    score(
                            custom,
                            task(),
                            volunteer()
                                    .withoutQualifications()
                                    .withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(30)))));
        }

        @Test
        void theDefaultVolunteerScoresTheMaximumOfAnyWeights() {
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) {
                MatchWeights any = new MatchWeights(
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(500),
                        random.nextInt(50),
                        random.nextInt(500),
                        1 + random.nextInt(26),
                        3,
                        1);

                assertEquals(Math.max(1, any.maximum()), score(any, task(), volunteer()), any::toString);
            }
        }

        private int score(MatchWeights weights, TaskBuilder task, VolunteerBuilder volunteer) {
            return MatchRules.judge(task.build(), volunteer.build(), context(weights))
                    .score();
        }
    }

    @Nested
    class ReasonsAndGaps {

        @Test
        void ofTwoFamilyLanguagesSpokenEquallyWellTheOneTheTaskAsksForIsNamed() {
            Match match = judge(
                    task().withLanguages("tr").withFamilyLanguages("de", "tr"),
                    volunteer().withLanguages("de", LanguageLevel.NATIVE, "tr", LanguageLevel.NATIVE));

            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr"),
                    match.reasons().get(0));
        }

        @Test
        void speaksFamilyLanguage() {
            assertTrue(judge(volunteer()).reasons().contains(Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr")));
        }

        @Test
        void freeAtTuesdayAfternoon() {
            Match match = judge(volunteer());

            assertTrue(match.reasons().contains(new Reason(ReasonCode.FREE_AT, List.of("TUESDAY", "AFTERNOON"))));
        }

        @Test
        void freeAtEachBandOnceInTheOrderOfTheSchedule() {
            Match match = judge(
                    task().withSchedule(
                                    at(DayOfWeek.TUESDAY, "11:00", "13:00"),
                                    TUESDAY_15_17,
                                    at(DayOfWeek.TUESDAY, "16:30", "17:30")),
                    volunteer()
                            .withAvailability(
                                    free(DayOfWeek.TUESDAY, TimeBand.MORNING),
                                    free(DayOfWeek.TUESDAY, TimeBand.MIDDAY),
                                    free(DayOfWeek.TUESDAY, TimeBand.AFTERNOON)));

            assertEquals(
                    List.of(
                            Reason.of(ReasonCode.FREE_AT, DayOfWeek.TUESDAY, TimeBand.MORNING),
                            Reason.of(ReasonCode.FREE_AT, DayOfWeek.TUESDAY, TimeBand.MIDDAY),
                            Reason.of(ReasonCode.FREE_AT, DayOfWeek.TUESDAY, TimeBand.AFTERNOON)),
                    match.reasons().stream()
                            .filter(r -> r.code() == ReasonCode.FREE_AT)
                            .toList());
        }

        @Test
        void waitingForFirstTaskNineWeeksAfterSixtyThreeDays() {
            Match match = judge(volunteer().withSignedUpDaysAgo(63));

            assertTrue(match.reasons().contains(new Reason(ReasonCode.WAITING_FOR_FIRST_TASK, List.of("9"))));
            assertEquals(9, match.waitingWeeks());
        }

        @Test
        void noWaitingReasonBeforeAWeek() {
            assertFalse(judge(volunteer().withSignedUpDaysAgo(6)).reasons().stream()
                    .anyMatch(r -> r.code() == ReasonCode.WAITING_FOR_FIRST_TASK));
        }

        @Test
        void interestedInTaskFirstInTheListWithoutPoints() {
            VolunteerBuilder noTypeInterest = volunteer().withInterests();

            Match interested = judge(task().withInterested(VOLUNTEER), noTypeInterest);
            Match notInterested = judge(task().withInterested(VOLUNTEER + 1), noTypeInterest);

            assertTrue(interested.interested());
            assertEquals(
                    Reason.of(ReasonCode.INTERESTED_IN_TASK),
                    interested.reasons().get(0));
            assertEquals(interested.reasons().subList(1, interested.reasons().size()), notInterested.reasons());
            assertFalse(notInterested.interested());
            assertEquals(notInterested.score(), interested.score(), "a tie-breaker, not points");
        }

        @Test
        void gapsInTheOrderOfTheRules() {
            Match match = judge(
                    task().withSchedule(TUESDAY_15_17, at(DayOfWeek.WEDNESDAY, "09:00", "11:00"))
                            .withSkills(Skill.CHILDCARE, Skill.FIRST_AID),
                    volunteer()
                            .withLanguage("tr", LanguageLevel.BASIC)
                            .withHoursCommitted(4)
                            .withOpenProposals(1));

            assertEligible(match);
            assertEquals(
                    List.of(
                            Reason.of(ReasonCode.LANGUAGE_BASIC, "tr"),
                            Reason.of(ReasonCode.NOT_FREE_AT, DayOfWeek.WEDNESDAY, "09:00", "11:00"),
                            Reason.of(ReasonCode.LACKS_SKILL, Skill.FIRST_AID),
                            Reason.of(ReasonCode.ALREADY_BUSY, "4", "10"),
                            Reason.of(ReasonCode.OPEN_PROPOSALS, 1)),
                    match.gaps());
            // language 200 (German at 80 %, better than Turkish BASIC's 100) + times 100 + skills 75 + type 100
            // + waiting 200 + carrier 100 - load 40 - proposal 25
            assertEquals(710, match.score());
        }

        @Test
        void languageBasicForATaskLanguage() {
            Match match = judge(volunteer().withLanguages("de", LanguageLevel.BASIC));

            assertEquals(
                    List.of(Reason.of(ReasonCode.LANGUAGE_BASIC, "de"), Reason.of(ReasonCode.NO_FAMILY_LANGUAGE, "tr")),
                    match.gaps());
        }

        @Test
        void noFamilyLanguageListsThemInOrder() {
            Match match = judge(
                    task().withFamilyLanguages("tr", "ar"), volunteer().withLanguages("de", LanguageLevel.NATIVE));

            assertEquals(List.of(Reason.of(ReasonCode.NO_FAMILY_LANGUAGE, "ar,tr")), match.gaps());
            assertEquals(
                    Reason.of(ReasonCode.SPEAKS_LANGUAGE, "de"), match.reasons().get(0));
        }

        @Test
        void alreadyBusyWithHalfHours() {
            assertEquals(
                    List.of(Reason.of(ReasonCode.ALREADY_BUSY, "2.5", "10")),
                    judge(volunteer().withHoursCommitted(2.5)).gaps());
        }

        @Test
        void alreadyBusyShowsTenthsOfAnHour() {
            double committed = 0;
            for (String placement : List.of("1.1", "2.2")) {
                committed += new BigDecimal(placement).doubleValue(); // as CandidateLoader sums them
            }

            assertEquals(
                    List.of(Reason.of(ReasonCode.ALREADY_BUSY, "3.3", "10")),
                    judge(volunteer().withHoursCommitted(committed)).gaps());
        }

        @Test
        void openProposals() {
            assertEquals(
                    List.of(Reason.of(ReasonCode.OPEN_PROPOSALS, 2)),
                    judge(volunteer().withOpenProposals(2)).gaps());
        }
    }

    @Nested
    class Ranking {

        private Match match(long id, int score, boolean interested, long waitingWeeks, int exclusions) {
            List<Reason> excluded = Collections.nCopies(exclusions, Reason.of(ReasonCode.CLEARANCE_MISSING));
            return new Match(
                    volunteer().withId(id).build(),
                    exclusions > 0 ? Match.Verdict.EXCLUDED : Match.Verdict.ELIGIBLE,
                    score,
                    List.of(),
                    List.of(),
                    List.of(),
                    excluded,
                    interested,
                    waitingWeeks);
        }

        private List<Long> ranked(Comparator<Match> order, Match... matches) {
            List<Match> list = new ArrayList<>(List.of(matches));
            Collections.shuffle(list, new Random(3));
            list.sort(order);
            return list.stream().map(m -> m.candidate().volunteerId()).toList();
        }

        @Test
        void higherScoreFirst() {
            assertEquals(
                    List.of(3L, 2L, 1L),
                    ranked(
                            Match.RANKING,
                            match(1, 500, true, 50, 0),
                            match(2, 700, false, 0, 0),
                            match(3, 701, false, 0, 0)));
        }

        @Test
        void amongEqualScoresTheInterestedFirst() {
            assertEquals(
                    List.of(9L, 1L), ranked(Match.RANKING, match(1, 700, false, 40, 0), match(9, 700, true, 0, 0)));
        }

        @Test
        void thenTheLongerWaiting() {
            assertEquals(
                    List.of(9L, 1L, 5L),
                    ranked(
                            Match.RANKING,
                            match(1, 700, false, 12, 0),
                            match(9, 700, false, 13, 0),
                            match(5, 700, false, 0, 0)));
        }

        @Test
        void thenTheLowerId() {
            assertEquals(
                    List.of(2L, 3L, 11L),
                    ranked(
                            Match.RANKING,
                            match(11, 700, true, 4, 0),
                            match(3, 700, true, 4, 0),
                            match(2, 700, true, 4, 0)));
        }

        @Test
        void allTieBreakersTogether() {
            assertEquals(
                    List.of(6L, 4L, 5L, 1L, 2L, 3L),
                    ranked(
                            Match.RANKING,
                            match(1, 800, false, 3, 0),
                            match(2, 800, false, 3, 0),
                            match(3, 700, true, 30, 0),
                            match(4, 800, true, 0, 0),
                            match(5, 800, false, 9, 0),
                            match(6, 900, false, 0, 0)));
        }

        @Test
        void judgedVolunteersOfEqualScoreRankInterestedThenWaitingThenId() {
            TaskDemand demand = task().withInterested(9L).build();
            List<Match> matches = new ArrayList<>();
            for (VolunteerBuilder v : List.of(
                    volunteer().withId(7),
                    volunteer().withId(8).withSignedUpDaysAgo(280),
                    volunteer().withId(9),
                    volunteer().withId(6))) {
                matches.add(MatchRules.judge(demand, v.build(), context()));
            }
            matches.sort(Match.RANKING);

            assertTrue(matches.stream().allMatch(m -> m.score() == MAX));
            assertEquals(
                    List.of(9L, 8L, 6L, 7L),
                    matches.stream().map(m -> m.candidate().volunteerId()).toList());
        }

        @Test
        void nearMissFewerExclusionsFirst() {
            assertEquals(
                    List.of(3L, 1L, 2L),
                    ranked(
                            Match.NEAR_MISS,
                            match(1, 900, false, 0, 2),
                            match(2, 999, true, 40, 3),
                            match(3, 100, false, 0, 1)));
        }

        @Test
        void nearMissAmongEqualExclusionsAsTheRanking() {
            assertEquals(
                    List.of(4L, 2L, 1L, 3L),
                    ranked(
                            Match.NEAR_MISS,
                            match(1, 600, false, 5, 1),
                            match(2, 600, true, 0, 1),
                            match(3, 600, false, 5, 2),
                            match(4, 800, false, 0, 1)));
        }
    }

    @Nested
    class Plausible {

        private static final List<String> LANGUAGES = List.of("de", "tr", "ar", "ru", "en");
        private static final List<WeeklyTime> TIMES = List.of(
                TUESDAY_15_17,
                at(DayOfWeek.TUESDAY, "11:00", "13:00"),
                at(DayOfWeek.WEDNESDAY, "09:00", "11:00"),
                at(DayOfWeek.WEDNESDAY, "13:00", "15:00"),
                at(DayOfWeek.WEDNESDAY, "19:00", "20:00"),
                at(DayOfWeek.TUESDAY, "06:00", "08:00"));
        /** What plausible() claims to check without a lookup (besides visibility). */
        private static final Set<ReasonCode> CHEAP = EnumSet.of(
                ReasonCode.NOT_ACTIVE,
                ReasonCode.NO_COMMON_LANGUAGE,
                ReasonCode.NOT_AVAILABLE_AT_TIMES,
                ReasonCode.ALREADY_PROPOSED,
                ReasonCode.DECLINED_BEFORE);

        private boolean plausible(TaskDemand task, Candidate c) {
            return MatchRules.plausible(task, MatchRules.languageBits(task), MatchRules.neededTimes(task), c);
        }

        @Test
        void theDefaultPairIsPlausible() {
            assertTrue(plausible(task().build(), volunteer().build()));
        }

        @Test
        void neverRejectsAPairThatJudgeAccepts() {
            Random random = new Random(20_260_310L);
            int implausible = 0;
            int plausibleButExcluded = 0;
            int eligible = 0;
            for (int round = 0; round < 600; round++) {
                TaskDemand task = randomTask(random).build();
                Candidate c = randomVolunteer(random).build();

                boolean plausible = plausible(task, c);
                Match match = MatchRules.judge(task, c, context());

                String pair = "round " + round + ": " + task + " / " + c + " -> " + match.exclusions();
                if (!plausible) {
                    implausible++;
                    assertFalse(match.isEligible(), pair);
                }
                // and exactly: implausible if and only if judge names one of the cheap constraints
                assertEquals(!plausible, match.exclusions().stream().anyMatch(r -> CHEAP.contains(r.code())), pair);
                plausibleButExcluded += plausible && !match.isEligible() ? 1 : 0;
                eligible += match.isEligible() ? 1 : 0;
            }
            // the seed gives all three kinds in numbers, so neither assertion is vacuous
            String counts = implausible + " implausible, " + plausibleButExcluded + " plausible but excluded, "
                    + eligible + " eligible";
            assertTrue(implausible >= 60 && plausibleButExcluded >= 60 && eligible >= 60, counts);
        }

        @Test
        void theQuickJudgementAgreesWithTheExplainedOne() {
            Random random = new Random(7_2026L);
            for (int round = 0; round < 600; round++) {
                TaskDemand task = randomTask(random).build();
                Candidate c = randomVolunteer(random).build();
                Match match = MatchRules.judge(task, c, context());
                MatchRules.Quick quick = MatchRules.quick(task, c, context());

                String pair = "round " + round + ": " + match;
                assertEquals(match.score(), quick.score(), pair);
                assertEquals(match.exclusions().size(), quick.exclusions(), pair);
                assertEquals(match.isEligible(), quick.isEligible(), pair);
                assertEquals(match.interested(), quick.interested(), pair);
                assertEquals(match.waitingWeeks(), quick.waitingWeeks(), pair);
            }
        }

        @Test
        void eligibleAgreesWithTheQuickJudgement() {
            Random random = new Random(22_2026L);
            int eligible = 0;
            for (int round = 0; round < 3000; round++) {
                TaskDemand task = randomTask(random)
                        .withMinimumAge(random.nextInt(3) == 0 ? 18 : 0)
                        .build();
                VolunteerBuilder v = randomVolunteer(random);
                // every other hard constraint now and then, so that each can be the only one that fails
                switch (random.nextInt(12)) {
                    case 0 -> v.withBirthDate(null);
                    case 1 -> v.withBirthDate(STARTS_ON.minusYears(17));
                    case 2 -> v.withAvailableFrom(STARTS_ON.plusDays(1));
                    case 3 -> v.withAvailableUntil(STARTS_ON.minusDays(1));
                    case 4 -> v.withMaxHoursPerWeek(random.nextInt(4)).withHoursCommitted(0);
                    case 5 -> v.withoutQualifications();
                    case 6 -> v.withSignedDeclarations();
                    case 7 -> v.withHeldTimes(TUESDAY_15_17);
                    case 8 -> v.withMaxHoursPerWeek(null);
                    default -> {}
                }
                Candidate c = v.build();
                MatchRules.Quick quick = MatchRules.quick(task, c, context());

                assertEquals(
                        quick.isEligible(),
                        MatchRules.eligible(task, c, context()),
                        "round " + round + ": "
                                + MatchRules.judge(task, c, context()).exclusions());
                eligible += quick.isEligible() ? 1 : 0;
            }
            assertTrue(eligible >= 100 && eligible <= 2900, eligible + " of 3000 eligible");
        }

        @Test
        void visibilityIsLeftToTheCallersOfJudge() {
            // the loaders ask only for visible volunteers and PlacementService.propose checks visibleTo()
            Candidate hidden = volunteer()
                    .withChosenCarriers(OTHER_CARRIER)
                    .withSharedPool(false)
                    .build();

            assertFalse(plausible(task().build(), hidden));
            assertTrue(MatchRules.judge(task().build(), hidden, context()).isEligible());
            assertTrue(plausible(
                    task().build(),
                    volunteer().withChosenCarriers().withSharedPool(true).build()));
        }

        private TaskBuilder randomTask(Random random) {
            return task().withLanguages(some(random, LANGUAGES, 2).toArray(String[]::new))
                    .withFamilyLanguages(some(random, LANGUAGES, 2).toArray(String[]::new))
                    .withSchedule(some(random, TIMES, 2).toArray(WeeklyTime[]::new))
                    .withClearanceRequired(random.nextBoolean())
                    .withSkills(some(random, List.of(Skill.values()), 2).toArray(Skill[]::new))
                    .withHoursPerWeek(String.valueOf(1 + random.nextInt(5)));
        }

        private VolunteerBuilder randomVolunteer(Random random) {
            VolunteerStatus[] statuses = VolunteerStatus.values();
            VolunteerBuilder v = volunteer()
                    .withStatus(
                            random.nextInt(3) == 0 ? statuses[random.nextInt(statuses.length)] : VolunteerStatus.ACTIVE)
                    .withLanguages()
                    .withAvailability()
                    .withHoursCommitted(random.nextInt(10))
                    .withOpenProposals(random.nextInt(4))
                    .withLive(random.nextInt(8) == 0 ? TASK : OTHER_TASK)
                    .withDeclined(random.nextInt(8) == 0 ? TASK : OTHER_TASK)
                    .withSignedUpDaysAgo(random.nextInt(300))
                    .withEverPlaced(random.nextBoolean());
            // always visible to the task's carrier: visibility is the callers' (visibilityIsLeftToTheCallersOfJudge)
            if (random.nextBoolean()) {
                v.withChosenCarriers().withSharedPool(true);
            }
            if (random.nextInt(4) == 0) {
                v.withoutClearances();
            }
            for (String language : some(random, LANGUAGES, 4)) {
                v.withLanguage(language, LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
            }
            List<Availability> free = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
                for (TimeBand band : TimeBand.values()) {
                    if (random.nextBoolean()) {
                        free.add(free(day, band));
                    }
                }
            }
            return v.withAvailability(free.toArray(Availability[]::new));
        }

        private <T> List<T> some(Random random, List<T> from, int most) {
            List<T> shuffled = new ArrayList<>(from);
            Collections.shuffle(shuffled, random);
            return shuffled.subList(0, random.nextInt(most + 1));
        }
    }

    @Nested
    class Encoding {

        @Test
        void encodeWritesCodesAndArguments() {
            assertEquals(
                    "SPEAKS_FAMILY_LANGUAGE:tr;FREE_AT:TUESDAY,AFTERNOON;HAS_SKILL:CHILDCARE;"
                            + "INTERESTED_IN_TYPE:godparent;WAITING_FOR_FIRST_TASK:26;CHOSE_CARRIER",
                    Reason.encode(judge(volunteer()).reasons()));
            assertEquals("", Reason.encode(List.of()));
        }

        @Test
        void decodeReadsWhatEncodeWrote() {
            Match rich = judge(
                    task().withInterested(VOLUNTEER)
                            .withSchedule(TUESDAY_15_17, at(DayOfWeek.FRIDAY, "09:30", "11:00"))
                            .withSkills(Skill.CHILDCARE, Skill.FIRST_AID),
                    volunteer()
                            .withStatus(VolunteerStatus.PAUSED)
                            .withLanguage("tr", LanguageLevel.BASIC)
                            .withHoursCommitted(2.5)
                            .withOpenProposals(3)
                            .withAvailableFrom(STARTS_ON.plusDays(3))
                            .withoutQualifications()
                            .withConfirmedRunEnds(COURSE, NOW.plus(Duration.ofDays(9))));
            for (List<Reason> reasons : List.of(
                    judge(volunteer()).reasons(), rich.reasons(), rich.gaps(), rich.conditions(), rich.exclusions())) {
                assertFalse(reasons.isEmpty());
                assertEquals(reasons, Reason.decode(Reason.encode(reasons)), Reason.encode(reasons));
            }
        }

        @Test
        void decodeSkipsUnknownCodes() {
            assertEquals(
                    List.of(Reason.of(ReasonCode.SPEAKS_FAMILY_LANGUAGE, "tr"), Reason.of(ReasonCode.CHOSE_CARRIER)),
                    Reason.decode("SPEAKS_FAMILY_LANGUAGE:tr;RETIRED_CODE:1,2;CHOSE_CARRIER;speaks_language:de"));
        }

        @Test
        void decodeOfNothingIsNothing() {
            assertEquals(List.of(), Reason.decode(null));
            assertEquals(List.of(), Reason.decode(""));
            assertEquals(List.of(), Reason.decode("  "));
            assertEquals(List.of(), Reason.decode("UNKNOWN"));
        }
    }
}
