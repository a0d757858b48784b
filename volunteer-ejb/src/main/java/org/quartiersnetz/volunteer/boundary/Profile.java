package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * What a volunteer (or staff on their behalf) says about what they can give. A mutable bean so
 * that the profile page binds to it and the API reads it, both checked by these same rules. Lists
 * left out (or sent as null) mean "none".
 */
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Volunteer.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = Volunteer.NAME_LENGTH)
    private String lastName;

    @Pattern(regexp = "|" + Volunteer.PHONE_PATTERN)
    @Size(max = Volunteer.PHONE_LENGTH)
    private String phone;

    @NotEmpty
    @Size(max = Volunteer.MAX_LANGUAGES)
    private Map<@NotNull @LanguageCode String, @NotNull LanguageLevel> languageLevels = new LinkedHashMap<>();

    private Set<@NotNull Skill> skills = EnumSet.noneOf(Skill.class);

    @Size(max = Volunteer.MAX_TAGS)
    private List<@NotBlank @Size(max = Volunteer.TAG_LENGTH) @Pattern(regexp = "[\\p{L}\\p{N} .&+/-]+") String> tags =
            new ArrayList<>();

    @Size(max = 28)
    private List<@NotNull @Valid Availability> availability = new ArrayList<>();

    private List<@NotNull @Size(max = 40) String> interests = new ArrayList<>();

    private List<@NotNull @Size(max = 40) String> carriers = new ArrayList<>();

    @Pattern(regexp = "|" + Volunteer.POSTCODE_PATTERN, message = "{org.quartiersnetz.postcode.message}")
    private String postcode;

    @Size(max = Volunteer.AREA_LENGTH)
    private String area;

    @Past
    private LocalDate birthDate;

    @Min(1)
    @Max(Volunteer.MAX_HOURS_PER_WEEK)
    private Integer maxHoursPerWeek;

    private LocalDate availableFrom;

    private LocalDate availableUntil;

    private boolean sharedPool;

    private boolean groupMail = true;

    /** The profile as it is now, to edit. */
    public static Profile of(Volunteer v) {
        Profile p = new Profile();
        p.firstName = v.getFirstName();
        p.lastName = v.getLastName();
        p.phone = v.getPhone();
        p.languageLevels = new LinkedHashMap<>(v.getLanguageLevels());
        p.skills = v.getSkills();
        p.tags = new ArrayList<>(v.getTags());
        p.availability = new ArrayList<>(v.getAvailability());
        p.interests = new ArrayList<>(v.getInterestCodes());
        p.carriers = new ArrayList<>(v.getCarrierCodes());
        p.postcode = v.getPostcode();
        p.area = v.getArea();
        p.birthDate = v.getBirthDate();
        p.maxHoursPerWeek = v.getMaxHoursPerWeek();
        p.availableFrom = v.getAvailableFrom();
        p.availableUntil = v.getAvailableUntil();
        p.sharedPool = v.isSharedPool();
        p.groupMail = v.isGroupMail();
        return p;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = strip(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = strip(lastName);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = strip(phone);
    }

    public Map<String, LanguageLevel> getLanguageLevels() {
        return languageLevels;
    }

    public void setLanguageLevels(Map<String, LanguageLevel> languageLevels) {
        this.languageLevels = languageLevels;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills == null ? EnumSet.noneOf(Skill.class) : skills;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public List<Availability> getAvailability() {
        return availability;
    }

    public void setAvailability(List<Availability> availability) {
        this.availability = availability == null ? new ArrayList<>() : availability;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : interests;
    }

    public List<String> getCarriers() {
        return carriers;
    }

    public void setCarriers(List<String> carriers) {
        this.carriers = carriers == null ? new ArrayList<>() : carriers;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = strip(postcode);
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = strip(area);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(Integer maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public void setAvailableUntil(LocalDate availableUntil) {
        this.availableUntil = availableUntil;
    }

    public boolean isSharedPool() {
        return sharedPool;
    }

    public void setSharedPool(boolean sharedPool) {
        this.sharedPool = sharedPool;
    }

    public boolean isGroupMail() {
        return groupMail;
    }

    public void setGroupMail(boolean groupMail) {
        this.groupMail = groupMail;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
