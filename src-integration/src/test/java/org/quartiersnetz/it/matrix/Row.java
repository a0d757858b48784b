package org.quartiersnetz.it.matrix;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;

/** One endpoint: how to call it for the subject volunteer, and the status each role gets. */
public record Row(String name, Function<RequestSpecification, Response> call, Map<Who, Integer> expected) {

    public Row(String name, Function<RequestSpecification, Response> call, Expect expect) {
        this(name, call, expect.statuses(name));
    }
}
