package org.quartiersnetz.offer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.WeeklyTimeRows;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.offer.boundary.OfferInput;
import org.quartiersnetz.offer.boundary.OfferService;
import org.quartiersnetz.offer.entity.Offer;
import org.quartiersnetz.security.view.CurrentUser;

/** The own carrier's offers (staff/offers.xhtml): list, add, change, remove. */
@Named
@ViewScoped
public class StaffOffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferService offers;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    private Long editing;
    private OfferInput input;
    private WeeklyTimeRows times;

    public StaffOffersBacking() {
        reset();
    }

    private void reset() {
        editing = null;
        input = new OfferInput();
        times = WeeklyTimeRows.of(List.of());
    }

    public List<Offer> getOffers() {
        return offers.listOwn(currentUser.caller());
    }

    public List<Site> getSites() {
        return sites.own(currentUser.caller());
    }

    public void edit(long id) {
        FacesMessages.attempt("offer", () -> {
            Offer offer = offers.getOwn(currentUser.caller(), id);
            editing = offer.getId();
            input = OfferInput.of(offer);
            times = WeeklyTimeRows.of(offer.getTimes());
        });
    }

    public void save() {
        input.setTimes(new ArrayList<>(times.toWeeklyTimes()));
        FacesMessages.attempt("offer", () -> {
            if (editing == null) {
                offers.create(currentUser.caller(), input);
                FacesMessages.info("offer.added", input.getTitleDe());
            } else {
                offers.update(currentUser.caller(), editing, input);
                FacesMessages.info("offer.saved", input.getTitleDe());
            }
            reset();
        });
    }

    public void delete(long id) {
        FacesMessages.attempt("offer", () -> {
            Offer offer = offers.getOwn(currentUser.caller(), id);
            offers.delete(currentUser.caller(), id);
            FacesMessages.info("offer.deleted", offer.title(Locale.GERMAN));
            if (Long.valueOf(id).equals(editing)) {
                reset();
            }
        });
    }

    public void cancelEdit() {
        reset();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, RequestLocale.get());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public OfferInput getInput() {
        return input;
    }

    public WeeklyTimeRows getTimes() {
        return times;
    }

    /** Today, as the earliest sensible cancellation date. */
    public LocalDate getToday() {
        return offers.today();
    }
}
