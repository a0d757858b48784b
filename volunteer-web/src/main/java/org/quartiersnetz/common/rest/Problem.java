package org.quartiersnetz.common.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, with the fields in error where the input was at fault. */
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, List<String> allowedNext) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://quartiersnetz.org/problems/";

    /** One input field and what is wrong with it, in the request's language. */
    public record FieldError(String field, String message) {}

    public static Problem of(
            Response.Status status, String type, String title, String detail, List<FieldError> errors) {
        return new Problem(
                TYPE_BASE + type,
                title,
                status.getStatusCode(),
                detail,
                errors.isEmpty() ? null : List.copyOf(errors),
                null);
    }

    /** The same problem, naming the lifecycle steps that are allowed instead. */
    public Problem withAllowedNext(List<String> steps) {
        return new Problem(type, title, status, detail, errors, steps);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
