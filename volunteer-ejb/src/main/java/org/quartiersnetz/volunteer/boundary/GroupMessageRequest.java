package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.volunteer.entity.GroupMessage;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * An e-mail to a group: the same filters as the volunteer list (all optional), a subject and a
 * text. A class for the page to bind to (and see {@code CarrierInput} for why not a record).
 */
public class GroupMessageRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private VolunteerStatus status;
    @LanguageCode
    private String language;
    private Skill skill;
    private DayOfWeek day;
    private TimeBand band;
    @Size(max = 40)
    private String carrier;

    @NotBlank
    @Size(max = GroupMessage.SUBJECT_LENGTH)
    private String subject;

    @NotBlank
    @Size(max = GroupMessage.BODY_LENGTH)
    private String body;

    /** The filter part, as for the list. */
    public VolunteerFilter filter() {
        return new VolunteerFilter(status, language, skill, day, band, carrier, null, null, null, false, 0, 1);
    }

    /** The filter in words for the record, e.g. "status=ACTIVE carrier=caritas". */
    public String audience() {
        StringBuilder words = new StringBuilder();
        append(words, "status", status);
        append(words, "language", language);
        append(words, "skill", skill);
        append(words, "day", day);
        append(words, "band", band);
        append(words, "carrier", carrier);
        return words.length() == 0 ? "all" : words.toString().strip();
    }

    private static void append(StringBuilder words, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            words.append(name).append('=').append(value).append(' ');
        }
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
        this.language = language == null || language.isBlank() ? null : language;
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
        this.carrier = carrier == null || carrier.isBlank() ? null : carrier;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? null : subject.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
