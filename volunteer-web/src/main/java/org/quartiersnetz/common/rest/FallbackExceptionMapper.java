package org.quartiersnetz.common.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: a body that cannot be read is the client's mistake (400); anything else is
 * logged and answered 500 without a stack trace.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception failure) {
        if (isUnreadableBody(failure)) {
            return Problems.of(Status.BAD_REQUEST, "malformed-request", "problem.malformed.detail");
        }
        LOG.log(Level.SEVERE, "Unexpected failure", failure);
        return internalError();
    }

    static Response internalError() {
        return Problems.of(Status.INTERNAL_SERVER_ERROR, "internal", "problem.internal.detail");
    }

    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof ProcessingException
                    || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
