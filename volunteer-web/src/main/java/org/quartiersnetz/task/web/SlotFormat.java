package org.quartiersnetz.task.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.quartiersnetz.common.web.LanguageCatalog;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.WeeklyTime;

/** Times and languages of tasks as pages show them, in the view's language. */
@Named
@ApplicationScoped
public class SlotFormat {

    @jakarta.inject.Inject
    LanguageCatalog languages;

    public String slot(Instant start, Instant end) {
        return SlotTimes.format(start, end, locale().getLanguage());
    }

    /** "Mittwoch 09:00–12:00, Freitag 15:00–17:00". */
    public String schedule(Collection<WeeklyTime> times) {
        return times.stream().map(t -> t.getDay().getDisplayName(java.time.format.TextStyle.FULL, locale()) + " "
                + t.getStart() + "–" + t.getEnd()).collect(Collectors.joining(", "));
    }

    public String languages(Collection<String> codes) {
        return codes.stream().map(languages::label).collect(Collectors.joining(", "));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
