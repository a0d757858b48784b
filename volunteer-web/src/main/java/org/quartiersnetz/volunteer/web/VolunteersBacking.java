package org.quartiersnetz.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.volunteer.boundary.VolunteerCriteria;
import org.quartiersnetz.volunteer.boundary.VolunteerFilter;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** The staff's list of the volunteers they may see (staff/volunteers.xhtml): lazy, paged in the database. */
@Named
@ViewScoped
public class VolunteersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    private final VolunteerCriteria criteria = new VolunteerCriteria();

    private final LazyDataModel<Volunteer> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<Volunteer> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<Volunteer> page = page(first, pageSize, sortBy);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Volunteer volunteer) {
            return String.valueOf(volunteer.getId());
        }
    };

    private Page<Volunteer> page(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        VolunteerFilter.Sort order = sort == null
                ? VolunteerFilter.Sort.NAME
                : switch (sort.getField()) {
                    case "status" -> VolunteerFilter.Sort.STATUS;
                    case "createdAt" -> VolunteerFilter.Sort.SIGNED_UP;
                    default -> VolunteerFilter.Sort.NAME;
                };
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        int size = Math.min(pageSize, VolunteerFilter.MAX_PAGE_SIZE);
        return volunteers.search(currentUser.caller(), criteria.page(order, descending, first / size, size));
    }

    public VolunteerCriteria getCriteria() {
        return criteria;
    }

    public LazyDataModel<Volunteer> getModel() {
        return model;
    }

    public VolunteerStatus[] getStatuses() {
        return VolunteerStatus.values();
    }

    public Skill[] getSkills() {
        return Skill.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public TimeBand[] getBands() {
        return TimeBand.values();
    }
}
