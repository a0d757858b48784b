package org.quartiersnetz.common.rest;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartiersnetz.common.control.BusinessException;

/**
 * The EJB container wraps what an interceptor throws (e.g. method validation) in an
 * EJBException: unwrap it so that bad input still answers 400, and the rest 500 without detail.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return Problems.of(violations);
            }
            if (cause instanceof BusinessException business) {
                return Problems.of(business);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a service", failure);
        return FallbackExceptionMapper.internalError();
    }
}
