package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.carrier.entity.SiteKind;

/** A site as staff enter it. */
public record SiteInput(
        @NotBlank @Size(max = Site.NAME_LENGTH) String name,
        @NotNull SiteKind kind,
        @Size(max = 200) String street,
        @Pattern(regexp = "|" + Site.POSTCODE_PATTERN, message = "{org.quartiersnetz.postcode.message}") String postcode,
        @Size(max = 100) String city) {
}
