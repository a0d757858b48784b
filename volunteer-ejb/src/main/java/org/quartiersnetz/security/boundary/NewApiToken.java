package org.quartiersnetz.security.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.security.entity.ApiToken;

/** A token a member of staff asks for: a name to recognise it, its scopes and how long it lives. */
public class NewApiToken {

    public static final int MAX_DAYS = 365;

    @NotBlank
    @Size(max = ApiToken.NAME_LENGTH)
    private String name;

    @NotEmpty
    private List<@NotBlank @Size(max = 40) String> scopes = new ArrayList<>();

    @NotNull
    @Min(1)
    @Max(MAX_DAYS)
    private Integer validDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
