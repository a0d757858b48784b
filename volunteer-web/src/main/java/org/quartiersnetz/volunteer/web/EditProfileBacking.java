package org.quartiersnetz.volunteer.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.Texts;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.TaskTypeService;
import org.quartiersnetz.volunteer.boundary.Profile;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** The profile form (volunteer/edit-profile.xhtml), made for a phone: one's own, or staff on a volunteer's behalf. */
@Named
@ViewScoped
public class EditProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profile";

    @Inject
    VolunteerService volunteers;

    @Inject
    TaskTypeService taskTypes;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private long volunteerId;
    private Profile profile;
    private final List<LanguageRow> languages = new ArrayList<>();
    private final Map<String, List<String>> weekly = new LinkedHashMap<>();

    /** One language and how well it is spoken. */
    public static class LanguageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private LanguageLevel level = LanguageLevel.GOOD;

        LanguageRow(String code, LanguageLevel level) {
            this.code = code;
            this.level = level;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public LanguageLevel getLevel() {
            return level;
        }

        public void setLevel(LanguageLevel level) {
            this.level = level;
        }
    }

    /**
     * A volunteer edits their own profile; staff who may manage volunteers edit one on their behalf
     * (?id=…). Whoever may not gets 404, as if there were no such page.
     */
    public void load() throws IOException {
        if (profile != null) {
            return;
        }
        Volunteer volunteer;
        try {
            volunteer = id == null ? volunteers.getOwn(currentUser.caller()) : onBehalf(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "");
            return;
        }
        volunteerId = volunteer.getId();
        profile = Profile.of(volunteer);
        profile.getLanguageLevels().forEach((code, level) -> languages.add(new LanguageRow(code, level)));
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day.name(), new ArrayList<>());
        }
        profile.getAvailability()
                .forEach(a -> weekly.get(a.getDay().name()).add(a.getBand().name()));
    }

    private Volunteer onBehalf(long volunteer) {
        if (!currentUser.isPermitted(Role.Permissions.VOLUNTEER_MANAGE)) {
            throw new NotFoundException("volunteer.unknown");
        }
        return volunteers.get(currentUser.caller(), volunteer);
    }

    public void addLanguage() {
        languages.add(new LanguageRow(null, LanguageLevel.GOOD));
    }

    public void removeLanguage(LanguageRow row) {
        languages.remove(row);
    }

    public String save() {
        Map<String, LanguageLevel> levels = new LinkedHashMap<>();
        languages.stream().filter(row -> row.code != null).forEach(row -> levels.put(row.code, row.level));
        profile.setLanguageLevels(levels);
        List<Availability> availability = new ArrayList<>();
        weekly.forEach((day, bands) -> bands.forEach(
                band -> availability.add(new Availability(DayOfWeek.valueOf(day), TimeBand.valueOf(band)))));
        profile.setAvailability(availability);
        if (!FacesMessages.attempt(FORM, () -> {
            volunteers.updateProfile(currentUser.caller(), volunteerId, profile);
        })) {
            return null;
        }
        FacesMessages.info("profile.saved");
        FacesMessages.keepForRedirect();
        return id == null ? "/volunteer/profile?faces-redirect=true" : "/staff/volunteer?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Profile getProfile() {
        return profile;
    }

    public List<LanguageRow> getLanguages() {
        return languages;
    }

    public Map<String, List<String>> getWeekly() {
        return weekly;
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public String dayName(String day) {
        return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, locale());
    }

    public List<SelectItem> getBandOptions() {
        return Arrays.stream(TimeBand.values())
                .map(b -> new SelectItem(b.name(), Texts.label(locale(), b)))
                .toList();
    }

    public List<SelectItem> getLevelOptions() {
        return Arrays.stream(LanguageLevel.values())
                .map(l -> new SelectItem(l, Texts.label(locale(), l)))
                .toList();
    }

    public List<SelectItem> getSkillOptions() {
        return Arrays.stream(Skill.values())
                .map(s -> new SelectItem(s, Texts.label(locale(), s)))
                .toList();
    }

    public List<SelectItem> getInterestOptions() {
        return taskTypes.listAll().stream()
                .map(t -> new SelectItem(t.getCode(), t.name(locale())))
                .toList();
    }

    private static Locale locale() {
        return RequestLocale.get();
    }
}
