package org.quartiersnetz.carrier.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.quartiersnetz.carrier.control.CarrierAccess;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;

/** The places of each carrier: public to read; kept by administrators and the carrier's coordinators. */
@Stateless
public class SiteService {

    static final String NAME_TAKEN = "site.nameTaken";
    static final String UNKNOWN = "site.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    CarrierService carriers;

    @Inject
    CarrierAccess access;

    /** All carriers' sites, by carrier and name (for the board's place filter). */
    public List<Site> listAll() {
        return em.createQuery("SELECT s FROM Site s JOIN FETCH s.carrier ORDER BY s.carrier.name, s.name", Site.class)
                .getResultList();
    }

    public List<Site> list(@NotNull String carrierCode) {
        return em.createNamedQuery(Site.FIND_BY_CARRIER, Site.class)
                .setParameter("carrier", carriers.getByCode(carrierCode))
                .getResultList();
    }

    /** The sites of the caller's own carrier; none for callers without one. */
    public List<Site> own(@NotNull Caller caller) {
        if (!caller.isCarrierStaff()) {
            return List.of();
        }
        return em.createNamedQuery(Site.FIND_BY_CARRIER, Site.class)
                .setParameter("carrier", em.find(Carrier.class, caller.carrierId()))
                .getResultList();
    }

    public Site create(@NotNull Caller caller, @NotNull String carrierCode, @NotNull @Valid SiteInput input) {
        Carrier carrier = access.requireManageable(caller, carriers.getByCode(carrierCode));
        Site site = new Site(
                carrier,
                input.getName().strip(),
                input.getKind(),
                blank(input.getStreet()),
                blank(input.getPostcode()),
                blank(input.getCity()));
        return persist(site);
    }

    public Site update(@NotNull Caller caller, long id, @NotNull @Valid SiteInput input) {
        Site site = em.find(Site.class, id);
        if (site == null) {
            throw new NotFoundException(UNKNOWN);
        }
        access.requireManageable(caller, site.getCarrier());
        site.update(
                input.getName().strip(),
                input.getKind(),
                blank(input.getStreet()),
                blank(input.getPostcode()),
                blank(input.getCity()));
        return persist(site);
    }

    private Site persist(Site site) {
        Constraints.persistUnique(em, "name", NAME_TAKEN, site);
        return site;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
