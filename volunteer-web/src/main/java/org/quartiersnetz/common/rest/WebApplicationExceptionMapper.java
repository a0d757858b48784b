package org.quartiersnetz.common.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path, wrong method or media type, unreadable body) keeps
 * its status but answers as a problem detail.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException failure) {
        Status status = Status.fromStatusCode(failure.getResponse().getStatus());
        if (status == null || status.getFamily() == Status.Family.SERVER_ERROR) {
            return FallbackExceptionMapper.internalError();
        }
        if (status == Status.BAD_REQUEST) {
            return Problems.of(status, "malformed-request", "problem.malformed.detail");
        }
        return Problems.of(status, "http-" + status.getStatusCode(), "problem.http." + status.getStatusCode());
    }
}
