package org.quartiersnetz.training.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.task.entity.TaskType;

/**
 * A course of the catalogue as staff describe it: a code task types name (fixed once created),
 * title and description per language, and how many months a qualification lasts (none: for good).
 */
public class CourseInput {

    @NotBlank
    @Pattern(regexp = TaskType.CODE_PATTERN, message = "{org.quartiersnetz.code.message}")
    @Size(min = 2, max = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String titleDe;

    @Size(max = 200)
    private String titleEn;

    @NotBlank
    @Size(max = 4000)
    private String descriptionDe;

    @Size(max = 4000)
    private String descriptionEn;

    @Min(1)
    @Max(240)
    private Integer validityMonths;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }
}
