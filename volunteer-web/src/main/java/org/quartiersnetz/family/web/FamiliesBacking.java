package org.quartiersnetz.family.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.family.boundary.FamilyInput;
import org.quartiersnetz.family.boundary.FamilyService;
import org.quartiersnetz.family.entity.AgeBand;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The own carrier's families (staff/families.xhtml): a lazy list of codes, and one form that adds
 * a family or, opened with ?id=…, changes it (opening it is a read, so it is audited once).
 */
@Named
@ViewScoped
public class FamiliesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "family";

    @Inject
    FamilyService families;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String editedCode;
    private FamilyInput input = new FamilyInput();

    private final LazyDataModel<Family> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<Family> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<Family> page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Family family) {
            return String.valueOf(family.getId());
        }
    };

    private Page<Family> page(int first, int pageSize) {
        int size = Math.min(pageSize, FamilyService.MAX_PAGE_SIZE);
        return families.list(currentUser.caller(), first / size, size);
    }

    /** Unknown ids and other carriers' families answer 404 alike. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            Family family = families.get(currentUser.caller(), id);
            editedCode = family.getCode();
            input = FamilyInput.of(family);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return FacesMessages.attempt(
                        FORM,
                        () -> id == null
                                ? families.create(currentUser.caller(), input)
                                : families.update(currentUser.caller(), id, input))
                .map(family -> {
                    FacesMessages.info(id == null ? "family.added" : "family.changed", family.getCode());
                    FacesMessages.keepForRedirect();
                    return "/staff/families?faces-redirect=true";
                })
                .orElse(null);
    }

    public LazyDataModel<Family> getModel() {
        return model;
    }

    /** The day a family was added, in the network's zone. */
    public LocalDate createdOn(Family family) {
        return LocalDate.ofInstant(family.getCreatedAt(), ClockProducer.NETWORK_ZONE);
    }

    public AgeBand[] getAgeBandValues() {
        return AgeBand.values();
    }

    public FamilyInput getInput() {
        return input;
    }

    /** The code of the family being changed, or null while adding one. */
    public String getEditedCode() {
        return editedCode;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
