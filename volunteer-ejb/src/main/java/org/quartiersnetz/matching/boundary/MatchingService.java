package org.quartiersnetz.matching.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.matching.control.AssignmentSolver;
import org.quartiersnetz.matching.control.Candidate;
import org.quartiersnetz.matching.control.CandidateCache;
import org.quartiersnetz.matching.control.CandidateIndex;
import org.quartiersnetz.matching.control.CandidateLoader;
import org.quartiersnetz.matching.control.FamilyReasons;
import org.quartiersnetz.matching.control.Match;
import org.quartiersnetz.matching.control.MatchContext;
import org.quartiersnetz.matching.control.MatchRules;
import org.quartiersnetz.matching.control.MatchWeights;
import org.quartiersnetz.matching.control.MatchingSettings;
import org.quartiersnetz.matching.control.Phases;
import org.quartiersnetz.matching.control.TaskDemand;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;

/**
 * The matching engine: ranked candidates for a task with their reasons and, for the next best,
 * what they lack; one volunteer judged for a task (when proposing); and the batch proposal that
 * assigns volunteers to all open long-term tasks of a carrier (or of the network) so that the
 * total score is as high as possible, proven by an exact min-cost-flow solver.
 */
@Stateless
public class MatchingService {

    static final String SLOT_BASED = "matching.slotBased";
    static final String CARRIER_UNKNOWN = "matching.carrierUnknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TaskAccess taskAccess;

    @Inject
    CandidateLoader loader;

    @Inject
    CandidateCache cache;

    @Inject
    MatchingSettings settings;

    @Inject
    DeclarationService declarations;

    /**
     * The ranked candidates for a task the caller may read, at most {@code limit} of each list: the
     * active volunteers its carrier may see who speak a language of the task and offer a band of the
     * day at one of its times, judged quickly, the ones shown explained.
     */
    public CandidateList candidates(@NotNull Caller caller, long taskId, int limit, int nearMissLimit) {
        Phases phases = new Phases();
        Task task = taskAccess.requireReadable(caller, em.find(Task.class, taskId));
        requireLongTerm(task);
        TaskDemand demand = demands(List.of(task), Map.of()).get(0);
        MatchContext context = context(caller);
        CandidateIndex view = cache.view();
        phases.lap(Phases.Phase.READ);
        // the index selects exactly those the carrier may see who speak a language of the task and offer a band at one
        // of its times
        long[] considered = view.considered(
                demand.carrierId(),
                demand.languages(),
                MatchRules.touchedBands(demand),
                demand.schedule().isEmpty());
        List<MatchRules.Quick> eligible = new ArrayList<>();
        List<MatchRules.Quick> excluded = new ArrayList<>();
        for (int word = 0; word < considered.length; word++) {
            for (long bits = considered[word]; bits != 0; bits &= bits - 1) {
                Candidate c = view.at(word * 64 + Long.numberOfTrailingZeros(bits));
                // hard constraints and score in one pass: the near misses need both
                MatchRules.Quick quick = MatchRules.quick(demand, c, context);
                if (quick.isEligible()) {
                    eligible.add(quick);
                } else if (!c.liveTasks().contains(demand.taskId())) {
                    excluded.add(quick);
                }
            }
        }
        phases.lap(Phases.Phase.SCORE);
        boolean internals = taskAccess.seesInternals(caller, task);
        CandidateList list = new CandidateList(
                task,
                explained(demand, eligible, MatchRules.Quick.RANKING, limit, context, internals),
                explained(demand, excluded, MatchRules.Quick.NEAR_MISS, nearMissLimit, context, internals),
                CandidateIndex.cardinality(considered),
                eligible.size(),
                phases);
        phases.lap(Phases.Phase.EXPLAIN);
        return list;
    }

    /** The best of the quick judgements, judged again with their reasons. */
    private static List<Match> explained(
            TaskDemand demand,
            List<MatchRules.Quick> judged,
            Comparator<MatchRules.Quick> order,
            int limit,
            MatchContext context,
            boolean internals) {
        return judged.stream()
                .sorted(order)
                .limit(Math.max(0, limit))
                .map(q -> MatchRules.judge(demand, q.candidate(), context))
                .map(m -> internals ? m : FamilyReasons.hidden(m, demand.languages()))
                .toList();
    }

    /** One volunteer judged for a task, as {@link #candidates} would; empty when the volunteer has left or is unknown. */
    public Optional<Match> judge(@NotNull Caller caller, @NotNull Task task, long volunteerId) {
        TaskDemand demand = demands(List.of(task), Map.of()).get(0);
        return loader.forVolunteers(List.of(volunteerId), CandidateLoader.Needs.of(List.of(demand))).stream()
                .findFirst()
                .map(c -> MatchRules.judge(demand, c, context(caller)));
    }

    /**
     * The proposal for all open long-term tasks of the caller's carrier (the network coordinator:
     * of all carriers, or of the one named): the assignment with the highest total score in which
     * no task gets more volunteers than it still needs and no volunteer more proposals than the
     * fairness limits allow.
     */
    public BatchProposal batch(@NotNull Caller caller, String carrierCode) {
        FlushModeType flushing = em.getFlushMode();
        // it writes nothing: the queries after the tasks need not look for changes among thousands of them
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return batch(caller, carrierCode, new Phases());
        } finally {
            em.setFlushMode(flushing);
        }
    }

    private BatchProposal batch(Caller caller, String carrierCode, Phases phases) {
        List<Long> carriers = scope(caller, carrierCode);
        List<Task> open = carriers.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT t FROM Task t WHERE t.carrier.id IN"
                                        + " :carriers AND t.status IN :statuses AND t.type.scheduling ="
                                        + " org.quartiersnetz.task.entity.TaskScheduling.LONG_TERM ORDER BY t.id",
                                Task.class)
                        .setParameter("carriers", carriers)
                        .setParameter("statuses", List.of(TaskStatus.OPEN, TaskStatus.PARTLY_FILLED))
                        .getResultList();
        Map<Long, Integer> proposed = openProposals(open);
        List<TaskDemand> demands =
                demands(open, proposed).stream().filter(d -> d.placesFree() > 0).toList();
        if (demands.isEmpty()) {
            return new BatchProposal(List.of(), 0, 0, 0, 0, true, 0, 0, phases);
        }
        CandidateIndex view = cache.view();
        MatchContext context = context(caller);
        BatchProposal proposal = solve(demands, view, carriers, context, byId(open), phases);
        List<BatchProposal.Assignment> assignments = proposal.assignments().stream()
                .map(a -> taskAccess.seesInternals(caller, a.task())
                        ? a
                        : new BatchProposal.Assignment(
                                a.task(),
                                FamilyReasons.hidden(a.match(), a.task().getLanguages())))
                .toList();
        phases.lap(Phases.Phase.EXPLAIN);
        return new BatchProposal(
                assignments,
                proposal.tasks(),
                proposal.places(),
                proposal.volunteers(),
                proposal.totalScore(),
                proposal.optimal(),
                proposal.pairsJudged(),
                proposal.edges(),
                phases);
    }

    /**
     * The optimum over the pairs that can matter: per task, the index selects the volunteers its
     * carrier may see who speak one of its languages, are free at one of its times and lack nothing its
     * type requires whatever the day (date of birth, an inspection, a course, a declaration); those are
     * judged by the hard constraints, only the eligible scored, and only the chosen explained.
     */
    private BatchProposal solve(
            List<TaskDemand> demands,
            CandidateIndex view,
            List<Long> carriers,
            MatchContext context,
            Map<Long, Task> tasks,
            Phases phases) {
        MatchWeights weights = context.weights();
        int inScope = CandidateIndex.cardinality(view.visibleToAny(carriers));
        phases.lap(Phases.Phase.READ);
        List<AssignmentSolver.Edge> edges = new ArrayList<>();
        // the solver's volunteers: only those with an edge, numbered as they first appear
        int[] volunteerOf = new int[view.slotCount()];
        Arrays.fill(volunteerOf, -1);
        List<Candidate> volunteers = new ArrayList<>();
        int[] passed = new int[view.slotCount()];
        long pairs = 0;
        for (int t = 0; t < demands.size(); t++) {
            TaskDemand demand = demands.get(t);
            BitSet languages = MatchRules.languageBits(demand);
            int[] times = MatchRules.neededTimes(demand);
            long[] plausible = view.plausible(demand.carrierId(), demand.languages(), times);
            view.withoutTheCertainlyExcluded(plausible, demand, context);
            int count = 0;
            for (int word = 0; word < plausible.length; word++) {
                for (long bits = plausible[word]; bits != 0; bits &= bits - 1) {
                    int slot = word * 64 + Long.numberOfTrailingZeros(bits);
                    Candidate candidate = view.at(slot);
                    if (!MatchRules.plausible(demand, languages, times, candidate)) {
                        continue;
                    }
                    pairs++;
                    if (MatchRules.eligible(demand, candidate, context)) {
                        passed[count++] = slot;
                    }
                }
            }
            phases.lap(Phases.Phase.HARD);
            for (int i = 0; i < count; i++) {
                int slot = passed[i];
                Candidate candidate = view.at(slot);
                MatchRules.Quick quick = MatchRules.quick(demand, candidate, context);
                if (quick.isEligible()) {
                    if (volunteerOf[slot] < 0) {
                        volunteerOf[slot] = volunteers.size();
                        volunteers.add(candidate);
                    }
                    // twice the score, plus one for "I'm interested": first among equals in the optimum too
                    edges.add(new AssignmentSolver.Edge(
                            t, volunteerOf[slot], 2L * quick.score() + (quick.interested() ? 1 : 0)));
                }
            }
            phases.lap(Phases.Phase.SCORE);
        }
        int[] needs = demands.stream().mapToInt(TaskDemand::placesFree).toArray();
        int[] capacities = volunteers.stream()
                .mapToInt(c -> Math.max(
                        0, Math.min(weights.batchPerVolunteer(), weights.maxOpenProposals() - c.openProposals())))
                .toArray();
        AssignmentSolver.Solution solution =
                AssignmentSolver.solve(new AssignmentSolver.Problem(needs, capacities, edges), phases);
        List<BatchProposal.Assignment> assignments = new ArrayList<>();
        long total = 0;
        for (AssignmentSolver.Edge edge : solution.chosen()) {
            TaskDemand demand = demands.get(edge.task());
            Match match = MatchRules.judge(demand, volunteers.get(edge.volunteer()), context);
            assignments.add(new BatchProposal.Assignment(tasks.get(demand.taskId()), match));
            total += match.score();
        }
        assignments.sort(
                Comparator.comparing((BatchProposal.Assignment a) -> a.task().getId())
                        .thenComparing(BatchProposal.Assignment::match, Match.RANKING));
        return new BatchProposal(
                assignments,
                demands.size(),
                Arrays.stream(needs).sum(),
                inScope,
                total,
                solution.optimal(),
                pairs,
                edges.size(),
                phases);
    }

    private List<Long> scope(Caller caller, String carrierCode) {
        if (caller.isCarrierStaff()) {
            if (carrierCode != null
                    && !carrierCode.isBlank()
                    && !em.find(Carrier.class, caller.carrierId()).getCode().equals(carrierCode.strip())) {
                throw new NotFoundException(CARRIER_UNKNOWN);
            }
            return List.of(caller.carrierId());
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            if (carrierCode == null || carrierCode.isBlank()) {
                return em.createNamedQuery(Carrier.FIND_ALL, Carrier.class)
                        .getResultStream()
                        .map(Carrier::getId)
                        .toList();
            }
            return em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                    .setParameter("code", carrierCode.strip())
                    .getResultStream()
                    .map(Carrier::getId)
                    .findFirst()
                    .map(List::of)
                    .orElseThrow(() -> new NotFoundException(CARRIER_UNKNOWN));
        }
        throw new NotFoundException(CARRIER_UNKNOWN);
    }

    private static void requireLongTerm(Task task) {
        if (task.getType().isSlotBased()) {
            throw new InvalidStateException(SLOT_BASED);
        }
    }

    MatchContext context(Caller caller) {
        Map<DeclarationKind, Long> inForce = new HashMap<>();
        for (Declaration declaration : declarations.inForce()) {
            inForce.put(declaration.getKind(), declaration.getId());
        }
        // the round table sees no inspection: a relevant conviction reads to it as a missing clearance
        return new MatchContext(
                settings.weights(), ClockProducer.today(clock), clock.instant(), inForce, caller.isCarrierStaff());
    }

    /** The tasks as the matching sees them; {@code proposed}: open proposals per task, taken off the free places. */
    List<TaskDemand> demands(List<Task> tasks, Map<Long, Integer> proposed) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> familyLanguages = familyLanguages(tasks);
        Map<Long, Set<Long>> interested = interested(tasks);
        LocalDate today = ClockProducer.today(clock);
        List<TaskDemand> demands = new ArrayList<>();
        for (Task task : tasks) {
            LocalDate start = task.getStartsOn().isBefore(today) ? today : task.getStartsOn();
            demands.add(new TaskDemand(
                    task.getId(),
                    task.getCarrier().getId(),
                    task.getType().getCode(),
                    task.getType().isClearanceRequired(),
                    task.getType().getMinimumAge(),
                    task.getType().getRequiredCourses(),
                    task.getType().getRequiredDeclarations(),
                    List.copyOf(task.getSchedule()),
                    start,
                    task.getHoursPerWeek(),
                    task.getLanguages(),
                    task.getFamilyId() == null ? Set.of() : familyLanguages.getOrDefault(task.getFamilyId(), Set.of()),
                    task.getSkills(),
                    Math.max(0, task.placesFree() - proposed.getOrDefault(task.getId(), 0)),
                    interested.getOrDefault(task.getId(), Set.of())));
        }
        return demands;
    }

    private Map<Long, Set<String>> familyLanguages(List<Task> tasks) {
        List<Long> families = tasks.stream()
                .map(Task::getFamilyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Set<String>> languages = new HashMap<>();
        if (!families.isEmpty()) {
            rows("SELECT family_id, language FROM family_language WHERE family_id IN ", families)
                    .forEach(r -> languages
                            .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                            .add((String) r[1]));
        }
        return languages;
    }

    private Map<Long, Set<Long>> interested(List<Task> tasks) {
        Map<Long, Set<Long>> interested = new HashMap<>();
        rows("SELECT task_id, volunteer_id FROM task_interest WHERE task_id IN ", ids(tasks))
                .forEach(r -> interested
                        .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                        .add(((Number) r[1]).longValue()));
        return interested;
    }

    private Map<Long, Integer> openProposals(List<Task> tasks) {
        Map<Long, Integer> open = new HashMap<>();
        if (!tasks.isEmpty()) {
            rows(
                            "SELECT task_id, COUNT(*) FROM placement WHERE status = 'PROPOSED' AND task_id IN ",
                            ids(tasks),
                            " GROUP BY task_id")
                    .forEach(r -> open.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return open;
    }

    /** A native query whose last condition is an IN list of the ids (in chunks, for any number of them). */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids, String... tail) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            Query query = em.createNativeQuery(sql + "(" + marks + ")" + String.join("", tail));
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            rows.addAll(query.getResultList());
        }
        return rows;
    }

    private static List<Long> ids(Collection<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    private static Map<Long, Task> byId(Collection<Task> tasks) {
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.getId(), t));
        return byId;
    }
}
