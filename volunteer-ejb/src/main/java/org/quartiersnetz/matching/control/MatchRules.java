package org.quartiersnetz.matching.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.training.control.CourseStatusRule;
import org.quartiersnetz.training.entity.CourseStatus;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * The matching's rules as pure functions of a task, a volunteer and a context: the hard
 * constraints that exclude (status, §72a clearance and courses valid on the start day or a course
 * still to complete as a condition, declarations, languages any-of, free at a weekly time, dates,
 * weekly hours, minimum age, not declined, not flooded) and the weighted score with its reasons.
 * The clearance and course rules are the training and clearance areas' own.
 */
public final class MatchRules {

    private static final TimeBand[] NO_BANDS = {};

    private MatchRules() {}

    /** The judgement of one volunteer for one task; excluded volunteers get a score too (to rank near misses). */
    public static Match judge(TaskDemand task, Candidate c, MatchContext context) {
        Judgement j = evaluate(task, c, context, true);
        boolean interested = task.interested().contains(c.volunteerId());
        if (interested) {
            j.reasons.add(0, Reason.of(ReasonCode.INTERESTED_IN_TASK));
        }
        Match.Verdict verdict = j.excluded > 0
                ? Match.Verdict.EXCLUDED
                : j.conditional == 0 ? Match.Verdict.ELIGIBLE : Match.Verdict.ON_CONDITION;
        return new Match(
                c,
                verdict,
                Math.max(1, j.points),
                j.reasons,
                j.gaps,
                j.conditions,
                j.exclusions,
                interested,
                c.everPlaced() ? 0 : waitingWeeks(c, context));
    }

    /**
     * The same judgement without its reasons, for ranking many pairs before explaining the few that
     * are shown or proposed: score, how many constraints exclude, and the tie-breakers.
     */
    public static Quick quick(TaskDemand task, Candidate c, MatchContext context) {
        Judgement j = evaluate(task, c, context, false);
        return new Quick(
                c,
                Math.max(1, j.points),
                j.excluded,
                task.interested().contains(c.volunteerId()),
                c.everPlaced() ? 0 : waitingWeeks(c, context));
    }

    /**
     * Whether no hard constraint excludes the volunteer: exactly {@code quick(task, c, context).isEligible()},
     * but the cheapest and most selective checks first, each stopping at the first that fails, and
     * without a score. The batch proposal asks it for every pair that can matter and scores only those it
     * lets through.
     */
    public static boolean eligible(TaskDemand task, Candidate c, MatchContext context) {
        return c.status() == VolunteerStatus.ACTIVE
                && !c.liveTasks().contains(task.taskId())
                && !c.declinedTasks().contains(task.taskId())
                && c.openProposals() < context.weights().maxOpenProposals()
                && !startsTooLate(task, c)
                && !endsTooEarly(task, c)
                && c.birthDate() != null
                && !tooYoung(task, c)
                && (!task.clearanceRequired() || clearance(task, c) == ClearanceStatus.VALID)
                && noCourseMissing(task, c, context)
                && noDeclarationMissing(task, c, context)
                && (task.languages().isEmpty() || speaksAny(c, task.languages()))
                && (task.schedule().isEmpty() || freeAtAnyTime(task, c))
                && !overCapacity(task, c);
    }

    /** A judgement without reasons; {@link #judge} explains it. */
    public record Quick(Candidate candidate, int score, int exclusions, boolean interested, long waitingWeeks) {

        public boolean isEligible() {
            return exclusions == 0;
        }

        /** As {@link Match#RANKING}. */
        public static final Comparator<Quick> RANKING = Comparator.comparingInt(Quick::score)
                .reversed()
                .thenComparing(Quick::interested, Comparator.reverseOrder())
                .thenComparing(Quick::waitingWeeks, Comparator.reverseOrder())
                .thenComparingLong(q -> q.candidate().volunteerId());

        /** As {@link Match#NEAR_MISS}. */
        public static final Comparator<Quick> NEAR_MISS =
                Comparator.comparingInt(Quick::exclusions).thenComparing(RANKING);
    }

    private static Judgement evaluate(TaskDemand task, Candidate c, MatchContext context, boolean explain) {
        Judgement j = new Judgement(context.weights(), explain);
        lifecycle(task, c, context, j);
        requirements(task, c, context, j);
        language(task, c, j);
        times(task, c, j);
        skills(task, c, j);
        preferences(task, c, context, j);
        capacity(task, c, j);
        if (j.conditional > 0) {
            j.points -= context.weights().condition();
        }
        return j;
    }

    /**
     * A cheap first look for the batch proposal: false when a hard constraint that needs no lookup
     * fails (visibility, status, language, times, already in play), so most pairs are never judged.
     */
    public static boolean plausible(TaskDemand task, BitSet taskLanguages, int[] neededTimes, Candidate c) {
        // cheapest first: this runs for every pair of the batch
        if (c.status() != VolunteerStatus.ACTIVE
                || !taskLanguages.isEmpty() && !taskLanguages.intersects(c.languageBits())
                || !coversAny(c.availabilityBits(), neededTimes)) {
            return false;
        }
        return c.visibleTo(task.carrierId())
                && !c.liveTasks().contains(task.taskId())
                && !c.declinedTasks().contains(task.taskId());
    }

    private static boolean coversAny(int availability, int[] neededTimes) {
        if (neededTimes.length == 0) {
            return true;
        }
        for (int needed : neededTimes) {
            if (MatchBits.covers(availability, needed)) {
                return true;
            }
        }
        return false;
    }

    /** The bands each weekly time of the task touches, for {@link #plausible}. */
    public static int[] neededTimes(TaskDemand task) {
        return task.schedule().stream().mapToInt(MatchBits::needed).toArray();
    }

    /** Every band of the week that one of the task's times touches. */
    public static int touchedBands(TaskDemand task) {
        int bits = 0;
        for (WeeklyTime time : task.schedule()) {
            bits |= MatchBits.needed(time);
        }
        return bits;
    }

    public static BitSet languageBits(TaskDemand task) {
        return MatchBits.languages(task.languages());
    }

    private static void lifecycle(TaskDemand task, Candidate c, MatchContext context, Judgement j) {
        if (c.status() != VolunteerStatus.ACTIVE) {
            j.exclude(ReasonCode.NOT_ACTIVE, c.status());
        }
        if (c.liveTasks().contains(task.taskId())) {
            j.exclude(ReasonCode.ALREADY_PROPOSED);
        } else if (c.declinedTasks().contains(task.taskId())) {
            j.exclude(ReasonCode.DECLINED_BEFORE);
        }
        if (c.openProposals() >= context.weights().maxOpenProposals()) {
            j.exclude(ReasonCode.TOO_MANY_PROPOSALS, c.openProposals());
        }
        if (startsTooLate(task, c)) {
            j.exclude(ReasonCode.NOT_AVAILABLE_FROM, c.availableFrom());
        }
        if (endsTooEarly(task, c)) {
            j.exclude(ReasonCode.NOT_AVAILABLE_UNTIL, c.availableUntil());
        }
    }

    private static boolean startsTooLate(TaskDemand task, Candidate c) {
        return c.availableFrom() != null && c.availableFrom().isAfter(task.startsOn());
    }

    private static boolean endsTooEarly(TaskDemand task, Candidate c) {
        return c.availableUntil() != null && c.availableUntil().isBefore(task.startsOn());
    }

    /** Younger than the task's type allows on the start day; the birth date is known. */
    private static boolean tooYoung(TaskDemand task, Candidate c) {
        return Period.between(c.birthDate(), task.startsOn()).getYears() < task.minimumAge();
    }

    private static ClearanceStatus clearance(TaskDemand task, Candidate c) {
        return ClearanceRules.status(reliedOn(c, task.carrierId()), task.startsOn());
    }

    private static CourseStatus course(TaskDemand task, Candidate c, String course, MatchContext context) {
        return CourseStatusRule.of(
                c.qualifications().getOrDefault(course, List.of()),
                c.confirmedRunEnds().getOrDefault(course, List.of()),
                task.startsOn(),
                context.now());
    }

    private static boolean noCourseMissing(TaskDemand task, Candidate c, MatchContext context) {
        for (String required : task.requiredCourses()) {
            if (course(task, c, required, context) == CourseStatus.MISSING) {
                return false;
            }
        }
        return true;
    }

    private static boolean noDeclarationMissing(TaskDemand task, Candidate c, MatchContext context) {
        for (DeclarationKind kind : task.requiredDeclarations()) {
            if (declarationMissing(kind, c, context)) {
                return false;
            }
        }
        return true;
    }

    private static boolean declarationMissing(DeclarationKind kind, Candidate c, MatchContext context) {
        Long inForce = context.declarationsInForce().get(kind);
        return inForce != null && !c.signedDeclarations().contains(inForce);
    }

    private static boolean speaksAny(Candidate c, Set<String> languages) {
        for (String spoken : c.languages().keySet()) {
            if (languages.contains(spoken)) {
                return true;
            }
        }
        return false;
    }

    /** Free at the whole of one of the task's times at least, and no place they hold meets then. */
    private static boolean freeAtAnyTime(TaskDemand task, Candidate c) {
        for (WeeklyTime time : task.schedule()) {
            if (MatchBits.covers(c.availabilityBits(), MatchBits.needed(time)) && !takenAt(c, time)) {
                return true;
            }
        }
        return false;
    }

    private static void requirements(TaskDemand task, Candidate c, MatchContext context, Judgement j) {
        if (c.birthDate() == null) {
            j.exclude(ReasonCode.NO_BIRTH_DATE);
        } else if (tooYoung(task, c)) {
            j.exclude(ReasonCode.TOO_YOUNG, task.minimumAge());
        }
        if (task.clearanceRequired()) {
            switch (clearance(task, c)) {
                case VALID -> {}
                case CONVICTION ->
                    j.exclude(context.convictionsVisible() ? ReasonCode.CONVICTION : ReasonCode.CLEARANCE_MISSING);
                case DUE -> j.exclude(ReasonCode.CLEARANCE_DUE);
                case MISSING -> j.exclude(ReasonCode.CLEARANCE_MISSING);
            }
        }
        for (String course : task.requiredCourses()) {
            CourseStatus status = course(task, c, course, context);
            if (status == CourseStatus.ENROLLED) {
                j.condition(ReasonCode.COURSE_ENROLLED, course);
            } else if (status == CourseStatus.MISSING) {
                j.exclude(ReasonCode.COURSE_MISSING, course);
            }
        }
        for (DeclarationKind kind : task.requiredDeclarations()) {
            if (declarationMissing(kind, c, context)) {
                j.exclude(ReasonCode.DECLARATION_MISSING, kind);
            }
        }
    }

    /** The inspections the task's carrier may rely on: its own, and with consent every carrier's. */
    static List<ClearanceRules.Facts> reliedOn(Candidate c, long carrierId) {
        if (c.clearanceConsent()) {
            if (c.clearances().size() == 1) {
                return c.clearances().values().iterator().next();
            }
            List<ClearanceRules.Facts> all = new ArrayList<>();
            c.clearances().values().forEach(all::addAll);
            return all;
        }
        return c.clearances().getOrDefault(carrierId, List.of());
    }

    private static void language(TaskDemand task, Candidate c, Judgement j) {
        int weight = j.weights.language();
        Map.Entry<String, LanguageLevel> family = best(c, task.familyLanguages(), task.languages());
        Map.Entry<String, LanguageLevel> asked = best(c, task.languages(), Set.of());
        if (!task.languages().isEmpty() && asked == null) {
            j.exclude(ReasonCode.NO_COMMON_LANGUAGE);
        }
        // the better of the two counts: speaking the family's language a little never costs points
        int familyPoints = family == null ? -1 : weight * percent(family.getValue()) / 100;
        int askedPoints = asked == null ? -1 : weight * percent(asked.getValue()) * 4 / 500;
        if (family != null) {
            j.reason(ReasonCode.SPEAKS_FAMILY_LANGUAGE, family.getKey());
            basic(family, j);
        }
        if (asked != null
                && (family == null
                        || askedPoints > familyPoints && !asked.getKey().equals(family.getKey()))) {
            j.reason(ReasonCode.SPEAKS_LANGUAGE, asked.getKey());
            basic(asked, j);
        }
        if (familyPoints >= 0 || askedPoints >= 0) {
            j.points += Math.max(familyPoints, askedPoints);
        } else if (task.languages().isEmpty() && task.familyLanguages().isEmpty()) {
            j.points += weight;
        }
        if (family == null && !task.familyLanguages().isEmpty()) {
            // the arguments only when explaining: a quick judgement would build them for nothing
            j.gap(
                    ReasonCode.NO_FAMILY_LANGUAGE,
                    j.explain ? String.join(",", new TreeSet<>(task.familyLanguages())) : "");
        }
    }

    private static void basic(Map.Entry<String, LanguageLevel> spoken, Judgement j) {
        if (spoken.getValue() == LanguageLevel.BASIC) {
            j.gap(ReasonCode.LANGUAGE_BASIC, spoken.getKey());
        }
    }

    /**
     * The volunteer's best level among the languages, the language with it; on equal levels one the
     * task asks for, then the first code (so "speaks Turkish like the family" where Turkish is asked for).
     */
    private static Map.Entry<String, LanguageLevel> best(Candidate c, Set<String> languages, Set<String> preferred) {
        Map.Entry<String, LanguageLevel> best = null;
        if (languages.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, LanguageLevel> spoken : c.languages().entrySet()) {
            if (languages.contains(spoken.getKey()) && (best == null || better(spoken, best, preferred))) {
                best = spoken;
            }
        }
        return best;
    }

    private static boolean better(
            Map.Entry<String, LanguageLevel> one, Map.Entry<String, LanguageLevel> other, Set<String> preferred) {
        int level = one.getValue().compareTo(other.getValue());
        if (level != 0) {
            return level > 0;
        }
        boolean onePreferred = preferred.contains(one.getKey());
        if (onePreferred != preferred.contains(other.getKey())) {
            return onePreferred;
        }
        return one.getKey().compareTo(other.getKey()) < 0;
    }

    private static int percent(LanguageLevel level) {
        return switch (level) {
            case NATIVE -> 100;
            case FLUENT -> 90;
            case GOOD -> 75;
            case BASIC -> 40;
        };
    }

    private static void times(TaskDemand task, Candidate c, Judgement j) {
        List<WeeklyTime> schedule = task.schedule();
        if (schedule.isEmpty()) {
            j.points += j.weights.times();
            return;
        }
        int covered = 0;
        int taken = 0;
        Set<Reason> free = j.explain ? new LinkedHashSet<>() : Set.of();
        for (WeeklyTime time : schedule) {
            int needed = MatchBits.needed(time);
            if (!MatchBits.covers(c.availabilityBits(), needed)) {
                j.gap(ReasonCode.NOT_FREE_AT, time.getDay(), time.getStart(), time.getEnd());
            } else if (takenAt(c, time)) {
                taken++;
                j.gap(ReasonCode.TIME_TAKEN, time.getDay(), time.getStart(), time.getEnd());
            } else {
                covered++;
                for (TimeBand band : j.explain ? TimeBand.values() : NO_BANDS) {
                    if ((needed & MatchBits.bit(time.getDay(), band)) != 0) {
                        free.add(Reason.of(ReasonCode.FREE_AT, time.getDay(), band));
                    }
                }
            }
        }
        if (covered == 0) {
            j.exclude(taken > 0 ? ReasonCode.BUSY_AT_TIMES : ReasonCode.NOT_AVAILABLE_AT_TIMES);
        }
        free.forEach(j::reason);
        j.points += j.weights.times() * covered / schedule.size();
    }

    /** Whether a place the volunteer holds meets at a time overlapping this one. */
    private static boolean takenAt(Candidate c, WeeklyTime time) {
        for (WeeklyTime held : c.heldTimes()) {
            if (held.overlaps(time)) {
                return true;
            }
        }
        return false;
    }

    private static void skills(TaskDemand task, Candidate c, Judgement j) {
        if (task.skills().isEmpty()) {
            j.points += j.weights.skills();
            return;
        }
        int held = 0;
        for (Skill skill : task.skills()) {
            if (c.skills().contains(skill)) {
                held++;
                j.reason(ReasonCode.HAS_SKILL, skill);
            } else {
                j.gap(ReasonCode.LACKS_SKILL, skill);
            }
        }
        j.points += j.weights.skills() * held / task.skills().size();
    }

    private static void preferences(TaskDemand task, Candidate c, MatchContext context, Judgement j) {
        if (c.interests().contains(task.typeCode())) {
            j.points += j.weights.typeInterest();
            j.reason(ReasonCode.INTERESTED_IN_TYPE, task.typeCode());
        }
        if (!c.everPlaced()) {
            long weeks = waitingWeeks(c, context);
            j.points += (int)
                    (j.weights.waiting() * Math.min(weeks, j.weights.waitingCapWeeks()) / j.weights.waitingCapWeeks());
            if (weeks >= 1) {
                j.reason(ReasonCode.WAITING_FOR_FIRST_TASK, weeks);
            }
        }
        if (c.chosenCarriers().contains(task.carrierId())) {
            j.points += j.weights.carrierChoice();
            j.reason(ReasonCode.CHOSE_CARRIER);
        }
    }

    /** More hours a week than the volunteer has left of their maximum. */
    private static boolean overCapacity(TaskDemand task, Candidate c) {
        return c.maxHoursPerWeek() != null && task.hoursPerWeek().compareTo(hoursLeft(c)) > 0;
    }

    private static BigDecimal hoursLeft(Candidate c) {
        return BigDecimal.valueOf(c.maxHoursPerWeek()).subtract(tenths(c.hoursCommitted()));
    }

    private static void capacity(TaskDemand task, Candidate c, Judgement j) {
        BigDecimal committed = tenths(c.hoursCommitted());
        if (c.maxHoursPerWeek() != null) {
            BigDecimal free = hoursLeft(c);
            if (overCapacity(task, c)) {
                j.exclude(
                        ReasonCode.NO_CAPACITY,
                        j.explain ? plain(free.max(BigDecimal.ZERO)) : "",
                        j.explain ? plain(task.hoursPerWeek()) : "");
            }
            if (committed.signum() > 0) {
                j.points -= (int) (j.weights.load() * Math.min(1.0, committed.doubleValue() / c.maxHoursPerWeek()));
                j.gap(ReasonCode.ALREADY_BUSY, j.explain ? plain(committed) : "", c.maxHoursPerWeek());
            }
        }
        if (c.openProposals() > 0) {
            j.points -= j.weights.perOpenProposal() * c.openProposals();
            j.gap(ReasonCode.OPEN_PROPOSALS, c.openProposals());
        }
    }

    /** Hours are kept in tenths (the task's hours have one decimal): sums of them must not drift. */
    private static BigDecimal tenths(double hours) {
        // remembered: BigDecimal.valueOf(double) writes the double out as text, for each of hundreds of
        // thousands of pairs in a batch, and volunteers give only a few different numbers of hours
        return TENTHS.computeIfAbsent(hours, h -> BigDecimal.valueOf(h).setScale(1, RoundingMode.HALF_UP));
    }

    private static final Map<Double, BigDecimal> TENTHS = new ConcurrentHashMap<>();

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    static long waitingWeeks(Candidate c, MatchContext context) {
        return Math.max(0, Duration.between(c.signedUpAt(), context.now()).toDays() / 7);
    }

    /** The points of one judgement while it is being made; its reasons only when they are to be explained. */
    private static final class Judgement {
        final MatchWeights weights;
        final boolean explain;
        final List<Reason> reasons;
        final List<Reason> gaps;
        final List<Reason> conditions;
        final List<Reason> exclusions;
        int points;
        int excluded;
        int conditional;

        Judgement(MatchWeights weights, boolean explain) {
            this.weights = weights;
            this.explain = explain;
            // a quick judgement collects nothing: no lists for the many pairs that are only ranked
            this.reasons = explain ? new ArrayList<>() : List.of();
            this.gaps = explain ? new ArrayList<>() : List.of();
            this.conditions = explain ? new ArrayList<>() : List.of();
            this.exclusions = explain ? new ArrayList<>() : List.of();
        }

        void exclude(ReasonCode code, Object... args) {
            excluded++;
            if (explain) {
                exclusions.add(Reason.of(code, args));
            }
        }

        void condition(ReasonCode code, Object... args) {
            conditional++;
            if (explain) {
                conditions.add(Reason.of(code, args));
            }
        }

        void reason(ReasonCode code, Object... args) {
            if (explain) {
                reasons.add(Reason.of(code, args));
            }
        }

        void reason(Reason reason) {
            if (explain) {
                reasons.add(reason);
            }
        }

        void gap(ReasonCode code, Object... args) {
            if (explain) {
                gaps.add(Reason.of(code, args));
            }
        }
    }
}
