package org.quartiersnetz.task.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.common.web.LanguageCatalog;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.TaskChange;

/** Times, dates, languages and history entries of tasks as pages show them, in the view's language. */
@Named
@ApplicationScoped
public class SlotFormat {

    @jakarta.inject.Inject
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
                .map(t -> t.getDay().getDisplayName(java.time.format.TextStyle.FULL, locale()) + " " + t.getStart()
                        + "–" + t.getEnd())
                .collect(Collectors.joining(", "));
    }

    /** The network's zone, for turning stored instants into local dates and times on pages. */
    public java.time.ZoneId getZone() {
        return org.quartiersnetz.common.control.ClockProducer.NETWORK_ZONE;
    }

    /** A date as people read it, e.g. "02.12.2026" or "Dec 2, 2026". */
    public String date(java.time.LocalDate date) {
        return date == null
                ? ""
                : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** A history entry in words: the changed fields by their labels, or the step "Entwurf → offen". */
    public String change(TaskChange change) {
        return switch (change.getKind()) {
            case CREATED -> "";
            case STATUS ->
                java.util.Arrays.stream(change.getFields().split(">"))
                        .map(s -> FacesMessages.text("TaskStatus." + s))
                        .collect(Collectors.joining(" → "));
            case EDITED ->
                java.util.Arrays.stream(change.getFields().split(","))
                        .map(f -> FacesMessages.text(FIELD_LABELS.getOrDefault(f, f)))
                        .collect(Collectors.joining(", "));
        };
    }

    private static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("type", "board.type"), java.util.Map.entry("titleDe", "task.titleDe"),
            java.util.Map.entry("titleEn", "task.titleEn"), java.util.Map.entry("descriptionDe", "task.descriptionDe"),
            java.util.Map.entry("descriptionEn", "task.descriptionEn"), java.util.Map.entry("siteId", "board.place"),
            java.util.Map.entry("atFamilyHome", "board.atFamilyHome"), java.util.Map.entry("familyId", "task.family"),
            java.util.Map.entry("schedule", "task.schedule"), java.util.Map.entry("startsOn", "board.from"),
            java.util.Map.entry("durationMonths", "task.durationMonths"),
                    java.util.Map.entry("hoursPerWeek", "board.hours"),
            java.util.Map.entry("languages", "board.languages"), java.util.Map.entry("skills", "volunteers.skill"),
            java.util.Map.entry("volunteersNeeded", "task.volunteersNeeded"),
                    java.util.Map.entry("staffNote", "task.staffNote"));

    public String languages(Collection<String> codes) {
        return codes.stream().map(languages::label).collect(Collectors.joining(", "));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
