package org.quartiersnetz.imports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.imports.boundary.ImportReport;
import org.quartiersnetz.imports.boundary.VolunteerImportService;
import org.quartiersnetz.imports.control.SpreadsheetReader;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * Imports of volunteers from a carrier's spreadsheet: the file is the request body as it is (CSV or
 * XLSX, told apart by content, at most 5 MB and 10,000 rows). Carrier staff and coordinators only.
 */
@Path("v1/volunteer-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.VOLUNTEER_MANAGE)
public class VolunteerImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    VolunteerImportService imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Import volunteers from a spreadsheet (dryRun=true: only say what each row would do)",
            description = "the body is the CSV or XLSX file; rows not refused are created or updated in one"
                    + " transaction, refused ones reported; fileName is recorded with the import")
    @APIResponseSchema(value = ImportResponse.class, responseCode = "201")
    public Response importFile(
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("fileName") String fileName,
            @Context UriInfo uri,
            InputStream body)
            throws IOException {
        byte[] content = SpreadsheetReader.readLimited(body);
        Locale locale = RequestLocale.get();
        if (dryRun) {
            ImportReport report = imports.dryRun(currentUser.caller(), content, locale);
            return Response.ok(ImportResponse.of(report, locale)).build();
        }
        ImportReport report = imports.importFile(currentUser.caller(), content, fileName, locale);
        return Response.created(uri.getAbsolutePathBuilder()
                        .replaceQuery(null)
                        .path(String.valueOf(report.importId()))
                        .build())
                .entity(ImportResponse.of(report, locale))
                .build();
    }

    @GET
    @Operation(summary = "The own carrier's imports, newest first: who imported which file when, and the counts")
    public List<ImportSummary> list() {
        return imports.list(currentUser.caller()).stream()
                .map(ImportSummary::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the own carrier's imports")
    public ImportSummary get(@PathParam("id") long id) {
        return ImportSummary.of(imports.get(currentUser.caller(), id));
    }

    @GET
    @Path("template")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "The template to fill in: format=csv (default) or xlsx, language=de (default) or en")
    public Response template(@QueryParam("format") String format, @QueryParam("language") String language) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        String lang = language == null ? RequestLocale.get().getLanguage() : language;
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.GERMAN;
        byte[] file = imports.template(currentUser.caller(), xlsx, locale);
        String name = (locale == Locale.ENGLISH ? "volunteers" : "ehrenamtliche") + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(file, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
