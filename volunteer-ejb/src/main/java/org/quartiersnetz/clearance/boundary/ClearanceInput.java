package org.quartiersnetz.clearance.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An inspection as staff record it: exactly the data §72a SGB VIII allows, and nothing else (a
 * class with setters, as the other inputs, so that pages can bind to it).
 */
public class ClearanceInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate inspectedOn;

    @NotNull
    private LocalDate certificateIssuedOn;

    @NotNull
    private Boolean relevantConviction;

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public LocalDate getCertificateIssuedOn() {
        return certificateIssuedOn;
    }

    public void setCertificateIssuedOn(LocalDate certificateIssuedOn) {
        this.certificateIssuedOn = certificateIssuedOn;
    }

    public Boolean getRelevantConviction() {
        return relevantConviction;
    }

    public void setRelevantConviction(Boolean relevantConviction) {
        this.relevantConviction = relevantConviction;
    }
}
