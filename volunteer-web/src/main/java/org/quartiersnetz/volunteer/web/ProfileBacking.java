package org.quartiersnetz.volunteer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Date;
import org.omnifaces.util.Faces;
import org.quartiersnetz.security.view.CurrentUser;
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

    /** A staff account has no volunteer profile: the page does not exist for it. */
    public void load() throws IOException {
        volunteer = volunteers.findByEmail(currentUser.requireEmail()).orElse(null);
        if (volunteer == null) {
            Faces.responseSendError(404, "");
        }
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    /** For f:convertDateTime, which formats java.util.Date in the page's time zone. */
    public Date getSignedUpAt() {
        return Date.from(volunteer.getCreatedAt());
    }
}
