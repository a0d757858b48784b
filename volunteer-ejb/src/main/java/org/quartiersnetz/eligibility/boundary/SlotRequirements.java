package org.quartiersnetz.eligibility.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.task.control.Requirements;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** The requirements booking asks about, judged for the task's carrier. */
@ApplicationScoped
public class SlotRequirements implements Requirements {

    @Inject
    EligibilityService eligibility;

    @Override
    public List<MissingRequirement> missing(Volunteer volunteer, Task task, LocalDate on) {
        return eligibility
                .judge(volunteer, task.getType(), task.getCarrier().getId(), on)
                .lacking();
    }
}
