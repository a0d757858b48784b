package org.quartiersnetz.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceIndexTest {

    private final ResourceIndex index = ResourceIndex.of(JaxrsApplication.class);

    @Test
    void pathTemplatesLoseTheirRegularExpressionsAndTrailingSlashes() {
        assertEquals(
                "/api/v1/supervision-sessions/{id}/notes",
                ResourceIndex.clean("/api/v1/supervision-sessions/{id: [0-9]+}/notes"));
        assertEquals(
                "/api/v1/calendar/{token}.ics", ResourceIndex.clean("/api/v1/calendar/{token: [A-Za-z0-9_-]+}.ics"));
        assertEquals("/api/v1/tasks", ResourceIndex.clean("/api/v1//tasks/"));
    }

    @Test
    void theIndexFindsTheJavaMethodBehindAnOperation() {
        Method method = index.find("get", "/api/v1/tasks/{id: [0-9]+}").orElseThrow();
        assertEquals("get", method.getName());
        assertEquals("TaskResource", method.getDeclaringClass().getSimpleName());
        assertTrue(index.find("GET", "/api/v1/nothing-here").isEmpty());
    }

    @Test
    void everyResourceMethodIsIndexedAndGetsAnOperationIdOfItsOwn() {
        long declared = index.all().stream()
                .map(Method::getDeclaringClass)
                .distinct()
                .flatMap(type -> Stream.of(type.getMethods()))
                .filter(method -> ResourceIndex.httpMethod(method).isPresent())
                .count();
        assertEquals(declared, index.all().size(), "two resource methods share a method and path");
        assertTrue(
                index.all().size() > 100,
                "the resource classes were found: " + index.all().size());
        Set<String> ids = new HashSet<>();
        for (String operation : index.operations()) {
            String[] verbAndPath = operation.split(" ", 2);
            String id = OperationIds.of(verbAndPath[0], verbAndPath[1]);
            assertTrue(ids.add(id), "operationId twice: " + id);
        }
    }

    @Test
    void theClassesTheApiReadsAndWritesHaveNamesOfTheirOwn() {
        List<Type> roots = new ArrayList<>();
        for (Method method : index.all()) {
            roots.add(method.getGenericReturnType());
            roots.addAll(List.of(method.getGenericParameterTypes()));
        }
        Map<String, List<String>> byName = JavaSchemas.reachable(roots).stream()
                .collect(Collectors.groupingBy(
                        Class::getSimpleName, TreeMap::new, Collectors.mapping(Class::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() == 1);
        assertEquals(Map.of(), byName, "schemas are named by simple class name");
    }

    @Test
    void anOperationIdReadsAsMethodAndPath() {
        assertEquals("getTasksByIdSlots", OperationIds.of("GET", "/api/v1/tasks/{id}/slots"));
        assertEquals("postAccountConfirmationMails", OperationIds.of("POST", "/api/v1/account/confirmation-mails"));
        assertEquals("getCalendarByTokenIcs", OperationIds.of("GET", "/api/v1/calendar/{token}.ics"));
    }
}
