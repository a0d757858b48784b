package org.quartiersnetz.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.Languages;

class MailTextsTest {

    private static final String LINK = "http://127.0.0.1:8080/account/confirm.xhtml?token=abc_-123";

    @Test
    void germanByDefaultAndForLanguagesWithoutTexts() {
        for (String language : new String[] {"de", null, "fr", "xx"}) {
            MailTexts.Content mail = MailTexts.render(language, "mail.confirmation", LINK, 48L);
            assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse", mail.subject(), language);
            assertTrue(mail.body().contains("\n" + LINK + "\n"), "the link stands on a line of its own");
            assertTrue(mail.body().contains("Der Link gilt 48 Stunden."), mail.body());
            assertTrue(mail.body().endsWith("Antworten erreichen niemanden."), "with the signature");
        }
    }

    @Test
    void englishForThoseWhoPreferIt() {
        MailTexts.Content mail = MailTexts.render("en", "mail.passwordReset", LINK, 60L);
        assertEquals("New password for the Quartiersnetz", mail.subject());
        assertTrue(mail.body().contains("The link is valid for 60 minutes and works once."), mail.body());
        assertTrue(mail.body().contains("Kind regards"));
    }

    @Test
    void oneUnitIsSingular() {
        assertTrue(MailTexts.render("de", "mail.passwordReset", LINK, 1L).body().contains("gilt eine Minute"));
        assertTrue(MailTexts.render("en", "mail.confirmation", LINK, 1L).body().contains("valid for one hour."));
    }

    @Test
    void everyLanguageHasEveryMail() throws IOException {
        for (String language : Languages.all()) {
            assertEquals(keys("de").stringPropertyNames(), keys(language).stringPropertyNames(), language);
        }
    }

    @Test
    void translationsKeepThePlaceholders() throws IOException {
        for (String language : Languages.all()) {
            Properties texts = keys(language);
            for (String key : texts.stringPropertyNames()) {
                assertEquals(
                        placeholders(keys("de").getProperty(key)),
                        placeholders(texts.getProperty(key)),
                        language + " " + key);
                for (String template : new String[] {"mail.confirmation", "mail.passwordReset"}) {
                    assertTrue(
                            MailTexts.render(language, template, LINK, 2L)
                                    .body()
                                    .contains(LINK),
                            language);
                }
            }
        }
    }

    @Test
    void arabicForThoseWhoPreferIt() {
        MailTexts.Content mail = MailTexts.render("ar", "mail.confirmation", LINK, 48L);
        assertTrue(
                mail.subject()
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                mail.subject());
        assertTrue(mail.body().contains("\n" + LINK + "\n"), "the link stands on a line of its own");
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTexts.class.getResourceAsStream("/i18n/MailTexts_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
