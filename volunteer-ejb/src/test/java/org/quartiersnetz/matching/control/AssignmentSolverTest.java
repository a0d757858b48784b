package org.quartiersnetz.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.matching.control.AssignmentSolver.Edge;
import org.quartiersnetz.matching.control.AssignmentSolver.Problem;
import org.quartiersnetz.matching.control.AssignmentSolver.Solution;

class AssignmentSolverTest {

    @Test
    void nativeLibraryLoadsAndCanBeAskedAgain() {
        AssignmentSolver.ensureLoaded();
        AssignmentSolver.ensureLoaded();
    }

    @Test
    void volunteerWantedByTwoTasksGoesWhereTheTotalIsHigher() {
        // greedy would give volunteer 0 to task 0 (10) and leave task 1 empty; 9 + 8 is better
        Problem problem = new Problem(
                new int[] {1, 1}, new int[] {1, 1}, List.of(new Edge(0, 0, 10), new Edge(0, 1, 9), new Edge(1, 0, 8)));

        Solution solution = AssignmentSolver.solve(problem);

        assertEquals(Set.of(new Edge(0, 1, 9), new Edge(1, 0, 8)), Set.copyOf(solution.chosen()));
        assertEquals(17, solution.totalWeight());
        assertTrue(solution.optimal());
    }

    @Test
    void volunteerWithCapacityOneTakesTheHeavierTask() {
        Problem problem = new Problem(new int[] {1, 1}, new int[] {1}, List.of(new Edge(0, 0, 5), new Edge(1, 0, 8)));

        Solution solution = AssignmentSolver.solve(problem);

        assertEquals(List.of(new Edge(1, 0, 8)), solution.chosen());
        assertEquals(8, solution.totalWeight());
    }

    @Test
    void volunteerWithCapacityTwoTakesBothTasks() {
        Problem problem = new Problem(new int[] {1, 1}, new int[] {2}, List.of(new Edge(0, 0, 5), new Edge(1, 0, 8)));

        assertEquals(13, AssignmentSolver.solve(problem).totalWeight());
    }

    @Test
    void placesStayEmptyWithoutEdges() {
        // task 0 needs three but has one candidate; task 1 has none; volunteer 1 may take nothing
        Problem problem =
                new Problem(new int[] {3, 2}, new int[] {2, 0}, List.of(new Edge(0, 0, 4), new Edge(0, 1, 7)));

        Solution solution = AssignmentSolver.solve(problem);

        assertEquals(List.of(new Edge(0, 0, 4)), solution.chosen());
        assertEquals(4, solution.totalWeight());
    }

    @Test
    void problemWithoutEdgesHasAnEmptySolution() {
        assertEquals(
                new Solution(List.of(), 0, true),
                AssignmentSolver.solve(new Problem(new int[] {2}, new int[] {1}, List.of())));
        assertEquals(
                new Solution(List.of(), 0, true),
                AssignmentSolver.solve(new Problem(new int[0], new int[0], List.of())));
    }

    @Test
    void badInputIsRejected() {
        int[] needs = {1, 1};
        int[] capacities = {1, 1, 1};
        List<List<Edge>> bad = List.of(
                List.of(new Edge(0, 0, 0)),
                List.of(new Edge(0, 0, -3)),
                List.of(new Edge(-1, 0, 1)),
                List.of(new Edge(2, 0, 1)),
                List.of(new Edge(0, -1, 1)),
                List.of(new Edge(0, 3, 1)),
                List.of(new Edge(1, 2, 1), new Edge(0, 1, 1), new Edge(1, 2, 5)));
        for (List<Edge> edges : bad) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> AssignmentSolver.solve(new Problem(needs, capacities, edges)),
                    edges::toString);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> AssignmentSolver.solve(new Problem(new int[] {-1}, new int[] {1}, List.of(new Edge(0, 0, 1)))));
        assertThrows(
                IllegalArgumentException.class,
                () -> AssignmentSolver.solve(new Problem(new int[] {1}, new int[] {-1}, List.of(new Edge(0, 0, 1)))));
    }

    @Test
    void optimalOnSmallRandomInstancesAgainstBruteForce() {
        Random random = new Random(20_251_205L);
        for (int round = 0; round < 400; round++) {
            Problem problem = randomProblem(
                    random,
                    1 + random.nextInt(4),
                    1 + random.nextInt(2),
                    1 + random.nextInt(6),
                    1 + random.nextInt(2),
                    0.2 + 0.7 * random.nextDouble(),
                    20);

            Solution solution = AssignmentSolver.solve(problem);

            assertFeasible(problem, solution);
            assertEquals(bruteForce(problem), solution.totalWeight(), "round " + round + ": " + describe(problem));
        }
    }

    @Test
    void optimalOnMediumRandomInstancesAgainstJGraphT() {
        Random random = new Random(72L);
        for (int round = 0; round < 5; round++) {
            Problem problem = randomProblem(random, 60, 5, 300, 3, 50.0 / 300, 1000);

            Solution solution = AssignmentSolver.solve(problem);

            assertFeasible(problem, solution);
            assertEquals(jgraphtMaximumWeight(problem), solution.totalWeight(), "round " + round);
        }
    }

    /** Needs 1..maxNeed, capacities 1..maxCapacity, each pair an edge with the given probability. */
    private static Problem randomProblem(
            Random random,
            int tasks,
            int maxNeed,
            int volunteers,
            int maxCapacity,
            double edgeProbability,
            int maxWeight) {
        int[] needs = random.ints(tasks, 1, maxNeed + 1).toArray();
        int[] capacities = random.ints(volunteers, 1, maxCapacity + 1).toArray();
        List<Edge> edges = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            for (int v = 0; v < volunteers; v++) {
                if (random.nextDouble() < edgeProbability) {
                    edges.add(new Edge(t, v, 1 + random.nextInt(maxWeight)));
                }
            }
        }
        Collections.shuffle(edges, random);
        return new Problem(needs, capacities, edges);
    }

    private static void assertFeasible(Problem problem, Solution solution) {
        assertTrue(solution.optimal());
        assertTrue(Set.copyOf(problem.edges()).containsAll(solution.chosen()), "chosen edges come from the problem");
        int[] taken = new int[problem.needs().length];
        int[] given = new int[problem.capacities().length];
        Set<Long> pairs = new HashSet<>();
        long total = 0;
        for (Edge edge : solution.chosen()) {
            assertTrue(pairs.add((long) edge.task() << 32 | edge.volunteer()), "pair chosen twice: " + edge);
            taken[edge.task()]++;
            given[edge.volunteer()]++;
            total += edge.weight();
        }
        for (int t = 0; t < taken.length; t++) {
            assertTrue(taken[t] <= problem.needs()[t], "task " + t + " over its need");
        }
        for (int v = 0; v < given.length; v++) {
            assertTrue(given[v] <= problem.capacities()[v], "volunteer " + v + " over capacity");
        }
        assertEquals(total, solution.totalWeight());
    }

    /** The best total over all edge subsets that respect needs and capacities. */
    private static long bruteForce(Problem problem) {
        return bruteForce(
                problem.edges(),
                0,
                problem.needs().clone(),
                problem.capacities().clone());
    }

    private static long bruteForce(List<Edge> edges, int from, int[] needs, int[] capacities) {
        if (from == edges.size()) {
            return 0;
        }
        long best = bruteForce(edges, from + 1, needs, capacities);
        Edge edge = edges.get(from);
        if (needs[edge.task()] > 0 && capacities[edge.volunteer()] > 0) {
            needs[edge.task()]--;
            capacities[edge.volunteer()]--;
            best = Math.max(best, edge.weight() + bruteForce(edges, from + 1, needs, capacities));
            needs[edge.task()]++;
            capacities[edge.volunteer()]++;
        }
        return best;
    }

    /**
     * The same flow network solved by JGraphT, with costs shifted to be non-negative: every place is one unit of
     * flow through either an edge (cost shift − weight) or the bypass (cost shift), so the minimum cost is
     * shift × places − the maximum total weight.
     */
    private static long jgraphtMaximumWeight(Problem problem) {
        int tasks = problem.needs().length;
        int volunteers = problem.capacities().length;
        int source = 0;
        int sink = tasks + volunteers + 1;
        long shift = 1 + problem.edges().stream().mapToLong(Edge::weight).max().orElse(0);
        int places = Arrays.stream(problem.needs()).sum();

        Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        for (int node = source; node <= sink; node++) {
            graph.addVertex(node);
        }
        for (int t = 0; t < tasks; t++) {
            capacity.put(addArc(graph, source, 1 + t, 0), problem.needs()[t]);
        }
        for (Edge edge : problem.edges()) {
            capacity.put(addArc(graph, 1 + edge.task(), 1 + tasks + edge.volunteer(), shift - edge.weight()), 1);
        }
        for (int v = 0; v < volunteers; v++) {
            capacity.put(addArc(graph, 1 + tasks + v, sink, 0), problem.capacities()[v]);
        }
        capacity.put(addArc(graph, source, sink, shift), places);

        double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        graph, node -> node == source ? places : node == sink ? -places : 0, capacity::get))
                .getCost();
        return shift * places - Math.round(cost);
    }

    private static DefaultWeightedEdge addArc(
            Graph<Integer, DefaultWeightedEdge> graph, int from, int to, double cost) {
        DefaultWeightedEdge arc = graph.addEdge(from, to);
        graph.setEdgeWeight(arc, cost);
        return arc;
    }

    private static String describe(Problem problem) {
        return "needs " + Arrays.toString(problem.needs()) + ", capacities " + Arrays.toString(problem.capacities())
                + ", edges " + problem.edges();
    }
}
