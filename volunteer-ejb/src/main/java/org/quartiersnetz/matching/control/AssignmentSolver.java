package org.quartiersnetz.matching.control;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The exact batch assignment: a maximum-weight b-matching of volunteers to tasks, solved as a min-cost flow
 * with OR-Tools (native code, on the server's class path; see {@link #ensureLoaded()}).
 * <p>
 * Flow network: source → task (capacity {@code needs[t]}, cost 0), task → volunteer (capacity 1, cost
 * −weight), volunteer → sink (capacity {@code capacities[v]}, cost 0), and a bypass source → sink (cost 0) that
 * carries the places nobody fills. Every place is one unit of supply, so the minimum cost is minus the maximum
 * total weight.
 */
public final class AssignmentSolver {

    /** A possible assignment of volunteer to task with its score (> 0). Indices into the problem's arrays. */
    public record Edge(int task, int volunteer, long weight) {}

    /** needs[t] places of task t, capacities[v] tasks volunteer v may take at most; edges task–volunteer (at most one per pair). */
    public record Problem(int[] needs, int[] capacities, List<Edge> edges) {}

    /** The chosen edges, their total weight, and whether the solver proved it optimal. */
    public record Solution(List<Edge> chosen, long totalWeight, boolean optimal) {}

    private static final Solution EMPTY = new Solution(List.of(), 0, true);

    /** Guarded by the class lock: the outcome of the one attempt to load the natives in this JVM. */
    private static boolean loaded;

    private static IllegalStateException loadFailure;

    private AssignmentSolver() {}

    /**
     * Loads the OR-Tools natives and proves them with a tiny solve. The loader unpacks ~71 MB into a temporary
     * folder and swallows some of its errors, so it is asked only once per deployment and a failure is
     * remembered rather than retried; after a redeploy, OR-Tools' own loader (on the server's class path, so
     * loaded once per JVM) knows that the natives are there already.
     *
     * @throws IllegalStateException if OR-Tools is not on the class path or its native library does not work
     */
    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        if (loadFailure != null) {
            throw loadFailure;
        }
        try {
            Loader.loadNativeLibraries();
            proveWithTinySolve();
            loaded = true;
        } catch (LinkageError | RuntimeException e) {
            // NoClassDefFoundError: the jars are missing; UnsatisfiedLinkError: the natives did not load
            loadFailure = new IllegalStateException(
                    "OR-Tools (ortools-java with ortools-linux-x86-64, jna, "
                            + "protobuf-java) is not usable in this JVM; on Payara Micro it belongs on the server's "
                            + "class path (--addLibs server-libs), not in WEB-INF/lib: " + e,
                    e);
            throw loadFailure;
        }
    }

    private static void proveWithTinySolve() {
        MinCostFlow flow = new MinCostFlow();
        try {
            int arc = flow.addArcWithCapacityAndUnitCost(0, 1, 1, -1);
            flow.setNodeSupply(0, 1);
            flow.setNodeSupply(1, -1);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL || flow.getOptimalCost() != -1 || flow.getFlow(arc) != 1) {
                throw new IllegalStateException("tiny test solve gave " + status);
            }
        } finally {
            flow.delete();
        }
    }

    /**
     * The assignment of maximum total weight; places may stay empty, and volunteers idle.
     *
     * @throws IllegalArgumentException on negative needs or capacities, weights ≤ 0, indices out of range or a
     *         task–volunteer pair given twice
     * @throws IllegalStateException if OR-Tools cannot be loaded or does not report an optimal solution
     */
    public static Solution solve(Problem problem) {
        return solve(problem, new Phases());
    }

    /** As {@link #solve(Problem)}, counting the building of the network and the solving to their phases. */
    public static Solution solve(Problem problem, Phases phases) {
        Objects.requireNonNull(problem, "problem");
        int[] needs = Objects.requireNonNull(problem.needs(), "needs").clone();
        int[] capacities =
                Objects.requireNonNull(problem.capacities(), "capacities").clone();
        List<Edge> edges = List.copyOf(Objects.requireNonNull(problem.edges(), "edges"));
        long places = validate(needs, capacities, edges);
        if (edges.isEmpty() || places == 0) {
            return EMPTY;
        }
        ensureLoaded();

        int tasks = needs.length;
        int source = 0;
        int sink = tasks + capacities.length + 1;
        MinCostFlow flow = new MinCostFlow(sink + 1, tasks + capacities.length + edges.size() + 1);
        try {
            for (int t = 0; t < tasks; t++) {
                flow.addArcWithCapacityAndUnitCost(source, taskNode(t), needs[t], 0);
            }
            int[] edgeArcs = new int[edges.size()];
            for (int i = 0; i < edgeArcs.length; i++) {
                Edge edge = edges.get(i);
                edgeArcs[i] = flow.addArcWithCapacityAndUnitCost(
                        taskNode(edge.task()), volunteerNode(tasks, edge.volunteer()), 1, -edge.weight());
            }
            for (int v = 0; v < capacities.length; v++) {
                flow.addArcWithCapacityAndUnitCost(volunteerNode(tasks, v), sink, capacities[v], 0);
            }
            flow.addArcWithCapacityAndUnitCost(source, sink, places, 0);
            flow.setNodeSupply(source, places);
            flow.setNodeSupply(sink, -places);
            phases.lap(Phases.Phase.GRAPH);

            MinCostFlowBase.Status status = flow.solve();
            phases.lap(Phases.Phase.SOLVE);
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow not optimal: " + status + " (" + tasks + " tasks, "
                        + capacities.length + " volunteers, " + edges.size() + " edges)");
            }
            List<Edge> chosen = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < edgeArcs.length; i++) {
                if (flow.getFlow(edgeArcs[i]) > 0) {
                    Edge edge = edges.get(i);
                    chosen.add(edge);
                    total += edge.weight();
                }
            }
            if (total != -flow.getOptimalCost()) {
                throw new IllegalStateException(
                        "chosen edges weigh " + total + ", the flow costs " + flow.getOptimalCost());
            }
            return new Solution(List.copyOf(chosen), total, true);
        } finally {
            flow.delete();
        }
    }

    /** Checks the input and returns the number of places (sum of needs). */
    private static long validate(int[] needs, int[] capacities, List<Edge> edges) {
        long places = 0;
        for (int t = 0; t < needs.length; t++) {
            if (needs[t] < 0) {
                throw new IllegalArgumentException("needs[" + t + "] is negative: " + needs[t]);
            }
            places += needs[t];
        }
        for (int v = 0; v < capacities.length; v++) {
            if (capacities[v] < 0) {
                throw new IllegalArgumentException("capacities[" + v + "] is negative: " + capacities[v]);
            }
        }
        long[] pairs = new long[edges.size()];
        for (int i = 0; i < pairs.length; i++) {
            Edge edge = edges.get(i);
            if (edge.task() < 0 || edge.task() >= needs.length) {
                throw new IllegalArgumentException("task index out of range: " + edge);
            }
            if (edge.volunteer() < 0 || edge.volunteer() >= capacities.length) {
                throw new IllegalArgumentException("volunteer index out of range: " + edge);
            }
            if (edge.weight() <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + edge);
            }
            pairs[i] = (long) edge.task() * capacities.length + edge.volunteer();
        }
        Arrays.sort(pairs);
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] == pairs[i - 1]) {
                throw new IllegalArgumentException("task " + pairs[i] / capacities.length + " and volunteer "
                        + pairs[i] % capacities.length + " are paired twice");
            }
        }
        return places;
    }

    private static int taskNode(int task) {
        return 1 + task;
    }

    private static int volunteerNode(int tasks, int volunteer) {
        return 1 + tasks + volunteer;
    }
}
