package org.quartiersnetz.task.boundary;

import java.time.DayOfWeek;
import org.quartiersnetz.volunteer.entity.TimeBand;

/**
 * What a neighbour filters the board by; null means any. {@code place} is a site id or
 * {@link #AT_FAMILY_HOME}.
 */
public record BoardFilter(
        String type, DayOfWeek day, TimeBand band, String language, String place, int page, int size) {

    public static final String AT_FAMILY_HOME = "home";
    public static final int MAX_SIZE = 100;
}
