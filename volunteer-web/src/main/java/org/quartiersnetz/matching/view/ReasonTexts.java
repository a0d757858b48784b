package org.quartiersnetz.matching.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.Texts;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.training.boundary.CourseService;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * What the matching says, as people read it: "spricht Türkisch wie die Familie", "frei Di 14–18 Uhr",
 * "wartet seit 9 Wochen auf einen ersten Einsatz", "Führungszeugnis nicht eingesehen" (bundle keys
 * {@code reason.CODE}). Course titles are looked up once per request.
 */
@Named
@RequestScoped
public class ReasonTexts {

    @Inject
    CourseService courses;

    private final Map<String, String> courseTitles = new HashMap<>();
    private final Map<Said, String> texts = new HashMap<>();

    /** The reason in the request's language. */
    public String text(Reason reason) {
        return text(RequestLocale.get(), reason);
    }

    public List<String> texts(List<Reason> reasons) {
        Locale locale = RequestLocale.get();
        return reasons.stream().map(r -> text(locale, r)).toList();
    }

    public String text(Locale locale, Reason reason) {
        // a batch of thousands of proposals says the same few things again and again
        return texts.computeIfAbsent(new Said(locale, reason), said -> formatted(locale, reason));
    }

    /** One reason in one language, as the key of the texts already made in this request. */
    private record Said(Locale locale, Reason reason) {}

    private String formatted(Locale locale, Reason reason) {
        try {
            return format(locale, reason);
        } catch (RuntimeException malformed) {
            // a reason stored by an older release with other arguments: its kind is still worth showing
            return Texts.get(locale, "reason." + reason.code().name()).replaceAll("\\{[^}]*}", "…");
        }
    }

    private String format(Locale locale, Reason reason) {
        List<String> a = reason.args();
        Object[] args = switch (reason.code()) {
            case SPEAKS_FAMILY_LANGUAGE, SPEAKS_LANGUAGE, LANGUAGE_BASIC -> new Object[] {language(a.get(0), locale)};
            case NO_FAMILY_LANGUAGE ->
                new Object[] {
                    Arrays.stream(a.get(0).split(","))
                            .map(code -> language(code, locale))
                            .collect(Collectors.joining(", "))
                };
            case FREE_AT -> {
                TimeBand band = TimeBand.valueOf(a.get(1));
                yield new Object[] {
                    day(a.get(0), locale), band.start().getHour(), band.end().getHour()
                };
            }
            case NOT_FREE_AT, TIME_TAKEN -> new Object[] {day(a.get(0), locale), a.get(1), a.get(2)};
            case HAS_SKILL, LACKS_SKILL -> new Object[] {Texts.label(locale, Skill.valueOf(a.get(0)))};
            case NOT_ACTIVE -> new Object[] {Texts.label(locale, VolunteerStatus.valueOf(a.get(0)))};
            case COURSE_MISSING, COURSE_ENROLLED -> new Object[] {course(a.get(0), locale)};
            case DECLARATION_MISSING -> new Object[] {Texts.label(locale, DeclarationKind.valueOf(a.get(0)))};
            case NOT_AVAILABLE_FROM, NOT_AVAILABLE_UNTIL ->
                new Object[] {
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .format(LocalDate.parse(a.get(0)))
                };
            case WAITING_FOR_FIRST_TASK, OPEN_PROPOSALS, TOO_MANY_PROPOSALS, TOO_YOUNG ->
                new Object[] {Integer.parseInt(a.get(0))};
            default -> a.toArray();
        };
        return Texts.get(locale, "reason." + reason.code().name(), args);
    }

    private static String language(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    private static String day(String day, Locale locale) {
        return DayOfWeek.valueOf(day).getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }

    private String course(String code, Locale locale) {
        return courseTitles.computeIfAbsent(
                code + "/" + locale.getLanguage(),
                key -> courses.findCourse(code).map(c -> c.title(locale)).orElse(code));
    }
}
