package org.quartiersnetz.offer.web;

import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.common.view.RequestLocale;
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

    /** One weekly time as the form edits it; a row without a day is left out. */
    public static class TimeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day;
        private LocalTime start;
        private LocalTime end;

        TimeRow(DayOfWeek day, LocalTime start, LocalTime end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    private Long editing;
    private OfferInput input;
    private List<TimeRow> times;

    public StaffOffersBacking() {
        reset();
    }

    private void reset() {
        editing = null;
        input = new OfferInput();
        times = new ArrayList<>(List.of(new TimeRow(null, null, null)));
    }

    public List<Offer> getOffers() {
        return offers.listOwn(currentUser.caller());
    }

    public List<Site> getSites() {
        return sites.own(currentUser.caller());
    }

    public void edit(long id) {
        try {
            Offer offer = offers.getOwn(currentUser.caller(), id);
            editing = offer.getId();
            input = OfferInput.of(offer);
            times = new ArrayList<>(offer.getTimes().stream()
                    .map(t -> new TimeRow(t.getDay(), t.getStart(), t.getEnd()))
                    .toList());
        } catch (BusinessException e) {
            FacesMessages.error(e, "offer");
        }
    }

    public void addTime() {
        times.add(new TimeRow(null, null, null));
    }

    public void removeTime(TimeRow row) {
        times.remove(row);
    }

    public void save() {
        input.setTimes(new ArrayList<>(times.stream()
                .filter(row -> row.day != null)
                .map(row -> new WeeklyTime(row.day, row.start, row.end))
                .toList()));
        try {
            if (editing == null) {
                offers.create(currentUser.caller(), input);
                FacesMessages.info("offer.added", input.getTitleDe());
            } else {
                offers.update(currentUser.caller(), editing, input);
                FacesMessages.info("offer.saved", input.getTitleDe());
            }
            reset();
        } catch (BusinessException e) {
            FacesMessages.error(e, "offer");
        } catch (EJBException e) {
            FacesMessages.errorOrRethrow(e, "offer");
        }
    }

    public void delete(long id) {
        try {
            Offer offer = offers.getOwn(currentUser.caller(), id);
            offers.delete(currentUser.caller(), id);
            FacesMessages.info("offer.deleted", offer.getTitleDe());
            if (Long.valueOf(id).equals(editing)) {
                reset();
            }
        } catch (BusinessException e) {
            FacesMessages.error(e, "offer");
        }
    }

    public void cancelEdit() {
        reset();
    }

    public List<SelectItem> getDayOptions() {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new SelectItem(d, d.getDisplayName(TextStyle.FULL, RequestLocale.get())))
                .toList();
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

    public List<TimeRow> getTimes() {
        return times;
    }

    /** Today, as the earliest sensible cancellation date. */
    public LocalDate getToday() {
        return offers.today();
    }
}
