package org.quartiersnetz.offer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.offer.control.OfferWeek;
import org.quartiersnetz.offer.entity.Occurrence;
import org.quartiersnetz.offer.entity.Offer;
import org.quartiersnetz.security.entity.Caller;

/**
 * The carriers' regular offers: public to read, week by week; each carrier's staff and
 * coordinators keep their own carrier's offers, other carriers' offers do not exist for them.
 */
@Stateless
public class OfferService {

    static final String UNKNOWN = "offer.unknown";
    static final String SITE_UNKNOWN = "offer.site.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Today in the network's zone. */
    public LocalDate today() {
        return ClockProducer.today(clock);
    }

    /** The occurrences of all carriers' offers in the week (Monday to Sunday) of the given day. */
    public List<Occurrence> week(@NotNull LocalDate anyDayOfWeek, @NotNull Locale locale) {
        LocalDate monday = OfferWeek.mondayOf(anyDayOfWeek);
        List<Offer> offers = em.createNamedQuery(Offer.FIND_VALID_BETWEEN, Offer.class)
                .setParameter("first", monday)
                .setParameter("last", monday.plusDays(6))
                .getResultList();
        return OfferWeek.occurrences(offers, monday, locale);
    }

    /** The offers of all carriers valid today or later. */
    public List<Offer> listCurrent() {
        return em.createNamedQuery(Offer.FIND_VALID_BETWEEN, Offer.class)
                .setParameter("first", today())
                .setParameter("last", LocalDate.of(9999, 12, 31))
                .getResultList();
    }

    /** The caller's own carrier's offers, also past ones. */
    public List<Offer> listOwn(@NotNull Caller caller) {
        return em.createNamedQuery(Offer.FIND_BY_CARRIER, Offer.class)
                .setParameter("carrier", ownCarrier(caller))
                .getResultList();
    }

    /** One of the caller's own carrier's offers. */
    public Offer getOwn(@NotNull Caller caller, long id) {
        Offer offer = em.find(Offer.class, id);
        if (offer == null
                || !caller.isCarrierStaff()
                || !offer.getCarrier().getId().equals(caller.carrierId())) {
            throw new NotFoundException(UNKNOWN);
        }
        return offer;
    }

    public Offer create(@NotNull Caller caller, @NotNull @Valid OfferInput input) {
        Offer offer = new Offer(ownCarrier(caller));
        apply(offer, input);
        em.persist(offer);
        em.flush();
        return offer;
    }

    public Offer update(@NotNull Caller caller, long id, @NotNull @Valid OfferInput input) {
        Offer offer = getOwn(caller, id);
        apply(offer, input);
        em.flush();
        return offer;
    }

    public void delete(@NotNull Caller caller, long id) {
        em.remove(getOwn(caller, id));
    }

    private void apply(Offer offer, OfferInput input) {
        Site site = em.find(Site.class, input.getSite());
        if (site == null || !site.getCarrier().getId().equals(offer.getCarrier().getId())) {
            throw InvalidInputException.onField("site", SITE_UNKNOWN);
        }
        offer.describe(site, input.texts());
        // an empty choice on the page (or null in JSON) means none
        offer.schedule(
                input.getTimes(),
                Objects.requireNonNullElse(input.getLanguages(), List.of()),
                input.getValidFrom(),
                input.getValidUntil(),
                Objects.requireNonNullElse(input.getCancellations(), List.of()));
    }

    private Carrier ownCarrier(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException("carrier.unknown");
        }
        return em.find(Carrier.class, caller.carrierId());
    }
}
