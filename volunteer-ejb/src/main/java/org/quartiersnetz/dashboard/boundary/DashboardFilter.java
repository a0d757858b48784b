package org.quartiersnetz.dashboard.boundary;

/**
 * What the lists show: one carrier (code; only the network coordinator may choose, null: all), one
 * kind of task (code; null: all), and how many days ahead "expiring", "due" and "upcoming" reach.
 */
public record DashboardFilter(String carrier, String type, int days) {

    public static final int DEFAULT_DAYS = 60;
    public static final int MAX_DAYS = 365;

    public DashboardFilter {
        carrier = blankToNull(carrier);
        type = blankToNull(type);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
