package org.quartiersnetz.privacy.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;

/** The privacy notice a person agrees to when signing up. Public. */
@Path("v1/privacy-notice")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyNoticeResource {

    @Inject
    PrivacyNoticeService notices;

    @GET
    @Operation(summary = "The privacy notice in force, in the language of Accept-Language (default German)")
    public PrivacyNoticeResponse current() {
        return PrivacyNoticeResponse.of(
                notices.getCurrent(), RequestLocale.get().getLanguage());
    }
}
