package org.quartiersnetz.matching.control;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.training.control.CourseStatusRule;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Fixtures for the matching rules: a volunteer who fits a godparent-like task in every respect
 * (and so scores the maximum with the default weights), and withers that change one thing at a
 * time, so that each test reads as "the default, except …".
 */
final class Candidates {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate STARTS_ON = LocalDate.of(2026, 4, 1);
    static final long CARRIER = 1;
    static final long OTHER_CARRIER = 2;
    static final long TASK = 100;
    static final long OTHER_TASK = 101;
    static final long VOLUNTEER = 7;
    static final String TYPE = "godparent";
    static final String COURSE = "basics";
    /** The id of the confidentiality declaration's version in force. */
    static final long CONFIDENTIALITY_IN_FORCE = 41;

    static final WeeklyTime TUESDAY_15_17 = at(DayOfWeek.TUESDAY, "15:00", "17:00");

    private Candidates() {}

    static VolunteerBuilder volunteer() {
        return new VolunteerBuilder();
    }

    static TaskBuilder task() {
        return new TaskBuilder();
    }

    /** What a carrier's staff judge with: default weights, the fixed clock, convictions visible. */
    static MatchContext context() {
        return context(MatchWeights.DEFAULTS);
    }

    static MatchContext context(MatchWeights weights) {
        return new MatchContext(
                weights, TODAY, NOW, Map.of(DeclarationKind.CONFIDENTIALITY, CONFIDENTIALITY_IN_FORCE), true);
    }

    /** What the round table judges with: a conviction must not show. */
    static MatchContext roundTable() {
        MatchContext c = context();
        return new MatchContext(c.weights(), c.today(), c.now(), c.declarationsInForce(), false);
    }

    static WeeklyTime at(DayOfWeek day, String start, String end) {
        return new WeeklyTime(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    static Availability free(DayOfWeek day, TimeBand band) {
        return new Availability(day, band);
    }

    /** An inspection with no conviction, renewal due on that day. */
    static ClearanceRules.Facts inspection(LocalDate renewalDueOn) {
        return new ClearanceRules.Facts(TODAY.minusMonths(2), renewalDueOn, false, null);
    }

    static ClearanceRules.Facts conviction() {
        return new ClearanceRules.Facts(TODAY.minusMonths(2), TODAY.plusYears(5), true, null);
    }

    /** Mutable on purpose: {@link #volunteer()} hands out a fresh one each time. */
    static final class VolunteerBuilder {

        private long id = VOLUNTEER;
        private VolunteerStatus status = VolunteerStatus.ACTIVE;
        private LocalDate birthDate = LocalDate.of(1990, 5, 20);
        private Integer maxHoursPerWeek = 10;
        private LocalDate availableFrom;
        private LocalDate availableUntil;
        private Instant signedUpAt = NOW.minus(Duration.ofDays(7 * 26));
        private final Map<String, LanguageLevel> languages =
                new HashMap<>(Map.of("de", LanguageLevel.NATIVE, "tr", LanguageLevel.NATIVE));
        private final Set<Availability> availability =
                new HashSet<>(Set.of(free(DayOfWeek.TUESDAY, TimeBand.AFTERNOON)));
        private final Set<Skill> skills = new HashSet<>(Set.of(Skill.CHILDCARE));
        private final Set<String> interests = new HashSet<>(Set.of(TYPE));
        private final Set<Long> chosenCarriers = new HashSet<>(Set.of(CARRIER));
        private boolean sharedPool;
        private double hoursCommitted;
        private int openProposals;
        private boolean everPlaced;
        private final Set<Long> declinedTasks = new HashSet<>();
        private final Set<Long> liveTasks = new HashSet<>();
        private final Map<Long, List<ClearanceRules.Facts>> clearances =
                new HashMap<>(Map.of(CARRIER, List.of(inspection(TODAY.plusYears(4)))));
        private boolean clearanceConsent;
        private final Map<String, List<CourseStatusRule.Validity>> qualifications =
                new HashMap<>(Map.of(COURSE, List.of(new CourseStatusRule.Validity(LocalDate.of(2025, 1, 15), null))));
        private final Map<String, List<Instant>> confirmedRunEnds = new HashMap<>();
        private final Set<Long> signedDeclarations = new HashSet<>(Set.of(CONFIDENTIALITY_IN_FORCE));
        private final List<WeeklyTime> heldTimes = new ArrayList<>();

        VolunteerBuilder withId(long id) {
            this.id = id;
            return this;
        }

        VolunteerBuilder withStatus(VolunteerStatus status) {
            this.status = status;
            return this;
        }

        VolunteerBuilder withBirthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        VolunteerBuilder withMaxHoursPerWeek(Integer maxHoursPerWeek) {
            this.maxHoursPerWeek = maxHoursPerWeek;
            return this;
        }

        VolunteerBuilder withAvailableFrom(LocalDate availableFrom) {
            this.availableFrom = availableFrom;
            return this;
        }

        VolunteerBuilder withAvailableUntil(LocalDate availableUntil) {
            this.availableUntil = availableUntil;
            return this;
        }

        VolunteerBuilder withSignedUpAt(Instant signedUpAt) {
            this.signedUpAt = signedUpAt;
            return this;
        }

        VolunteerBuilder withSignedUpDaysAgo(long days) {
            return withSignedUpAt(NOW.minus(Duration.ofDays(days)));
        }

        /** Replaces all languages: pairs of code and level. */
        VolunteerBuilder withLanguages(Object... codesAndLevels) {
            languages.clear();
            for (int i = 0; i < codesAndLevels.length; i += 2) {
                languages.put((String) codesAndLevels[i], (LanguageLevel) codesAndLevels[i + 1]);
            }
            return this;
        }

        VolunteerBuilder withLanguage(String code, LanguageLevel level) {
            languages.put(code, level);
            return this;
        }

        VolunteerBuilder withAvailability(Availability... times) {
            availability.clear();
            availability.addAll(List.of(times));
            return this;
        }

        VolunteerBuilder withSkills(Skill... held) {
            skills.clear();
            skills.addAll(List.of(held));
            return this;
        }

        VolunteerBuilder withInterests(String... typeCodes) {
            interests.clear();
            interests.addAll(List.of(typeCodes));
            return this;
        }

        VolunteerBuilder withChosenCarriers(Long... carriers) {
            chosenCarriers.clear();
            chosenCarriers.addAll(List.of(carriers));
            return this;
        }

        VolunteerBuilder withSharedPool(boolean sharedPool) {
            this.sharedPool = sharedPool;
            return this;
        }

        VolunteerBuilder withHoursCommitted(double hoursCommitted) {
            this.hoursCommitted = hoursCommitted;
            return this;
        }

        VolunteerBuilder withOpenProposals(int openProposals) {
            this.openProposals = openProposals;
            return this;
        }

        VolunteerBuilder withEverPlaced(boolean everPlaced) {
            this.everPlaced = everPlaced;
            return this;
        }

        VolunteerBuilder withDeclined(Long... tasks) {
            declinedTasks.clear();
            declinedTasks.addAll(List.of(tasks));
            return this;
        }

        VolunteerBuilder withLive(Long... tasks) {
            liveTasks.clear();
            liveTasks.addAll(List.of(tasks));
            return this;
        }

        /** Replaces all inspections by these of one carrier. */
        VolunteerBuilder withClearances(long carrier, ClearanceRules.Facts... checks) {
            clearances.clear();
            clearances.put(carrier, List.of(checks));
            return this;
        }

        VolunteerBuilder withClearance(long carrier, ClearanceRules.Facts... checks) {
            clearances.put(carrier, List.of(checks));
            return this;
        }

        VolunteerBuilder withoutClearances() {
            clearances.clear();
            return this;
        }

        VolunteerBuilder withClearanceConsent(boolean consent) {
            this.clearanceConsent = consent;
            return this;
        }

        VolunteerBuilder withQualifications(String course, CourseStatusRule.Validity... validities) {
            qualifications.put(course, List.of(validities));
            return this;
        }

        VolunteerBuilder withoutQualifications() {
            qualifications.clear();
            return this;
        }

        VolunteerBuilder withConfirmedRunEnds(String course, Instant... ends) {
            confirmedRunEnds.put(course, List.of(ends));
            return this;
        }

        VolunteerBuilder withSignedDeclarations(Long... versions) {
            signedDeclarations.clear();
            signedDeclarations.addAll(List.of(versions));
            return this;
        }

        /** Holds places in tasks meeting at these weekly times. */
        VolunteerBuilder withHeldTimes(WeeklyTime... times) {
            heldTimes.clear();
            heldTimes.addAll(List.of(times));
            return this;
        }

        Candidate build() {
            // the bits as the loader makes them, so that plausible() sees what judge() sees
            return new Candidate(
                    id,
                    "Vol",
                    "Unteer" + id,
                    status,
                    birthDate,
                    maxHoursPerWeek,
                    availableFrom,
                    availableUntil,
                    signedUpAt,
                    Map.copyOf(languages),
                    Set.copyOf(availability),
                    Set.copyOf(skills),
                    Set.copyOf(interests),
                    Set.copyOf(chosenCarriers),
                    sharedPool,
                    hoursCommitted,
                    openProposals,
                    everPlaced,
                    Set.copyOf(declinedTasks),
                    Set.copyOf(liveTasks),
                    Map.copyOf(clearances),
                    clearanceConsent,
                    Map.copyOf(qualifications),
                    Map.copyOf(confirmedRunEnds),
                    Set.copyOf(signedDeclarations),
                    MatchBits.languages(languages.keySet()),
                    MatchBits.availability(availability),
                    List.copyOf(heldTimes));
        }
    }

    /**
     * A godparent-like task of {@link #CARRIER}: clearance, course {@link #COURSE} and the
     * confidentiality declaration required, from 18, Tuesday 15–17 h, 3 h a week, German asked,
     * a Turkish-speaking family, childcare.
     */
    static final class TaskBuilder {

        private long id = TASK;
        private long carrierId = CARRIER;
        private String typeCode = TYPE;
        private boolean clearanceRequired = true;
        private int minimumAge = 18;
        private final Set<String> requiredCourses = new HashSet<>(Set.of(COURSE));
        private final Set<DeclarationKind> requiredDeclarations =
                new HashSet<>(Set.of(DeclarationKind.CONFIDENTIALITY));
        private final List<WeeklyTime> schedule = new ArrayList<>(List.of(TUESDAY_15_17));
        private LocalDate startsOn = STARTS_ON;
        private BigDecimal hoursPerWeek = new BigDecimal("3");
        private final Set<String> languages = new HashSet<>(Set.of("de"));
        private final Set<String> familyLanguages = new HashSet<>(Set.of("tr"));
        private final Set<Skill> skills = new HashSet<>(Set.of(Skill.CHILDCARE));
        private int placesFree = 1;
        private final Set<Long> interested = new HashSet<>();

        TaskBuilder withId(long id) {
            this.id = id;
            return this;
        }

        TaskBuilder withCarrier(long carrierId) {
            this.carrierId = carrierId;
            return this;
        }

        TaskBuilder withType(String typeCode) {
            this.typeCode = typeCode;
            return this;
        }

        TaskBuilder withClearanceRequired(boolean required) {
            this.clearanceRequired = required;
            return this;
        }

        TaskBuilder withMinimumAge(int minimumAge) {
            this.minimumAge = minimumAge;
            return this;
        }

        TaskBuilder withRequiredCourses(String... courses) {
            requiredCourses.clear();
            requiredCourses.addAll(List.of(courses));
            return this;
        }

        TaskBuilder withRequiredDeclarations(DeclarationKind... kinds) {
            requiredDeclarations.clear();
            requiredDeclarations.addAll(List.of(kinds));
            return this;
        }

        TaskBuilder withSchedule(WeeklyTime... times) {
            schedule.clear();
            schedule.addAll(List.of(times));
            return this;
        }

        TaskBuilder withStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
            return this;
        }

        TaskBuilder withHoursPerWeek(String hours) {
            this.hoursPerWeek = new BigDecimal(hours);
            return this;
        }

        TaskBuilder withLanguages(String... codes) {
            languages.clear();
            languages.addAll(List.of(codes));
            return this;
        }

        TaskBuilder withFamilyLanguages(String... codes) {
            familyLanguages.clear();
            familyLanguages.addAll(List.of(codes));
            return this;
        }

        TaskBuilder withSkills(Skill... asked) {
            skills.clear();
            skills.addAll(List.of(asked));
            return this;
        }

        TaskBuilder withInterested(Long... volunteers) {
            interested.clear();
            interested.addAll(List.of(volunteers));
            return this;
        }

        TaskDemand build() {
            return new TaskDemand(
                    id,
                    carrierId,
                    typeCode,
                    clearanceRequired,
                    minimumAge,
                    requiredCourses,
                    requiredDeclarations,
                    schedule,
                    startsOn,
                    hoursPerWeek,
                    languages,
                    familyLanguages,
                    skills,
                    placesFree,
                    interested);
        }
    }
}
