package org.quartiersnetz.common.control;

/**
 * Fired in the changing transaction when what the matching knows of a volunteer changed: profile,
 * status, §72a inspections or consent, qualifications, course places, signed declarations,
 * placements. {@code volunteerId} null: everybody (e.g. a new version of a declaration).
 */
public record VolunteerChanged(Long volunteerId) {

    public static VolunteerChanged everybody() {
        return new VolunteerChanged(null);
    }
}
