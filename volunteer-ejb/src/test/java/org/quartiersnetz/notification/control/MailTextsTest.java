package org.quartiersnetz.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static final String LINK = "http://127.0.0.1:8080/account/confirm.xhtml?token=abc_-123";

    @Test
    void germanByDefaultAndForLanguagesWithoutTexts() {
        for (String language : new String[] {"de", null, "tr", "xx"}) {
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
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertEquals(keys("de").stringPropertyNames(), keys("en").stringPropertyNames());
    }

    private static Properties keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTexts.class.getResourceAsStream("/i18n/MailTexts_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
