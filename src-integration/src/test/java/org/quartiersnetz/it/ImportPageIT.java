package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.ImportFiles;
import org.quartiersnetz.it.support.MailServer;

/**
 * The import page in a real browser: a coordinator uploads a spreadsheet, reads the dry run, imports;
 * the invited volunteer accepts on the welcome page. Both pages pass axe; the network coordinator
 * gets 404 for the import page.
 */
class ImportPageIT extends BlackBoxTest {

    @Test
    void aCoordinatorChecksAndImportsAFileAndTheInvitedVolunteerAcceptsOnTheWelcomePage() throws Exception {
        String family = "Seite" + unique();
        String invited = ImportIT.email(family, 1);
        Path file = Files.createTempFile("ehrenamtliche", ".csv");
        Files.write(
                file,
                ImportFiles.csv(List.of(
                        ImportFiles.HEADER,
                        List.of("Dana", family, invited, "0214 555111", "Arabisch, Deutsch", "51373", "", "", ""),
                        List.of("Emil", family, "keine-adresse", "", "de", "", "", "", ""))));
        try (Chromium desk = new Chromium(1280, 900, "de")) {
            WebDriver driver = desk.driver();
            signInInBrowser(driver, CARITAS_COORDINATOR);
            driver.get(url("/staff/import.xhtml"));
            assertEquals("", desk.seriousViolations(), "axe on the import page");
            driver.findElement(By.id("upload:file")).sendKeys(file.toString());
            driver.findElement(By.id("upload:dryRun")).click();
            Chromium.waitForText(driver, "result:counts", "Neu: 1, aktualisiert: 0, abgelehnt: 1");
            assertTrue(driver.findElement(By.id("result:rows")).getText().contains("„E-Mail“ ist ungültig"));
            assertEquals("", desk.seriousViolations(), "axe on the dry run");
            assertEquals(0, MailServer.count(invited, "Willkommen"));
            driver.findElement(By.id("result:import")).click();
            // while the page is replaced, Chrome may report a node of the old document: ask again
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Importiert: 1 neu"));
        }
        String link = MailServer.awaitLink(invited, 1, ImportIT.WELCOME_PAGE);
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(link);
            phone.assertPageOk("welcome");
            Chromium.click(driver, By.cssSelector("#welcome\\:consent .ui-chkbox-box"));
            driver.findElement(By.id("welcome:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("welcome:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(WebDriverException.class)
                    .until(ExpectedConditions.urlContains("/login.xhtml"));
            assertTrue(driver.getPageSource().contains("Willkommen! Ihre Adresse ist bestätigt"));
        }
        me(invited, PASSWORD).then().statusCode(200);
        Browser network = signedIn(NETWORK);
        network.open("/staff/import.xhtml");
        assertEquals(404, network.lastResponse().statusCode());
    }
}
