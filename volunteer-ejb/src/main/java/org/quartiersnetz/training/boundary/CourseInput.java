package org.quartiersnetz.training.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.common.boundary.TextsInput;
import org.quartiersnetz.task.entity.TaskType;

/**
 * A course of the catalogue as staff describe it: a code task types name (fixed once created),
 * title and description per language, and how many months a qualification lasts (none: for good).
 */
public class CourseInput extends TextsInput {

    @NotBlank
    @Pattern(regexp = TaskType.CODE_PATTERN, message = "{org.quartiersnetz.code.message}")
    @Size(min = 2, max = 40)
    private String code;

    @Min(1)
    @Max(240)
    private Integer validityMonths;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }
}
