package org.quartiersnetz.carrier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quartiersnetz.carrier.boundary.CarrierInput;
import org.quartiersnetz.carrier.boundary.CarrierService;
import org.quartiersnetz.carrier.boundary.SiteInput;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.carrier.entity.SiteKind;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.view.CurrentUser;

/** Carriers and their sites (admin/carriers.xhtml): administrators add carriers; coordinators add sites. */
@Named
@ViewScoped
public class CarriersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CarrierService carriers;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    private CarrierInput carrier = new CarrierInput();
    private SiteInput site = new SiteInput();
    private String siteCarrier;

    public List<Carrier> getCarriers() {
        return carriers.listAll();
    }

    public List<Site> sitesOf(String code) {
        return sites.list(code);
    }

    public void addCarrier() {
        if (!currentUser.isPermitted(Role.Permissions.CARRIER_MANAGE)) {
            return;
        }
        FacesMessages.attempt("carrier", () -> {
            carriers.create(carrier);
            FacesMessages.info("carrier.added", carrier.getName());
            carrier = new CarrierInput();
        });
    }

    public void addSite() {
        FacesMessages.attempt("site", () -> {
            sites.create(currentUser.caller(), siteCarrier, site);
            FacesMessages.info("site.added", site.getName());
            site = new SiteInput();
        });
    }

    public CarrierKind[] getCarrierKinds() {
        return CarrierKind.values();
    }

    public SiteKind[] getSiteKinds() {
        return SiteKind.values();
    }

    public CarrierInput getCarrier() {
        return carrier;
    }

    public SiteInput getSite() {
        return site;
    }

    public String getSiteCarrier() {
        return siteCarrier;
    }

    public void setSiteCarrier(String siteCarrier) {
        this.siteCarrier = siteCarrier;
    }
}
