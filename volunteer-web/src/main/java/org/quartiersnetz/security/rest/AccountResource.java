package org.quartiersnetz.security.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.security.boundary.EmailConfirmationService;
import org.quartiersnetz.security.boundary.EmailRequest;
import org.quartiersnetz.security.boundary.NewPassword;
import org.quartiersnetz.security.boundary.PasswordResetService;
import org.quartiersnetz.security.boundary.TokenRequest;

/**
 * The links sent by e-mail, for clients: confirming an e-mail address and setting a new
 * password. Public; the token from the mail is the proof. Requests for mails answer 202 whether or
 * not the address has an account, so they cannot be used to find out who is registered.
 */
@Path("v1/account")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    EmailConfirmationService confirmations;

    @Inject
    PasswordResetService passwordResets;

    @POST
    @Path("confirmations")
    @Operation(summary = "Confirm an e-mail address with the token from the confirmation mail")
    @APIResponse(responseCode = "204", description = "confirmed; the account can sign in")
    @APIResponse(responseCode = "400", description = "no token, or a token that does not exist")
    @APIResponse(responseCode = "410", description = "the token was used already or has expired")
    public Response confirm(TokenRequest request) {
        confirmations.confirm(request);
        return Response.noContent().build();
    }

    @POST
    @Path("confirmation-mails")
    @Operation(
            summary = "Send a new confirmation mail",
            description = "sent only if the address has an account that is not confirmed yet (and at most a few "
                    + "a day); the answer is the same either way")
    @APIResponse(responseCode = "202", description = "accepted")
    @APIResponse(responseCode = "400", description = "not an e-mail address")
    public Response resendConfirmation(EmailRequest request) {
        confirmations.resend(request);
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets")
    @Operation(
            summary = "Ask for a password-reset mail",
            description = "sent only if the address has an account (and at most a few a day); the answer is the "
                    + "same either way. The link in the mail is valid for one hour and works once.")
    @APIResponse(responseCode = "202", description = "accepted")
    @APIResponse(responseCode = "400", description = "not an e-mail address")
    public Response requestPasswordReset(EmailRequest request) {
        passwordResets.requestReset(request);
        return Response.accepted().build();
    }

    @PUT
    @Path("password")
    @Operation(
            summary = "Set a new password with the token from the password-reset mail",
            description = "the same password rule as on sign-up; the token is used up, and failed sign-ins of the "
                    + "account (and a lock) are forgotten")
    @APIResponse(responseCode = "204", description = "the new password is set")
    @APIResponse(responseCode = "400", description = "invalid password, no token, or a token that does not exist")
    @APIResponse(responseCode = "410", description = "the token was used already or has expired")
    public Response resetPassword(NewPassword request) {
        passwordResets.reset(request);
        return Response.noContent().build();
    }
}
