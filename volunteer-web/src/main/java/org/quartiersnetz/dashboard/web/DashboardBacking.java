package org.quartiersnetz.dashboard.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.Bilingual;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.dashboard.boundary.Dashboard;
import org.quartiersnetz.dashboard.boundary.DashboardFilter;
import org.quartiersnetz.dashboard.boundary.DashboardService;
import org.quartiersnetz.dashboard.control.Coverage;
import org.quartiersnetz.dashboard.view.DashboardList;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.TaskTypeService;
import org.quartiersnetz.task.entity.TaskType;

/**
 * The coordinators' dashboard (staff/dashboard.xhtml): the lists for the filter in the address
 * (carrier for the network coordinator, kind of task, days ahead), each exportable as CSV, and the
 * supervision coverage of the last twelve months as a chart with its figures in a table.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboard;

    @Inject
    TaskTypeService taskTypes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String carrier;
    private String type;
    private Integer days = DashboardFilter.DEFAULT_DAYS;
    /** The days as given in the address, checked here so that "?days=many" is explained, not ignored. */
    private String daysParam;

    private transient Dashboard view;

    public void load() {
        view = FacesMessages.attempt("filter", () -> {
                    days = QueryParams.intOf(daysParam, DashboardFilter.DEFAULT_DAYS, "days");
                    return dashboard.view(currentUser.caller(), filter());
                })
                .orElse(null);
    }

    public String apply() {
        daysParam = days == null ? null : String.valueOf(days);
        return "/staff/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public void export(String list) {
        DashboardList which = DashboardList.ofPath(list).orElseThrow();
        FacesMessages.attempt("filter", () -> {
            String csv = which.csv(dashboard, currentUser.caller(), filter(), Faces.getLocale());
            Faces.sendFile(csv.getBytes(StandardCharsets.UTF_8), which.fileName(ClockProducer.today(clock)), true);
        });
    }

    private DashboardFilter filter() {
        return new DashboardFilter(carrier, type, days == null ? DashboardFilter.DEFAULT_DAYS : days);
    }

    public List<Carrier> getCarriers() {
        return dashboard.carriers(currentUser.caller());
    }

    public List<TaskType> getTypes() {
        return taskTypes.listAll();
    }

    public String typeName(TaskType t) {
        return Bilingual.pick(Faces.getLocale(), t.getNameDe(), t.getNameEn());
    }

    public String title(Bilingual title) {
        return title == null ? "" : title.in(Faces.getLocale());
    }

    /** The coverage per month as a Chart.js bar chart (PrimeFaces p:chart), percentages 0–100. */
    public String getCoverageChart() {
        Locale locale = Faces.getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Coverage.Month m : view == null ? List.<Coverage.Month>of() : view.coverage()) {
            labels.add(m.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                    + m.month().getYear());
            values.add(m.percent());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", FacesMessages.text("dashboard.coveragePercent"))
                                                        .add("data", values)
                                                        .add("backgroundColor", "#1f5f8b"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    /** The lists; read again when the view was restored without them (they are not kept in the session). */
    public Dashboard getView() {
        if (view == null
                && !FacesContext.getCurrentInstance().isValidationFailed()
                && !FacesContext.getCurrentInstance().getMessages().hasNext()) {
            load();
        }
        return view;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDaysParam() {
        return daysParam;
    }

    public void setDaysParam(String daysParam) {
        this.daysParam = daysParam;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
