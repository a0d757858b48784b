package org.quartiersnetz.common.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** A weekly time of a task or an offer, e.g. Wednesday 09:00–12:00 (in the network's zone). */
@Embeddable
@Chronological(message = "{org.quartiersnetz.weeklyTime.endAfterStart.message}")
public class WeeklyTime implements Comparable<WeeklyTime>, Chronological.Span, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<WeeklyTime> ORDER = Comparator.comparing(WeeklyTime::getDay)
            .thenComparing(WeeklyTime::getStart)
            .thenComparing(WeeklyTime::getEnd);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @NotNull
    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @NotNull
    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WeeklyTime() {}

    @JsonbCreator
    public WeeklyTime(
            @JsonbProperty("day") DayOfWeek day,
            @JsonbProperty("start") LocalTime start,
            @JsonbProperty("end") LocalTime end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    @Override
    @JsonbTransient
    public boolean isReversed() {
        return start != null && end != null && !end.isAfter(start);
    }

    /** Both ends given and the end after the start (what a stored time must be). */
    @JsonbTransient
    public boolean isOrdered() {
        return start != null && end != null && end.isAfter(start);
    }

    /** Whether the two times share at least a minute of the same day. */
    public boolean overlaps(WeeklyTime other) {
        return day == other.day && start.isBefore(other.end) && end.isAfter(other.start);
    }

    @Override
    public String endField() {
        return "end";
    }

    @Override
    public int compareTo(WeeklyTime other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyTime other
                && day == other.day
                && Objects.equals(start, other.start)
                && Objects.equals(end, other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
