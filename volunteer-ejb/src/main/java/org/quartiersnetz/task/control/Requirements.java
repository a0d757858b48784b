package org.quartiersnetz.task.control;

import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * What a volunteer lacks to take a slot of a task on a date. Booking asks; the eligibility area,
 * which builds on tasks, answers (so tasks do not depend on it). A slot is taken now, so a course
 * that is only booked is still lacking.
 */
public interface Requirements {

    List<MissingRequirement> missing(Volunteer volunteer, Task task, LocalDate on);
}
