package org.quartiersnetz;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the house style, checked on the compiled classes of both modules: the
 * two adapters (rest, web) never use each other, what both show lives in an area's view package;
 * the domain module never uses the web module; entities never use a façade; the ground floor
 * (common) and the demo data on top stay where they are; and the areas form no new cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "org.quartiersnetz.";

    /**
     * Dependencies between areas that still close a cycle (the design step breaks them one by
     * one). A dependency not listed here that closes a cycle fails the test; one listed that no
     * longer closes a cycle fails it too, so that the list only shrinks.
     */
    private static final Set<String> KNOWN_CYCLE_EDGES = Set.of(
            // a staff account belongs to a carrier, and carrier staff are managed with accounts
            "carrier -> security",
            "security -> carrier",
            // volunteers prefer task types, a type requires declarations, a signature is a volunteer's
            "declaration -> volunteer",
            "task -> declaration",
            "task -> volunteer",
            "volunteer -> task");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quartiersnetz");
    }

    @Test
    void restAndWebDoNotUseEachOther() {
        noClasses()
                .that()
                .resideInAPackage("..rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..rest..")
                .check(classes);
    }

    @Test
    void theDomainModuleDoesNotUseTheWebModule() {
        noClasses()
                .that()
                .resideInAnyPackage("..entity..", "..control..", "..boundary..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..rest..", "..web..", "..view..")
                .check(classes);
    }

    @Test
    void entitiesDoNotUseFacades() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .check(classes);
    }

    @Test
    void theGroundFloorUsesNoOtherArea() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.quartiersnetz..").and(not(resideInAPackage(ROOT + "common.."))))
                .check(classes);
    }

    @Test
    void nothingUsesTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + "demo..")
                .check(classes);
    }

    @Test
    void areasFormNoNewCycle() {
        Map<String, Set<String>> graph = areaGraph();
        Set<String> cycleEdges = new TreeSet<>();
        graph.forEach((from, tos) ->
                tos.stream().filter(to -> reaches(graph, to, from)).forEach(to -> cycleEdges.add(from + " -> " + to)));
        assertEquals(
                new TreeSet<>(KNOWN_CYCLE_EDGES),
                cycleEdges,
                "dependencies between areas that close a cycle (new ones must not be added; broken ones"
                        + " leave KNOWN_CYCLE_EDGES)");
    }

    /** Which area uses which, from every dependency of every class. */
    private static Map<String, Set<String>> areaGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        classes.forEach(type -> area(type.getPackageName()).ifPresent(from -> {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                area(dependency.getTargetClass().getPackageName())
                        .filter(to -> !to.equals(from))
                        .ifPresent(to -> graph.computeIfAbsent(from, k -> new TreeSet<>())
                                .add(to));
            }
        }));
        return graph;
    }

    private static Optional<String> area(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean reaches(Map<String, Set<String>> graph, String start, String goal) {
        Deque<String> open = new ArrayDeque<>(Set.of(start));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            String area = open.pop();
            if (area.equals(goal)) {
                return true;
            }
            if (seen.add(area)) {
                open.addAll(graph.getOrDefault(area, Set.of()));
            }
        }
        return false;
    }
}
