package org.quartiersnetz.training.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.quartiersnetz.training.entity.Qualification;

/** A certificate from elsewhere that staff saw: which volunteer, which course, its date and issuer. */
public class ExternalQualificationInput {

    @NotNull
    private Long volunteerId;

    @NotBlank
    private String courseCode;

    /** The date on the certificate; the qualification counts from then. */
    @NotNull
    private LocalDate evidenceOn;

    @NotBlank
    @Size(max = Qualification.ISSUER_LENGTH)
    private String issuer;

    public Long getVolunteerId() {
        return volunteerId;
    }

    public void setVolunteerId(Long volunteerId) {
        this.volunteerId = volunteerId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getEvidenceOn() {
        return evidenceOn;
    }

    public void setEvidenceOn(LocalDate evidenceOn) {
        this.evidenceOn = evidenceOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }
}
