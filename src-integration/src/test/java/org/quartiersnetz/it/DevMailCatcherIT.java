package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * The development mail catcher: in the H2 pass it runs (as with `./mvnw -Prun`), keeps a mail sent
 * to its SMTP port and shows it, with its links, on /dev/mails.xhtml, and the sign-in page points
 * to the demo accounts listed there; on PostgreSQL (production) it refuses to start and the page
 * does not exist.
 */
class DevMailCatcherIT extends BlackBoxTest {

    private static final int CATCHER_PORT = Integer.getInteger("qn.it.catcher.port", 13026);

    @Test
    void aPersonTryingItOutReadsTheMailsOnAPage() throws Exception {
        if (TestDatabase.isPostgresql()) {
            assertEquals(
                    404, new Browser(url(""), "de").fetch("/dev/mails.xhtml").statusCode());
            assertNull(new Browser(url(""), "de").open("/login.xhtml").getElementById("demo-hint"));
            return;
        }
        String subject = "تأكيد البريد " + UUID.randomUUID();
        String link = url("/account/confirm.xhtml?token=abc&lang=ar");
        send("neu@example.org", subject, "مرحبًا،\n\n" + link + "\n\nQuartiersnetz <script>alert(1)</script>");

        Browser browser = new Browser(url(""), "ar");
        Document list = browser.open("/dev/mails.xhtml");
        assertEquals(200, browser.lastResponse().statusCode());
        Element entry = list.select("#mails a").stream()
                .filter(a -> a.text().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "not listed: " + list.select("#mails").text()));
        Document mail = browser.open(entry.attr("href"));
        assertTrue(mail.selectFirst("#mail pre").text().contains("مرحبًا"));
        assertTrue(mail.selectFirst("#mail pre").text().contains("<script>"), "shown as text");
        assertTrue(mail.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")), "never run");
        assertEquals(link, mail.selectFirst("#mail .qn-links a").attr("href"));
    }

    @Test
    void theSignInPagePointsToTheDemoAccounts() throws IOException {
        if (TestDatabase.isPostgresql()) {
            return;
        }
        Browser browser = new Browser(url(""), "de");
        Element hint = browser.open("/login.xhtml").getElementById("demo-hint");
        assertNotNull(hint, "demo data is on in the suite");
        Document page = browser.open(hint.selectFirst("a").attr("href"));
        assertTrue(page.select("#demo-accounts td").eachText().contains(CARITAS_COORDINATOR));
        assertTrue(page.text().contains(DEMO_PASSWORD));
    }

    private static void send(String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(CATCHER_PORT));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@quartiersnetz.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
