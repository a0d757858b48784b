package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.TaskService;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;

/** The staff's task list (staff/tasks.xhtml): lazy, paged in the database, newest change first. */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService tasks;

    @Inject
    CurrentUser currentUser;

    private TaskStatus status;
    private String type;

    private final LazyDataModel<Task> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<Task> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<Task> page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Task task) {
            return String.valueOf(task.getId());
        }
    };

    private Page<Task> page(int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), 100);
        return tasks.list(
                currentUser.caller(), status, type == null || type.isBlank() ? null : type, first / size, size);
    }

    public LazyDataModel<Task> getModel() {
        return model;
    }

    public TaskStatus[] getStatuses() {
        return TaskStatus.values();
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
