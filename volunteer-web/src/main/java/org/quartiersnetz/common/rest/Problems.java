package org.quartiersnetz.common.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.control.BusyException;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.ForbiddenException;
import org.quartiersnetz.common.control.GoneException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.Texts;

/** Turns failures into problem responses in the request's language. */
final class Problems {

    private Problems() {}

    static Response of(BusinessException failure) {
        Locale locale = RequestLocale.get();
        String text = Texts.get(locale, failure.messageKey(), failure.arguments());
        Status status = statusOf(failure);
        List<Problem.FieldError> errors =
                failure.field() == null ? List.of() : List.of(new Problem.FieldError(failure.field(), text));
        String type = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        Problem problem = Problem.of(status, type, title(status), text, errors);
        if (failure instanceof InvalidStateException state && state.allowedNext() != null) {
            problem = problem.withAllowedNext(state.allowedNext());
        }
        if (failure instanceof BusyException busy) {
            return Response.fromResponse(problem.toResponse())
                    .header("Retry-After", busy.retryAfterSeconds())
                    .build();
        }
        return problem.toResponse();
    }

    static Response of(ConstraintViolationException failure) {
        List<Problem.FieldError> errors = failure.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(
                        Status.BAD_REQUEST,
                        "validation",
                        title(Status.BAD_REQUEST),
                        Texts.get(RequestLocale.get(), "problem.validation.detail"),
                        errors)
                .toResponse();
    }

    static Response of(Status status, String type, String detailKey) {
        return Problem.of(status, type, title(status), Texts.get(RequestLocale.get(), detailKey), List.of())
                .toResponse();
    }

    private static String title(Status status) {
        return Texts.get(RequestLocale.get(), "problem.title." + status.getStatusCode());
    }

    private static Status statusOf(BusinessException failure) {
        if (failure instanceof NotFoundException) {
            return Status.NOT_FOUND;
        } else if (failure instanceof ConflictException || failure instanceof InvalidStateException) {
            return Status.CONFLICT;
        } else if (failure instanceof ForbiddenException) {
            return Status.FORBIDDEN;
        } else if (failure instanceof GoneException) {
            return Status.GONE;
        } else if (failure instanceof InvalidInputException) {
            return Status.BAD_REQUEST;
        } else if (failure instanceof BusyException) {
            return Status.SERVICE_UNAVAILABLE;
        }
        return Status.BAD_REQUEST;
    }

    /**
     * The field as the client named it: for a method parameter "signUp.arg0.email" that is
     * "email", for a list element "languages[1]" it stays "languages[1]", for a field of a list
     * element "times[0].end", for a missing body "body".
     */
    static String fieldOf(Path path) {
        String field = "";
        // inside a list element whose own field (if any) is still to come, e.g. "times[0]" + "end"
        boolean inElement = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> field = "";
                case CONTAINER_ELEMENT -> field = field + "[" + node.getIndex() + "]";
                default -> {
                    if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                        field = field + "[" + node.getIndex() + "]"
                                + (node.getName() == null ? "" : "." + node.getName());
                        inElement = node.getName() == null;
                    } else if (node.getName() != null) {
                        field = inElement ? field + "." + node.getName() : node.getName();
                        inElement = false;
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field;
    }
}
