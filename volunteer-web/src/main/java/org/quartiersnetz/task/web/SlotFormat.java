package org.quartiersnetz.task.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.common.web.LanguageCatalog;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.TaskChange;

/** Times, dates, languages and history entries of tasks as pages show them, in the view's language. */
@Named
@ApplicationScoped
public class SlotFormat {

    @Inject
    LanguageCatalog languages;

    public String slot(Instant start, Instant end) {
        return SlotTimes.format(start, end, locale().getLanguage());
    }

    /** A day and time, e.g. "Dienstag, 8. Dezember 2026, 15:00". */
    public String moment(Instant at) {
        return at == null ? "" : SlotTimes.moment(at, locale().getLanguage());
    }

    /** "Mittwoch 09:00–12:00, Freitag 15:00–17:00". */
    public String schedule(Collection<WeeklyTime> times) {
        return times.stream()
                .map(t -> t.getDay().getDisplayName(TextStyle.FULL, locale()) + " "
                        + Languages.range(
                                locale().getLanguage(),
                                t.getStart().toString(),
                                t.getEnd().toString()))
                .collect(Collectors.joining(", "));
    }

    /** The network's zone, for turning stored instants into local dates and times on pages. */
    public ZoneId getZone() {
        return ClockProducer.NETWORK_ZONE;
    }

    /** A date as people read it, e.g. "02.12.2026" or "Dec 2, 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** A history entry in words: the changed fields by their labels, or the step "Entwurf → offen". */
    public String change(TaskChange change) {
        return switch (change.getKind()) {
            case CREATED -> "";
            case STATUS ->
                Arrays.stream(change.getFields().split(">"))
                        .map(s -> FacesMessages.text("TaskStatus." + s))
                        .collect(Collectors.joining(" → "));
            case EDITED ->
                Arrays.stream(change.getFields().split(","))
                        .map(f -> FacesMessages.text(FIELD_LABELS.getOrDefault(f, f)))
                        .collect(Collectors.joining(", "));
        };
    }

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("type", "board.type"), Map.entry("titleDe", "texts.titleDe"),
            Map.entry("titleEn", "texts.titleEn"), Map.entry("descriptionDe", "texts.descriptionDe"),
            Map.entry("descriptionEn", "texts.descriptionEn"), Map.entry("siteId", "board.place"),
            Map.entry("atFamilyHome", "board.atFamilyHome"), Map.entry("familyId", "task.family"),
            Map.entry("schedule", "weeklyTimes.legend"), Map.entry("startsOn", "board.from"),
            Map.entry("durationMonths", "task.durationMonths"), Map.entry("hoursPerWeek", "board.hours"),
            Map.entry("languages", "board.languages"), Map.entry("skills", "volunteers.skill"),
            Map.entry("volunteersNeeded", "task.volunteersNeeded"), Map.entry("staffNote", "task.staffNote"));

    public String languages(Collection<String> codes) {
        return codes.stream().map(languages::label).collect(Collectors.joining(", "));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
