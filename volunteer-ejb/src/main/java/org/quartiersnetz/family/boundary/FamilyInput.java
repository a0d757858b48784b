package org.quartiersnetz.family.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.family.entity.AgeBand;
import org.quartiersnetz.family.entity.Family;

/**
 * A family as staff enter it, on the page and over the API (a class, see CarrierInput why). The
 * code may be left out: a new family then gets the next free one. Age bands are names of
 * {@link AgeBand} as text, so that an unknown one is an error on its field.
 */
public class FamilyInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @Pattern(regexp = "|" + Family.CODE_PATTERN, message = "{org.quartiersnetz.family.code.message}")
    private String code;

    @NotEmpty
    @Size(max = Family.MAX_LANGUAGES)
    private List<@NotNull @LanguageCode String> languages = new ArrayList<>();

    @NotEmpty
    private List<
                    @NotNull @Pattern(regexp = AgeBand.NAMES, message = "{org.quartiersnetz.family.ageBand.message}")
                    String>
            ageBands = new ArrayList<>();

    @Size(max = Family.NEEDS_LENGTH)
    private String needs;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<String> getAgeBands() {
        return ageBands;
    }

    public void setAgeBands(List<String> ageBands) {
        this.ageBands = ageBands == null ? new ArrayList<>() : new ArrayList<>(ageBands);
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    /** The input showing a stored family, to change it. */
    public static FamilyInput of(Family family) {
        FamilyInput input = new FamilyInput();
        input.code = family.getCode();
        input.languages = new ArrayList<>(family.getLanguages());
        input.ageBands =
                new ArrayList<>(family.getAgeBands().stream().map(AgeBand::name).toList());
        input.needs = family.getNeeds();
        return input;
    }
}
