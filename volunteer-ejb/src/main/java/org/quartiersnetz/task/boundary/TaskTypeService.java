package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.quartiersnetz.task.entity.TaskType;

/** Reads the kinds of task the network offers. */
@Stateless
public class TaskTypeService {

    @PersistenceContext
    EntityManager em;

    public List<TaskType> listAll() {
        return em.createNamedQuery(TaskType.FIND_ALL, TaskType.class).getResultList();
    }
}
