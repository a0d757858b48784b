package org.quartiersnetz.task.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Slots to create: one on {@code from}, or, with {@code until}, one on every {@code day} (default:
 * the weekday of {@code from}) up to it — "every Wednesday 9–12 h until March".
 */
public class SlotsInput {

    @NotNull
    private LocalDate from;

    private LocalDate until;

    private DayOfWeek day;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @Min(1)
    @Max(500)
    private int capacity = 1;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
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

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
