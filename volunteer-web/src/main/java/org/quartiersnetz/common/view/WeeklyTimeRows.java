package org.quartiersnetz.common.view;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.quartiersnetz.common.entity.WeeklyTime;

/**
 * The weekly times of a task or an offer as an editor shows them (tag {@code qn:weeklyTimes}): one
 * row per time, a row more on request, at least one row. A row left wholly empty is no time; a row
 * filled in part goes to validation, which names what is missing.
 */
public class WeeklyTimeRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One weekly time being edited. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private DayOfWeek day;
        private LocalTime start;
        private LocalTime end;

        boolean isEmpty() {
            return day == null && start == null && end == null;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /** Rows for the given times, and an empty one where there are none. */
    public static WeeklyTimeRows of(Collection<WeeklyTime> times) {
        WeeklyTimeRows rows = new WeeklyTimeRows();
        for (WeeklyTime time : times) {
            Row row = new Row();
            row.day = time.getDay();
            row.start = time.getStart();
            row.end = time.getEnd();
            rows.rows.add(row);
        }
        if (rows.rows.isEmpty()) {
            rows.add();
        }
        return rows;
    }

    public void add() {
        rows.add(new Row());
    }

    public void remove(Row row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
    }

    /** The times entered, in the order of the rows. */
    public List<WeeklyTime> toWeeklyTimes() {
        return rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new WeeklyTime(row.day, row.start, row.end))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getDayOptions() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new SelectItem(day, day.getDisplayName(TextStyle.FULL, RequestLocale.get())))
                .toList();
    }
}
