package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.carrier.entity.SiteKind;

/** A site as staff enter it (a class, see {@link CarrierInput} why). */
public class SiteInput {

    @NotBlank
    @Size(max = Site.NAME_LENGTH)
    private String name;

    @NotNull
    private SiteKind kind;

    @Size(max = 200)
    private String street;

    @Pattern(regexp = "|" + Site.POSTCODE_PATTERN, message = "{org.quartiersnetz.postcode.message}")
    private String postcode;

    @Size(max = 100)
    private String city;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
