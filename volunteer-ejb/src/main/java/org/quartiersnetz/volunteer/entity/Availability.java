package org.quartiersnetz.volunteer.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Objects;

/** One weekly time a volunteer can give: a day and a band of it, e.g. Tuesday afternoon. */
@Embeddable
public class Availability implements Comparable<Availability>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Availability> ORDER =
            Comparator.comparing(Availability::getDay).thenComparing(Availability::getBand);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "band", nullable = false, length = 10)
    private TimeBand band;

    protected Availability() {}

    @JsonbCreator
    public Availability(@JsonbProperty("day") DayOfWeek day, @JsonbProperty("band") TimeBand band) {
        this.day = day;
        this.band = band;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public TimeBand getBand() {
        return band;
    }

    @Override
    public int compareTo(Availability other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability other && day == other.day && band == other.band;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, band);
    }

    @Override
    public String toString() {
        return day + "/" + band;
    }
}
