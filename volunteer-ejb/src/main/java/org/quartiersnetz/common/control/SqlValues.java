package org.quartiersnetz.common.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The values of native query results as Java time and numbers: H2 and the PostgreSQL driver answer
 * timestamps and dates with different classes.
 */
public final class SqlValues {

    private SqlValues() {}

    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        } else if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** A bound timestamp both databases accept for a TIMESTAMP WITH TIME ZONE column. */
    public static OffsetDateTime parameter(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Long longOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer intOf(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
