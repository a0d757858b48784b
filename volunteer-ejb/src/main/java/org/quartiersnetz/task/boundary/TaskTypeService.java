package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.task.entity.TaskType;

/** The kinds of task the network offers: public to read, kept by administrators. */
@Stateless
public class TaskTypeService {

    static final String UNKNOWN = "taskType.unknown";
    static final String CODE_TAKEN = "taskType.codeTaken";
    static final String CODE_FIXED = "taskType.codeFixed";

    @PersistenceContext
    EntityManager em;

    public List<TaskType> listAll() {
        return em.createNamedQuery(TaskType.FIND_ALL, TaskType.class).getResultList();
    }

    public TaskType get(long id) {
        TaskType type = em.find(TaskType.class, id);
        if (type == null) {
            throw new NotFoundException(UNKNOWN);
        }
        return type;
    }

    public TaskType create(@NotNull @Valid TaskTypeInput input) {
        TaskType type = new TaskType(input.getCode());
        describe(type, input);
        Constraints.persistUnique(em, "code", CODE_TAKEN, type);
        return type;
    }

    /** Everything but the code may change; tasks and courses refer to the code. */
    public TaskType update(long id, @NotNull @Valid TaskTypeInput input) {
        TaskType type = get(id);
        if (!type.getCode().equals(input.getCode())) {
            throw ConflictException.onField("code", CODE_FIXED);
        }
        describe(type, input);
        return type;
    }

    private static void describe(TaskType type, TaskTypeInput input) {
        type.describe(
                input.getNameDe().strip(),
                input.getNameEn().strip(),
                input.isClearanceRequired(),
                input.getSupervisionIntervalWeeks(),
                input.getMinimumAge(),
                input.getTypicalHoursPerWeek(),
                input.getTypicalDurationMonths(),
                input.getScheduling(),
                input.getRequiredCourses(),
                input.getRequiredDeclarations());
        if (input.getTandem() != null) {
            type.setTandem(input.getTandem());
        }
    }
}
