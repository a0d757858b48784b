package org.quartiersnetz.reminder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.reminder.boundary.ReminderPreferences;
import org.quartiersnetz.reminder.entity.ReminderKind;
import org.quartiersnetz.security.view.CurrentUser;

/** The volunteer's choice of reminders (volunteer/reminders.xhtml). */
@Named
@ViewScoped
public class ReminderChoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReminderPreferences preferences;

    @Inject
    CurrentUser currentUser;

    private List<ReminderKind> wanted = new ArrayList<>();

    public void load() {
        wanted = new ArrayList<>(preferences.wanted(currentUser.caller()));
    }

    public void save() {
        FacesMessages.attempt(
                () -> {
                    wanted = new ArrayList<>(preferences.choose(
                            currentUser.caller(),
                            wanted.isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(wanted)));
                },
                "reminders_page.saved");
    }

    public ReminderKind[] getKinds() {
        return ReminderKind.values();
    }

    public List<ReminderKind> getWanted() {
        return wanted;
    }

    public void setWanted(List<ReminderKind> wanted) {
        this.wanted = wanted;
    }
}
