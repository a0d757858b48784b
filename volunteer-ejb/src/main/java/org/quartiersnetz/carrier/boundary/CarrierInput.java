package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;

/** A carrier as an administrator enters it; the code is fixed once created. */
public record CarrierInput(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") @Size(max = Carrier.CODE_LENGTH) String code,
        @NotBlank @Size(max = Carrier.NAME_LENGTH) String name,
        @NotBlank @Size(max = Carrier.SHORT_NAME_LENGTH) String shortName,
        @NotNull CarrierKind kind) {
}
