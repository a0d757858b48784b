package org.quartiersnetz.carrier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.quartiersnetz.carrier.boundary.CarrierService;
import org.quartiersnetz.carrier.entity.CarrierKind;

/** The carriers volunteers can choose, for the forms that offer them; read once per request. */
@Named
@RequestScoped
public class CarrierCatalog {

    @Inject
    CarrierService carriers;

    private List<SelectItem> freeCarrierOptions;

    public List<SelectItem> getFreeCarrierOptions() {
        if (freeCarrierOptions == null) {
            freeCarrierOptions = carriers.listAll().stream()
                    .filter(c -> c.getKind() == CarrierKind.FREE_CARRIER)
                    .map(c -> new SelectItem(c.getCode(), c.getName()))
                    .toList();
        }
        return freeCarrierOptions;
    }
}
