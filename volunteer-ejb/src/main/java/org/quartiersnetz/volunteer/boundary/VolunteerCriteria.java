package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * What staff choose volunteers by, on the list page and for circular mails: all optional. A bean
 * so that pages bind to it and the API reads it.
 */
public class VolunteerCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private VolunteerStatus status;

    @LanguageCode
    private String language;

    private Skill skill;
    private DayOfWeek day;
    private TimeBand band;

    @Size(max = 40)
    private String carrier;

    @Size(max = 100)
    private String name;

    /** These criteria as a list query for one page in one order. */
    public VolunteerFilter page(VolunteerFilter.Sort sort, boolean descending, int page, int size) {
        return new VolunteerFilter(
                status, language, skill, day, band, carrier, name, null, sort, descending, page, size);
    }

    /** The criteria in words for a record, e.g. "status=ACTIVE carrier=caritas". */
    public String describe() {
        StringBuilder words = new StringBuilder();
        append(words, "status", status);
        append(words, "language", language);
        append(words, "skill", skill);
        append(words, "day", day);
        append(words, "band", band);
        append(words, "carrier", carrier);
        append(words, "name", name);
        return words.length() == 0 ? "all" : words.toString().strip();
    }

    private static void append(StringBuilder words, String label, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            words.append(label).append('=').append(value).append(' ');
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public void setStatus(VolunteerStatus status) {
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = blankToNull(language);
    }

    public Skill getSkill() {
        return skill;
    }

    public void setSkill(Skill skill) {
        this.skill = skill;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public TimeBand getBand() {
        return band;
    }

    public void setBand(TimeBand band) {
        this.band = band;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = blankToNull(carrier);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = blankToNull(name);
    }
}
