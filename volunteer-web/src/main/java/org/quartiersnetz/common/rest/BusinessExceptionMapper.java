package org.quartiersnetz.common.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.quartiersnetz.common.control.BusinessException;

/** Business errors become 400, 403, 404, 409 or 410 problem details. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException failure) {
        return Problems.of(failure);
    }
}
