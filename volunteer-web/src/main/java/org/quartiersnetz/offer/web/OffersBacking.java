package org.quartiersnetz.offer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.quartiersnetz.offer.boundary.OfferService;
import org.quartiersnetz.offer.control.OfferWeek;
import org.quartiersnetz.offer.entity.Occurrence;

/** What is on this week in the neighbourhood (offers.xhtml): public, one week at a time by ?date=. */
@Named
@RequestScoped
public class OffersBacking {

    /** One day of the week and its occurrences, in order (a class: EL 5 does not read record components). */
    public static final class Day {
        private final LocalDate date;
        private final String heading;
        private final List<Occurrence> occurrences;

        Day(LocalDate date, String heading, List<Occurrence> occurrences) {
            this.date = date;
            this.heading = heading;
            this.occurrences = occurrences;
        }

        public LocalDate getDate() {
            return date;
        }

        public String getHeading() {
            return heading;
        }

        public List<Occurrence> getOccurrences() {
            return occurrences;
        }
    }

    @Inject
    OfferService offers;

    private LocalDate monday;
    private List<Day> days;

    LocalDate monday() {
        if (monday == null) {
            monday = OfferWeek.mondayOf(requestedDate());
        }
        return monday;
    }

    /** A wrong or missing ?date= shows this week: a public page does not answer with an error for it. */
    private LocalDate requestedDate() {
        String date = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("date");
        if (date != null) {
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                // fall through to this week
            }
        }
        return offers.today();
    }

    public List<Day> getDays() {
        if (days == null) {
            Locale locale = locale();
            List<Occurrence> week = offers.week(monday(), locale);
            DateTimeFormatter heading =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
            days = Stream.iterate(monday(), d -> d.plusDays(1))
                    .limit(7)
                    .map(d -> new Day(
                            d,
                            heading.format(d),
                            week.stream().filter(o -> o.date().equals(d)).toList()))
                    .toList();
        }
        return days;
    }

    public boolean isNothingOn() {
        return getDays().stream().allMatch(d -> d.getOccurrences().isEmpty());
    }

    /** "9. März 2026 – 15. März 2026" */
    public String getRange() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
        return format.format(monday()) + " – " + format.format(monday().plusDays(6));
    }

    public String getPrevious() {
        return monday().minusWeeks(1).toString();
    }

    public String getNext() {
        return monday().plusWeeks(1).toString();
    }

    public boolean isThisWeek() {
        return monday().equals(OfferWeek.mondayOf(offers.today()));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
