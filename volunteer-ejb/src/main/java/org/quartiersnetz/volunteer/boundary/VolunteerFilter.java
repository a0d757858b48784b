package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * What staff filter the volunteer list by, and which page in which order they want. Every field
 * is optional; unknown enum values never reach here (the web layer answers 400 for them).
 */
public record VolunteerFilter(
        VolunteerStatus status,
        @LanguageCode String language,
        Skill skill,
        DayOfWeek day,
        TimeBand band,
        @Size(max = 40) String carrier,
        @Size(max = 100) String name,
        Boolean possibleDuplicate,
        Sort sort,
        boolean descending,
        @Min(0) int page,
        @Min(1) @Max(MAX_PAGE_SIZE) int size) {

    public static final int MAX_PAGE_SIZE = 100;

    /** The orders the list offers; each is backed by an index. */
    public enum Sort {
        NAME("v.last_name %1$s, v.first_name %1$s, v.id %1$s"),
        SIGNED_UP("v.created_at %1$s, v.id %1$s"),
        STATUS("v.status %1$s, v.last_name, v.first_name, v.id"),
        STATUS_CHANGED("v.status_changed_at %1$s, v.id %1$s");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        public String orderBy(boolean descending) {
            return String.format(sql, descending ? "DESC" : "ASC");
        }
    }

    public static VolunteerFilter firstPage(int size) {
        return new VolunteerFilter(null, null, null, null, null, null, null, null, Sort.NAME, false, 0, size);
    }
}
