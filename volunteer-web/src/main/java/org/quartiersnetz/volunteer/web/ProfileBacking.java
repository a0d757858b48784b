package org.quartiersnetz.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.quartiersnetz.security.web.CurrentUser;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** The signed-in volunteer's own profile (volunteer/profile.xhtml). */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    private Volunteer volunteer;

    @PostConstruct
    void load() {
        volunteer = volunteers.getByEmail(currentUser.requireEmail());
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    /** For f:convertDateTime, which formats java.util.Date in the page's time zone. */
    public Date getSignedUpAt() {
        return Date.from(volunteer.getCreatedAt());
    }
}
