package org.quartiersnetz.task.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.task.boundary.BoardFilter;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.TaskTypeService;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.entity.TimeBand;

/**
 * The public board (board.xhtml): a plain GET form, so that every filtered page has its own
 * address that search engines and shared links reach without a session.
 */
@Named
@RequestScoped
public class BoardBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    BoardService board;

    @Inject
    TaskTypeService types;

    @Inject
    SiteService sites;

    private String type;
    private String day;
    private String band;
    private String language;
    private String place;
    private int page;
    private Page<Task> result = new Page<>(List.of(), 0, PAGE_SIZE, 0);

    public void load() {
        BoardFilter filter;
        try {
            filter = new BoardFilter(
                    blank(type),
                    enumOf(DayOfWeek.class, day),
                    enumOf(TimeBand.class, band),
                    blank(language),
                    blank(place),
                    Math.max(page, 0),
                    PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            FacesMessages.error("board.invalidFilter");
            return;
        }
        FacesMessages.attempt(null, () -> {
            result = board.search(filter);
        });
    }

    public List<Task> getTasks() {
        return result.items();
    }

    public long getTotal() {
        return result.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < result.total();
    }

    /** The query string of this filter on another page, for the previous/next links. */
    public String query(int otherPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", type);
        params.put("day", day);
        params.put("band", band);
        params.put("language", language);
        params.put("place", place);
        List<String> parts = new ArrayList<>(params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .toList());
        parts.add("page=" + otherPage);
        return parts.stream().collect(Collectors.joining("&"));
    }

    public List<TaskType> getTypes() {
        return types.listAll();
    }

    public List<Site> getSites() {
        return sites.listAll();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public TimeBand[] getBands() {
        return TimeBand.values();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return blank(value) == null ? null : Enum.valueOf(type, value.strip());
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
