package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.task.boundary.TaskTypeInput;
import org.quartiersnetz.task.boundary.TaskTypeService;
import org.quartiersnetz.task.entity.TaskScheduling;
import org.quartiersnetz.task.entity.TaskType;

/** Task types and what they require (admin/task-types.xhtml), kept by administrators. */
@Named
@ViewScoped
public class TaskTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "type";

    @Inject
    TaskTypeService types;

    private Long id;
    private TaskTypeInput input = new TaskTypeInput();
    private String courses = "";

    public void load() throws IOException {
        if (id != null) {
            TaskType type;
            try {
                type = types.get(id);
            } catch (NotFoundException e) {
                org.omnifaces.util.Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
                return;
            }
            input.setCode(type.getCode());
            input.setNameDe(type.getNameDe());
            input.setNameEn(type.getNameEn());
            input.setClearanceRequired(type.isClearanceRequired());
            input.setSupervisionIntervalWeeks(type.getSupervisionIntervalWeeks());
            input.setMinimumAge(type.getMinimumAge());
            input.setTypicalHoursPerWeek(type.getTypicalHoursPerWeek());
            input.setTypicalDurationMonths(type.getTypicalDurationMonths());
            input.setScheduling(type.getScheduling());
            input.setTandem(type.isTandem());
            courses = String.join(", ", type.getRequiredCourses());
            input.setRequiredDeclarations(type.getRequiredDeclarations());
        }
    }

    public String save() {
        input.setRequiredCourses(Arrays.stream(courses.split("[,\\s]+"))
                .filter(c -> !c.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
        return FacesMessages.attempt(FORM, () -> id == null ? types.create(input) : types.update(id, input))
                .map(saved -> {
                    FacesMessages.info("taskTypes.saved", saved.getNameDe());
                    FacesMessages.keepForRedirect();
                    return "/admin/task-types?faces-redirect=true";
                })
                .orElse(null);
    }

    /** "ab 18 Jahren · §72a · basic-godparent, child-protection". */
    public String requirements(TaskType type) {
        StringBuilder text = new StringBuilder(FacesMessages.text("board.minimumAge", type.getMinimumAge()));
        if (type.isClearanceRequired()) {
            text.append(" · §72a");
        }
        if (!type.getRequiredCourses().isEmpty()) {
            text.append(" · ").append(String.join(", ", type.getRequiredCourses()));
        }
        return text.toString();
    }

    public List<TaskType> getTypes() {
        return types.listAll();
    }

    public TaskScheduling[] getSchedulings() {
        return TaskScheduling.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TaskTypeInput getInput() {
        return input;
    }

    public String getCourses() {
        return courses;
    }

    public void setCourses(String courses) {
        this.courses = courses == null ? "" : courses;
    }
}
