package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;

/**
 * The API document at /openapi as a client's tools read it: valid under swagger-parser (the OpenAPI
 * ecosystem's reference parser, independent of Payara's MicroProfile OpenAPI), with unique
 * operationIds, plain path templates, security on every operation and problem+json for every error;
 * and equal to the copy the build keeps and generates a client from.
 */
class OpenApiIT extends BlackBoxTest {

    static final String CONTRACT = "/openapi/quartiersnetz.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theDocumentIsValidForAnIndependentParser() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served(), null, options);
        assertTrue(result.getMessages().isEmpty(), String.join("\n", result.getMessages()));
        assertEquals("3.0.0", result.getOpenAPI().getOpenapi());
        assertTrue(result.getOpenAPI()
                .getComponents()
                .getSecuritySchemes()
                .keySet()
                .containsAll(Set.of("basicAuth", "bearerAuth")));
    }

    @Test
    void everyOperationHasAnIdOfItsOwnSecurityAndProblemDetailsForErrors() throws IOException {
        JsonNode document = JSON.readTree(served());
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().contains(":")) {
                faults.add("a regular expression in " + path.getKey());
            }
            path.getValue().fields().forEachRemaining(entry -> {
                String operation = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                if (!ids.add(op.path("operationId").asText())) {
                    faults.add("operationId twice: " + op.path("operationId").asText());
                }
                if (!op.has("security") || !op.has("tags")) {
                    faults.add("no security or tag: " + operation);
                }
                op.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4")
                            && !response.getValue().path("content").has("application/problem+json")) {
                        faults.add("an error without problem details: " + operation + " " + response.getKey());
                    }
                });
            });
        });
        document.get("components").get("schemas").fieldNames().forEachRemaining(name -> {
            if (name.endsWith("Backing") || name.contains("FetchGroup")) {
                faults.add("an internal class as a schema: " + name);
            }
        });
        assertEquals(List.of(), faults);
        assertTrue(ids.size() > 100, "operations: " + ids.size());
    }

    /**
     * The build generates the test client from the copy in src/test/resources; when the API changes,
     * this fails and leaves the new document in target/openapi for copying over.
     */
    @Test
    void theBuildsCopyIsTheServedDocument() throws IOException {
        ObjectNode served = (ObjectNode) JSON.readTree(served());
        served.remove("servers");
        JsonNode kept;
        try (InputStream in = OpenApiIT.class.getResourceAsStream(CONTRACT)) {
            kept = JSON.readTree(in);
        }
        if (!served.equals(kept)) {
            Path fresh = Path.of("target/openapi/quartiersnetz.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, JSON.writeValueAsString(served));
            assertFalse(true, "the API changed: copy " + fresh.toAbsolutePath() + " to src/test/resources" + CONTRACT);
        }
    }

    private String served() {
        return api().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
