package org.quartiersnetz.eligibility.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.carrier.boundary.CarrierService;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.Texts;
import org.quartiersnetz.eligibility.boundary.Eligibility;
import org.quartiersnetz.eligibility.boundary.EligibilityService;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** Whether a volunteer may take up a task of a type on a date, with what is missing named. */
@Path("v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @Inject
    Clock clock;

    @Inject
    CarrierService carriers;

    @Inject
    CurrentUser currentUser;

    /** The verdict with each item in words, in the request's language. */
    public record EligibilityResponse(
            Eligibility.Verdict verdict, List<Requirement> missing, List<Requirement> conditions) {}

    /** One requirement: its code, its detail (course code, age, declaration) and a sentence. */
    public record Requirement(String requirement, String detail, String text) {}

    @GET
    @RequiresPermissions(Permissions.VOLUNTEER_READ)
    @Operation(
            summary = "A volunteer's eligibility for a task type on a date (default today), for the caller's "
                    + "carrier (network coordinators name it with carrier=code)")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public EligibilityResponse judge(
            @QueryParam("volunteer") String volunteer,
            @QueryParam("type") String type,
            @QueryParam("date") String date,
            @QueryParam("carrier") String carrier) {
        long id = QueryParams.intOf(volunteer, -1, "volunteer");
        if (id < 0) {
            throw InvalidInputException.onField("volunteer", "eligibility.volunteerRequired");
        }
        return response(eligibility.judge(
                currentUser.caller(),
                id,
                required(type),
                dateOr(date),
                carrier == null || carrier.isBlank()
                        ? null
                        : carriers.getByCode(carrier.strip()).getId()));
    }

    @GET
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "What the signed-in volunteer still needs for a task type at a carrier (carrier=code)")
    public EligibilityResponse mine(
            @QueryParam("type") String type, @QueryParam("date") String date, @QueryParam("carrier") String carrier) {
        if (carrier == null || carrier.isBlank()) {
            throw InvalidInputException.onField("carrier", "eligibility.carrierRequired");
        }
        return response(eligibility.judgeOwn(
                currentUser.caller(),
                required(type),
                dateOr(date),
                carriers.getByCode(carrier.strip()).getId()));
    }

    private static String required(String type) {
        if (type == null || type.isBlank()) {
            throw InvalidInputException.onField("type", "eligibility.typeRequired");
        }
        return type.strip();
    }

    private LocalDate dateOr(String date) {
        LocalDate day = QueryParams.dateOf(date, "date");
        return day == null ? ClockProducer.today(clock) : day;
    }

    private static EligibilityResponse response(Eligibility judged) {
        Locale locale = RequestLocale.get();
        return new EligibilityResponse(
                judged.verdict(), entries(judged.missing(), locale), entries(judged.conditions(), locale));
    }

    private static List<Requirement> entries(List<Eligibility.Item> items, Locale locale) {
        return items.stream()
                .map(i -> new Requirement(
                        i.requirement().name(),
                        i.detail(),
                        Texts.label(locale, i.requirement()) + (i.detail() == null ? "" : " (" + i.detail() + ")")))
                .toList();
    }
}
