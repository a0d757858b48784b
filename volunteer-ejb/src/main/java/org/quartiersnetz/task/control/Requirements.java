package org.quartiersnetz.task.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.entity.SignatureStatus;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * What a volunteer lacks for a task type on a date. Clearance inspections and qualifications are
 * not recorded yet (the training and clearance area brings them), so a type that requires them
 * names them as missing for everybody until then.
 */
@ApplicationScoped
public class Requirements {

    @Inject
    DeclarationService declarations;

    public List<MissingRequirement> missing(Volunteer volunteer, TaskType type, LocalDate on) {
        List<MissingRequirement> missing = new ArrayList<>();
        if (volunteer.getStatus() == VolunteerStatus.PAUSED || volunteer.getStatus() == VolunteerStatus.LEFT) {
            missing.add(MissingRequirement.STATUS);
        }
        LocalDate born = volunteer.getBirthDate();
        if (born == null) {
            missing.add(MissingRequirement.BIRTH_DATE);
        } else if (Period.between(born, on).getYears() < type.getMinimumAge()) {
            missing.add(MissingRequirement.MINIMUM_AGE);
        }
        if (type.isClearanceRequired()) {
            missing.add(MissingRequirement.CLEARANCE);
        }
        if (!type.getRequiredCourses().isEmpty()) {
            missing.add(MissingRequirement.COURSE);
        }
        if (!type.getRequiredDeclarations().isEmpty() && declarations.statuses(volunteer.getId()).stream()
                .anyMatch(d -> type.getRequiredDeclarations().contains(d.kind()) && d.status() != SignatureStatus.SIGNED)) {
            missing.add(MissingRequirement.DECLARATION);
        }
        return missing;
    }
}
