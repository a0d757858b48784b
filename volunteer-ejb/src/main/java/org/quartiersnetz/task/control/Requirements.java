package org.quartiersnetz.task.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.eligibility.boundary.EligibilityService;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * What a volunteer lacks to take a slot of a task on a date, as the eligibility service judges it
 * for the task's carrier. A slot is taken now, so a course that is only booked is still lacking.
 */
@ApplicationScoped
public class Requirements {

    @Inject
    EligibilityService eligibility;

    public List<MissingRequirement> missing(Volunteer volunteer, Task task, LocalDate on) {
        return eligibility
                .judge(volunteer, task.getType(), task.getCarrier().getId(), on)
                .lacking();
    }
}
