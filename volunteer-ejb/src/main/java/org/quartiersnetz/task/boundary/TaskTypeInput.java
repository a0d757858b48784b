package org.quartiersnetz.task.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.task.entity.TaskScheduling;
import org.quartiersnetz.task.entity.TaskType;

/** A task type as administrators enter it (a class: Payara's OpenAPI fails on constrained records). */
public class TaskTypeInput {

    @NotBlank
    @Size(max = TaskType.CODE_LENGTH)
    @Pattern(regexp = TaskType.CODE_PATTERN, message = "{org.quartiersnetz.code.message}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String nameDe;

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    private boolean clearanceRequired;

    @Min(1)
    @Max(52)
    private Integer supervisionIntervalWeeks;

    @Min(14)
    @Max(99)
    private int minimumAge = 16;

    @DecimalMin("0.5")
    @DecimalMax("40")
    private BigDecimal typicalHoursPerWeek;

    @Min(1)
    @Max(60)
    private Integer typicalDurationMonths;

    @NotNull
    private TaskScheduling scheduling;

    /** Placements go through the tandem steps; not given: as before (false for a new type). */
    private Boolean tandem;

    @Size(max = 20)
    private Set<
                    @NotBlank @Size(max = TaskType.CODE_LENGTH)
                    @Pattern(regexp = TaskType.CODE_PATTERN, message = "{org.quartiersnetz.code.message}") String>
            requiredCourses = new TreeSet<>();

    private Set<@NotNull DeclarationKind> requiredDeclarations = EnumSet.noneOf(DeclarationKind.class);

    public Set<DeclarationKind> getRequiredDeclarations() {
        return requiredDeclarations;
    }

    public void setRequiredDeclarations(Set<DeclarationKind> requiredDeclarations) {
        this.requiredDeclarations =
                requiredDeclarations == null ? EnumSet.noneOf(DeclarationKind.class) : requiredDeclarations;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isClearanceRequired() {
        return clearanceRequired;
    }

    public void setClearanceRequired(boolean clearanceRequired) {
        this.clearanceRequired = clearanceRequired;
    }

    public Integer getSupervisionIntervalWeeks() {
        return supervisionIntervalWeeks;
    }

    public void setSupervisionIntervalWeeks(Integer supervisionIntervalWeeks) {
        this.supervisionIntervalWeeks = supervisionIntervalWeeks;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(int minimumAge) {
        this.minimumAge = minimumAge;
    }

    public BigDecimal getTypicalHoursPerWeek() {
        return typicalHoursPerWeek;
    }

    public void setTypicalHoursPerWeek(BigDecimal typicalHoursPerWeek) {
        this.typicalHoursPerWeek = typicalHoursPerWeek;
    }

    public Integer getTypicalDurationMonths() {
        return typicalDurationMonths;
    }

    public void setTypicalDurationMonths(Integer typicalDurationMonths) {
        this.typicalDurationMonths = typicalDurationMonths;
    }

    public Boolean getTandem() {
        return tandem;
    }

    public void setTandem(Boolean tandem) {
        this.tandem = tandem;
    }

    public TaskScheduling getScheduling() {
        return scheduling;
    }

    public void setScheduling(TaskScheduling scheduling) {
        this.scheduling = scheduling;
    }

    public Set<String> getRequiredCourses() {
        return requiredCourses;
    }

    public void setRequiredCourses(Set<String> requiredCourses) {
        this.requiredCourses = requiredCourses == null ? new TreeSet<>() : requiredCourses;
    }
}
