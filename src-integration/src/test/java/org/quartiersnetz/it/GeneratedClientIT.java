package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.client.ApiClient;
import org.quartiersnetz.client.ApiException;
import org.quartiersnetz.client.api.TaskApi;
import org.quartiersnetz.client.api.VolunteerApi;
import org.quartiersnetz.client.model.PageResponseBoardItem;
import org.quartiersnetz.client.model.PageResponseTaskResponse;
import org.quartiersnetz.client.model.SignUp;
import org.quartiersnetz.client.model.VolunteerResponse;
import org.quartiersnetz.it.support.BlackBoxTest;

/**
 * A client generated from the API document by openapi-generator (Java, java.net.http) against the
 * running server: what an integrating carrier would build first.
 */
class GeneratedClientIT extends BlackBoxTest {

    @Test
    void aNeighbourSignsUpThroughTheGeneratedClient() throws ApiException {
        String email = uniqueEmail();
        SignUp signUp = new ObjectMapper().convertValue(signUpBody(email), SignUp.class);

        VolunteerResponse created = new VolunteerApi(client(null)).postVolunteers(signUp);

        assertEquals(email, created.getEmail());
        ApiException refused =
                assertThrows(ApiException.class, () -> new VolunteerApi(client(null)).postVolunteers(signUp));
        assertEquals(409, refused.getCode(), "the same address twice: " + refused.getResponseBody());
    }

    @Test
    void anyoneReadsTheBoard() throws ApiException {
        PageResponseBoardItem board = new TaskApi(client(null)).getBoard(null, null, null, null, null, null, "5");
        assertFalse(board.getItems().isEmpty(), "the demo tasks are on the board");
        assertTrue(board.getItems().size() <= 5);
    }

    @Test
    void staffReadTheirTasksWithAnApiTokenAndOthersAreRefused() throws ApiException {
        PageResponseTaskResponse tasks =
                new TaskApi(client(token(List.of("task:read")))).getTasks(null, null, null, null);
        assertFalse(tasks.getItems().isEmpty());
        assertTrue(tasks.getItems().stream().allMatch(task -> "caritas".equals(task.getCarrier())));

        ApiException anonymous =
                assertThrows(ApiException.class, () -> new TaskApi(client(null)).getTasks(null, null, null, null));
        assertEquals(401, anonymous.getCode());
        ApiException outOfScope = assertThrows(
                ApiException.class,
                () -> new TaskApi(client(token(List.of("volunteer:read")))).getTasks(null, null, null, null));
        assertEquals(403, outOfScope.getCode());
    }

    private ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(url(""));
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }

    private String token(List<String> scopes) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Client " + scopes, "scopes", scopes, "validDays", 1))
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }
}
