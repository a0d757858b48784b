package org.quartiersnetz.task.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.common.boundary.TextsInput;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * A task as carrier staff enter it: type by its code, place either a site of the carrier or the
 * family's home, a weekly schedule, and what volunteers should bring. (A class: Payara's OpenAPI
 * fails on constrained records.)
 */
public class TaskInput extends TextsInput {

    @NotBlank
    @Size(max = TaskType.CODE_LENGTH)
    private String type;

    private Long siteId;

    private boolean atFamilyHome;

    private Long familyId;

    @NotNull
    @Size(max = 14)
    private List<@NotNull @Valid WeeklyTime> schedule = new ArrayList<>();

    @NotNull
    private LocalDate startsOn;

    @Min(1)
    @Max(60)
    private Integer durationMonths;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("40")
    private BigDecimal hoursPerWeek;

    @NotNull
    @Size(max = 20)
    private Set<@NotNull @LanguageCode String> languages = new TreeSet<>();

    @NotNull
    private Set<@NotNull Skill> skills = EnumSet.noneOf(Skill.class);

    @Min(1)
    @Max(500)
    private int volunteersNeeded = 1;

    @Size(max = Task.NOTE_LENGTH)
    private String staffNote;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public boolean isAtFamilyHome() {
        return atFamilyHome;
    }

    public void setAtFamilyHome(boolean atFamilyHome) {
        this.atFamilyHome = atFamilyHome;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public List<@NotNull @Valid WeeklyTime> getSchedule() {
        return schedule;
    }

    public void setSchedule(List<@NotNull @Valid WeeklyTime> schedule) {
        this.schedule = schedule;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public Set<@NotNull @LanguageCode String> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<@NotNull @LanguageCode String> languages) {
        this.languages = languages;
    }

    public Set<@NotNull Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<@NotNull Skill> skills) {
        this.skills = skills;
    }

    public int getVolunteersNeeded() {
        return volunteersNeeded;
    }

    public void setVolunteersNeeded(int volunteersNeeded) {
        this.volunteersNeeded = volunteersNeeded;
    }

    public String getStaffNote() {
        return staffNote;
    }

    public void setStaffNote(String staffNote) {
        this.staffNote = staffNote;
    }
}
