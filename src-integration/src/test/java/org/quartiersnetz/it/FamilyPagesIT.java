package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Families;

/** The staff page of families: add, open (audited once) and change; other carriers find nothing. */
class FamilyPagesIT extends BlackBoxTest {

    private static final Pattern CODE = Pattern.compile("F-[0-9]{4}-[0-9]{3,5}");

    @Test
    void caritasStaffAddOpenAndChangeAFamily() throws IOException {
        Browser staff = signedIn(CARITAS_STAFF);
        Document page = staff.open("/staff/families.xhtml");
        assertEquals(200, staff.lastResponse().statusCode());
        assertNotNull(page.selectFirst("#list\\:table"), "the table renders");
        assertTrue(page.text().contains("Keine Namen, keine Adressen"), "the needs field warns");

        Document added = staff.form(page, "family")
                .check("languages", "tr")
                .check("languages", "de")
                .check("ageBands", "UNDER_1")
                .check("ageBands", "AGE_3_5")
                .set("needs", "Begleitung zu Kinderarzt-Terminen")
                .submit("submit");
        String message = added.select("#messages").text();
        Matcher code = CODE.matcher(message);
        assertTrue(message.contains("ist angelegt") && code.find(), message);
        String familyCode = code.group();
        String href =
                added.select("#list\\:table a:containsOwn(" + familyCode + ")").attr("href");
        assertTrue(
                href.contains("id="),
                "the list links the new family: " + added.select("#list").html());
        long id = Long.parseLong(href.replaceAll(".*id=([0-9]+).*", "$1"));

        Document opened = staff.open("/staff/families.xhtml?id=" + id);
        assertEquals(familyCode, opened.getElementById("family:code").val());
        assertTrue(opened.select("#family\\:ageBands input[value=AGE_3_5]").hasAttr("checked"));
        as(CARITAS_COORDINATOR)
                .get("/api/v1/families/" + id + "/reads")
                .then()
                .statusCode(200)
                .body("total", Matchers.equalTo(1));

        Document invalid = staff.form(opened, "family").set("code", "F-26-1").submit("submit");
        assertEquals(200, staff.lastResponse().statusCode());
        assertTrue(
                invalid.select("main").text().contains("F-Jahr-Nummer"),
                invalid.select("main").text());
        Document changed = staff.form(invalid, "family")
                .set("code", "")
                .set("needs", "Deutsch im Alltag")
                .submit("submit");
        assertTrue(
                changed.select("#messages").text().contains("ist geändert"),
                changed.select("#messages").text());
        as(CARITAS_STAFF)
                .get("/api/v1/families/" + id)
                .then()
                .body("needs", Matchers.equalTo("Deutsch im Alltag"))
                .body("code", Matchers.equalTo(familyCode));

        Browser other = signedIn(JUGENDWERKE_STAFF);
        other.open("/staff/families.xhtml?id=" + id);
        assertEquals(404, other.lastResponse().statusCode());
        Browser network = signedIn(NETWORK);
        network.open("/staff/families.xhtml");
        assertEquals(404, network.lastResponse().statusCode());
    }

    @Test
    void theFamiliesPageIsAccessibleOnAPhone() throws IOException {
        long id = ((Number) as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Families.familyBody())
                        .post("/api/v1/families")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            signInInBrowser(driver, CARITAS_STAFF);
            driver.get(url("/staff/families.xhtml"));
            phone.assertPageOk("families");
            driver.findElement(By.id("family:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
            phone.assertPageOk("families after a failed submit");
            driver.get(url("/staff/families.xhtml?id=" + id));
            phone.assertPageOk("one family");
        }
    }
}
