package org.quartiersnetz.common.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API lives under /api; its document is served by MicroProfile OpenAPI at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Quartiersnetz API",
                        version = "1",
                        description = "Volunteers, carriers and tasks of a neighbourhood Frühe-Hilfen network. "
                                + "Errors are RFC 9457 problem details (application/problem+json)."))
public class JaxrsApplication extends Application {}
