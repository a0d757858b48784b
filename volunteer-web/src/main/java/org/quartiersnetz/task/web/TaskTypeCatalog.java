package org.quartiersnetz.task.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.quartiersnetz.task.boundary.TaskTypeService;

/** The task types as choices (code → name in the view's language), read once per request. */
@Named
@RequestScoped
public class TaskTypeCatalog {

    @Inject
    TaskTypeService types;

    private List<SelectItem> options;

    public List<SelectItem> getOptions() {
        if (options == null) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            options = types.listAll().stream()
                    .map(t -> new SelectItem(t.getCode(), t.name(locale)))
                    .toList();
        }
        return options;
    }
}
