package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;

/**
 * A carrier as an administrator enters it; the code is fixed once created. A class, not a record:
 * Payara's OpenAPI generator fails on constraints on record components (payara/Payara#7649).
 */
public class CarrierInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]+")
    @Size(max = Carrier.CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = Carrier.NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = Carrier.SHORT_NAME_LENGTH)
    private String shortName;

    @NotNull
    private CarrierKind kind;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public CarrierKind getKind() {
        return kind;
    }

    public void setKind(CarrierKind kind) {
        this.kind = kind;
    }
}
