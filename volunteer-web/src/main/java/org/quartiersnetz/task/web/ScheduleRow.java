package org.quartiersnetz.task.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.quartiersnetz.common.entity.WeeklyTime;

/** One editable weekly time on the task editor; empty rows are left out. */
public class ScheduleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private DayOfWeek day;
    private LocalTime start;
    private LocalTime end;

    static ScheduleRow of(WeeklyTime time) {
        ScheduleRow row = new ScheduleRow();
        row.day = time.getDay();
        row.start = time.getStart();
        row.end = time.getEnd();
        return row;
    }

    boolean isEmpty() {
        return day == null && start == null && end == null;
    }

    WeeklyTime toWeeklyTime() {
        return new WeeklyTime(day, start, end);
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
