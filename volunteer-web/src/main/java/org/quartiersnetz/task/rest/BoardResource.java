package org.quartiersnetz.task.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.common.rest.PageResponse;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BoardFilter;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.TimeBand;

/** The public opportunity board: open tasks of all carriers, readable without signing in. */
@Path("v1/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    BoardService board;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletResponse http;

    @GET
    @Operation(
            summary = "A page of open tasks, filtered by type (code), day and band, language and place",
            description = "place is a site id or 'home' (at a family's home); texts in the request's language")
    @APIResponse(responseCode = "400", description = "an unknown type, language, day, band or place")
    public PageResponse<BoardItem> list(
            @QueryParam("type") String type,
            @QueryParam("day") String day,
            @QueryParam("band") String band,
            @QueryParam("language") String language,
            @QueryParam("place") String place,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        BoardFilter filter = filter(type, day, band, language, place, page, size);
        Locale locale = RequestLocale.get();
        PageResponse<BoardItem> items = PageResponse.of(board.search(filter), t -> BoardItem.of(t, locale));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(30);
        // headers on the servlet response, so that the method's type tells the API document the answer
        http.setHeader(HttpHeaders.CACHE_CONTROL, cache.toString());
        http.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return items;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One open task with its upcoming slots and their free places")
    @APIResponse(responseCode = "404", description = "no such open task")
    public BoardTaskResponse get(@PathParam("id") long id) {
        Task task = board.get(id);
        return response(task, RequestLocale.get());
    }

    @POST
    @Path("{id}/interest")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Say \"I'm interested\"; the carrier's staff are told and may see the profile")
    @APIResponse(responseCode = "201", description = "recorded")
    @APIResponse(responseCode = "200", description = "had been recorded before")
    public Response interest(@PathParam("id") long id) {
        boolean created = board.expressInterest(currentUser.caller(), id);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .build();
    }

    BoardTaskResponse response(Task task, Locale locale) {
        List<Slot> upcoming = task.getType().isSlotBased() ? slots.upcoming(task) : List.of();
        Map<Long, Long> confirmed = bookingService.confirmedCounts(
                upcoming.stream().map(Slot::getId).toList());
        return new BoardTaskResponse(
                BoardItem.of(task, locale),
                upcoming.stream()
                        .map(s -> new BoardTaskResponse.FreeSlot(
                                s.getId(), s.getStartsAt(), s.getEndsAt(), s.getCapacity(), s.placesFree(confirmed)))
                        .toList());
    }

    static BoardFilter filter(
            String type, String day, String band, String language, String place, String page, String size) {
        return new BoardFilter(
                blank(type),
                QueryParams.enumOf(DayOfWeek.class, day, "day"),
                QueryParams.enumOf(TimeBand.class, band, "band"),
                blank(language),
                blank(place),
                Math.max(QueryParams.intOf(page, 0, "page"), 0),
                Math.min(Math.max(QueryParams.intOf(size, 20, "size"), 1), BoardFilter.MAX_SIZE));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
