package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * Every public and volunteer page in every language on a phone: the page speaks the language (and
 * Arabic right to left), axe finds no serious or critical violation, nothing scrolls sideways. The
 * counts of all violations by impact are written to target/journeys/axe-pages.txt. Pages look the
 * same on either database, so this runs in the H2 pass only.
 */
class LanguagePagesIT extends BlackBoxTest {

    private static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "ru");

    @Test
    void everyVolunteerPageInEveryLanguage() throws IOException {
        assumeFalse(TestDatabase.isPostgresql(), "the pages are the same on PostgreSQL");
        long cafe = api().get("/api/v1/board?type=parents-cafe")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        long godparent = api().get("/api/v1/board?type=godparent")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        List<String> publicPages = List.of(
                "/index.xhtml",
                "/board.xhtml",
                "/offers.xhtml",
                "/opportunity.xhtml?id=" + cafe,
                "/opportunity.xhtml?id=" + godparent,
                "/volunteer/signup.xhtml",
                "/login.xhtml",
                "/account/forgot-password.xhtml",
                "/account/resend-confirmation.xhtml",
                "/account/confirm.xhtml?token=made-up",
                "/account/reset-password.xhtml?token=made-up",
                "/account/welcome.xhtml?token=made-up",
                "/gibt-es-nicht.xhtml");
        List<String> volunteerPages = List.of(
                "/volunteer/profile.xhtml",
                "/volunteer/edit-profile.xhtml",
                "/volunteer/interest.xhtml?task=" + godparent,
                "/volunteer/bookings.xhtml?task=" + cafe,
                "/volunteer/courses.xhtml",
                "/volunteer/declarations.xhtml",
                "/volunteer/clearance.xhtml",
                "/volunteer/placements.xhtml",
                "/volunteer/supervision.xhtml",
                "/volunteer/reminders.xhtml",
                "/volunteer/calendar.xhtml");
        String volunteer = signedUpVolunteer();
        Map<String, Map<String, Integer>> totals = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            try (Chromium phone = new Chromium(Chromium.PHONE_WIDTH, 812, language)) {
                WebDriver driver = phone.driver();
                for (String page : publicPages) {
                    check(phone, page, language, totals, problems);
                }
                signInInBrowser(driver, volunteer, PASSWORD, "/volunteer/profile");
                for (String page : volunteerPages) {
                    check(phone, page, language, totals, problems);
                }
            }
        }
        LANGUAGES.forEach(language -> totals.putIfAbsent(language, Map.of()));
        write(totals);
        assertEquals(List.of(), problems);
    }

    private void check(
            Chromium phone,
            String page,
            String language,
            Map<String, Map<String, Integer>> totals,
            List<String> problems) {
        WebDriver driver = phone.driver();
        driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
        String where = language + " " + page;
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        String dir = driver.findElement(By.tagName("html")).getAttribute("dir");
        if (!language.equals(lang) || !("ar".equals(language) ? "rtl" : "ltr").equals(dir)) {
            problems.add(where + ": lang=" + lang + " dir=" + dir);
        }
        String serious = phone.seriousViolations();
        if (!serious.isEmpty()) {
            problems.add(where + ": " + serious);
        }
        if (phone.contentWidth() > Chromium.PHONE_WIDTH) {
            problems.add(where + ": scrolls sideways, " + phone.contentWidth() + " px");
        }
        phone.violationsByImpact()
                .forEach((impact, count) ->
                        totals.computeIfAbsent(language, l -> new TreeMap<>()).merge(impact, count, Integer::sum));
    }

    private static void write(Map<String, Map<String, Integer>> totals) throws IOException {
        StringBuilder report =
                new StringBuilder("language  critical  serious  moderate  minor (elements, all pages)\n");
        totals.forEach((language, counts) -> report.append(String.format(
                "%-9s %8d %8d %9d %6d%n",
                language,
                counts.getOrDefault("critical", 0),
                counts.getOrDefault("serious", 0),
                counts.getOrDefault("moderate", 0),
                counts.getOrDefault("minor", 0))));
        Path file = Path.of("target/journeys/axe-pages.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
