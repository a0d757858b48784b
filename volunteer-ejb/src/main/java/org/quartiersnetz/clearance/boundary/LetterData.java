package org.quartiersnetz.clearance.boundary;

import java.time.LocalDate;

/** What the letter confirming a volunteer role names; the birth date only if the volunteer gave it. */
public record LetterData(
        String firstName,
        String lastName,
        LocalDate birthDate,
        String carrierName,
        String issuedBy,
        LocalDate issuedOn) {}
