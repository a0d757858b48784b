package org.quartiersnetz.volunteer.entity;

import java.time.LocalTime;

/** The parts of a day a volunteer can offer; tasks' times are matched against these bands. */
public enum TimeBand {
    MORNING(LocalTime.of(8, 0), LocalTime.of(12, 0)),
    MIDDAY(LocalTime.of(12, 0), LocalTime.of(14, 0)),
    AFTERNOON(LocalTime.of(14, 0), LocalTime.of(18, 0)),
    EVENING(LocalTime.of(18, 0), LocalTime.of(21, 0));

    private final LocalTime start;
    private final LocalTime end;

    TimeBand(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }
}
