package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.PageAudit;
import org.quartiersnetz.it.support.Tasks;

/**
 * The two journeys of the multilingual platform in real browsers, once in German and once in Arabic
 * (the browsers' language: Accept-Language). A new volunteer on a 375 px phone signs up, confirms the
 * real mail (in their language), signs in, completes the profile choosing Caritas, says they are
 * interested in a long-term task found on the board, books a date of the demo parents' café and
 * accepts the proposal a coordinator made. The Caritas coordinator at a desk creates and publishes
 * that task (accompaniment: no §72a inspection, no course; the Arabic run gives it an Arabic title
 * too), proposes the volunteer from the candidates page, plans a supervision session and, once it has
 * begun (the test clock moved past it), records the volunteer present. Staff's first talk and
 * activation and the volunteer's confidentiality declaration, which the journeys do not show, are
 * prepared through the API. Every page is checked by {@link PageAudit}: axe-core without serious or
 * critical violations, no sideways scrolling on the phone, screenshots of the main pages, and in the
 * Arabic run right to left with no German interface text. Elements are found by id, value or the
 * bundle texts of the page's language, never by German labels.
 */
class JourneyIT extends BlackBoxTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The demo data's slot-based task of Caritas (DemoTasks), booked by the volunteers. */
    private static final String DEMO_CAFE = "Helfer*in im Elterncafé, mittwochs 9–12 Uhr";

    @Test
    void aVolunteerAndACoordinatorInGerman() {
        journey("de");
    }

    @Test
    void aVolunteerAndACoordinatorInArabic() {
        journey("ar");
    }

    /** What one run knows of its volunteer and its task. */
    private record Run(
            String language,
            PageAudit audit,
            String firstName,
            String lastName,
            String email,
            String taskTitle,
            String localTitle) {

        boolean arabic() {
            return language.equals("ar");
        }

        String name() {
            return firstName + " " + lastName;
        }

        String text(String key) {
            return PageAudit.fixedPart(audit.text(key));
        }
    }

    private void journey(String language) {
        Instant started = Instant.now();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        boolean arabic = language.equals("ar");
        String germanTitle = "Begleitung zu Terminen, freitags " + suffix;
        Run run = new Run(
                language,
                new PageAudit(language),
                arabic ? "Layla" : "Jana",
                (arabic ? "Haddad" : "Becker") + suffix,
                uniqueEmail(),
                germanTitle,
                arabic ? "مرافقة إلى المواعيد أيام الجمعة " + suffix : germanTitle);
        run.audit().staffWrote(staffWritten(run));
        String outcome = "failed";
        try (Chromium phone = new Chromium(Chromium.PHONE_WIDTH, 740, language);
                Chromium desk = new Chromium(1280, 900, language)) {
            try {
                signUpAndCompleteTheProfile(phone, run);
                Volunteer volunteer = firstTalkAndDeclaration(run);
                signInAtTheDesk(desk, run);
                long task = createAndPublishTask(desk, run);
                showInterest(phone, run, task);
                bookTheCafe(phone, run);
                propose(desk, run, task);
                acceptTheProposal(phone, run);
                recordSupervision(desk, run, volunteer);
                outcome = "passed";
            } catch (RuntimeException | AssertionError e) {
                run.audit().keepFailure(phone, "phone");
                run.audit().keepFailure(desk, "desk");
                throw e;
            }
        } finally {
            run.audit()
                    .write("Journeys in " + language + " (" + outcome + " in "
                            + Duration.between(started, Instant.now()).toSeconds() + " s)");
        }
    }

    /**
     * The names of the carriers and their sites, the texts of the tasks on the board (some only in
     * German) and this run's task's German title: staff wrote them.
     */
    private List<String> staffWritten(Run run) {
        List<String> texts = new ArrayList<>(List.of(run.taskTitle()));
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = api().queryParam("page", page)
                    .queryParam("size", 100)
                    .get("/api/v1/board")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> {
                texts.add((String) item.get("title"));
                texts.add((String) item.get("description"));
            });
        }
        for (Map<String, Object> carrier : api().get("/api/v1/carriers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("")) {
            texts.add((String) carrier.get("name"));
            texts.add((String) carrier.get("shortName"));
            texts.addAll(api().get("/api/v1/carriers/" + carrier.get("code") + "/sites")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("name", String.class));
        }
        return texts;
    }

    private void signUpAndCompleteTheProfile(Chromium phone, Run run) {
        WebDriver driver = phone.driver();
        PageAudit audit = run.audit();
        driver.get(url("/volunteer/signup.xhtml"));
        audit.checkAndShoot(phone, "sign-up");
        type(driver, "signup:firstName", run.firstName());
        type(driver, "signup:lastName", run.lastName());
        type(driver, "signup:email", run.email());
        type(driver, "signup:password", PASSWORD);
        tickInMenu(driver, "signup:languages", run.arabic() ? List.of("ar", "de") : List.of("de", "tr"));
        tick(driver, By.cssSelector("#signup\\:consent .ui-chkbox-box"), By.id("signup:consent_input"));
        Chromium.click(driver, By.id("signup:submit"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login.xhtml"));
        waitForText(driver, "messages", run.text("signup.success"));
        audit.check(phone, "login after sign-up");

        String link = MailServer.awaitLink(run.email(), 1, CONFIRM_PAGE);
        MimeMessage mail = MailServer.mailsTo(run.email()).stream()
                .filter(m -> MailServer.text(m).contains(CONFIRM_PAGE))
                .findFirst()
                .orElseThrow();
        if (run.arabic()) {
            assertTrue(isArabic(MailServer.subject(mail)), "subject in Arabic: " + MailServer.subject(mail));
            assertTrue(isArabic(MailServer.text(mail)), "text in Arabic: " + MailServer.text(mail));
        } else {
            assertFalse(isArabic(MailServer.text(mail)), MailServer.text(mail));
        }
        driver.get(link);
        waitForText(driver, "messages", run.text("account.confirm.success"));
        audit.check(phone, "confirmation");

        Chromium.click(driver, By.id("login"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login.xhtml"));
        audit.check(phone, "login");
        type(driver, "login:email", run.email());
        type(driver, "login:password", PASSWORD);
        Chromium.click(driver, By.id("login:submit"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/profile.xhtml"));
        audit.checkAndShoot(phone, "profile");

        Chromium.click(driver, By.id("edit"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/edit-profile.xhtml"));
        audit.checkAndShoot(phone, "profile-editor");
        // Friday evening: the task the coordinator creates meets then
        tickBox(driver, "(//fieldset[contains(@class,'qn-day')])[5]//input[@value='EVENING']");
        tickBox(driver, "//input[@value='accompaniment']");
        tickBox(driver, "//input[@value='parents-cafe']");
        tickBox(driver, "//input[@value='caritas']");
        typeDate(driver, "profile:birthDate", "12.04.1990");
        Chromium.click(driver, By.id("profile:save"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/profile.xhtml"));
        waitForText(driver, "messages", run.text("profile.saved"));
        audit.check(phone, "profile after saving");
        asVolunteer(run.email())
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .body("birthDate", equalTo("1990-04-12"))
                .body("carriers", equalTo(List.of("caritas")));
    }

    /** Caritas's first talk and activation, and the confidentiality declaration accompaniment asks for. */
    private Volunteer firstTalkAndDeclaration(Run run) {
        long id = as(CARITAS_COORDINATOR)
                .queryParam("name", run.lastName())
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        Volunteer volunteer = new Volunteer(run.email(), id);
        activate(CARITAS_COORDINATOR, volunteer);
        signDeclarations(run.email());
        return volunteer;
    }

    private void signInAtTheDesk(Chromium desk, Run run) {
        WebDriver driver = desk.driver();
        driver.get(url("/login.xhtml"));
        run.audit().check(desk, "login (coordinator)");
        type(driver, "login:email", CARITAS_COORDINATOR);
        type(driver, "login:password", DEMO_PASSWORD);
        Chromium.click(driver, By.id("login:submit"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/staff/"));
        run.audit().check(desk, "coordinator's start page");
    }

    private long createAndPublishTask(Chromium desk, Run run) {
        WebDriver driver = desk.driver();
        PageAudit audit = run.audit();
        driver.get(url("/staff/task.xhtml"));
        audit.check(desk, "new task");
        choose(driver, "task:type", "accompaniment");
        type(driver, "task:titleDe", run.taskTitle());
        type(
                driver,
                "task:descriptionDe",
                "Eltern zu Terminen bei Ämtern und Ärzten begleiten und beim Verstehen helfen.");
        if (run.arabic()) {
            type(driver, "task:title_ar", run.localTitle());
            type(driver, "task:description_ar", "مرافقة الأهالي إلى المواعيد في الدوائر الرسمية وعند الأطباء.");
        }
        tick(driver, By.cssSelector("#task\\:atFamilyHome .ui-chkbox-box"), By.id("task:atFamilyHome_input"));
        choose(driver, "task:schedule:0:day", "FRIDAY");
        typeTime(driver, "task:schedule:0:start", "18:00");
        typeTime(driver, "task:schedule:0:end", "20:00");
        typeDate(driver, "task:startsOn", Tasks.today().plusDays(7).format(DATE));
        typeNumber(driver, "task:durationMonths_input", "3");
        typeNumber(driver, "task:hoursPerWeek_input", "2");
        typeNumber(driver, "task:volunteersNeeded_input", "1");
        tickInMenu(driver, "task:languages", List.of(run.language()));
        Chromium.click(driver, By.id("task:save"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("id="));
        long task = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        audit.check(desk, "task, saved");
        WebElement publish = driver.findElement(By.id("steps:next:0:step"));
        Chromium.click(driver, By.id("steps:next:0:step"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(publish));
        as(CARITAS_COORDINATOR)
                .get("/api/v1/tasks/" + task)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("type", equalTo("accompaniment"))
                .body("schedule[0].day", equalTo("FRIDAY"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("candidates")));
        audit.checkAndShoot(desk, "task");
        return task;
    }

    private void showInterest(Chromium phone, Run run, long task) {
        WebDriver driver = phone.driver();
        PageAudit audit = run.audit();
        driver.get(url("/board.xhtml"));
        audit.checkAndShoot(phone, "board");
        filterBoard(driver, "accompaniment", "FRIDAY");
        audit.check(phone, "board, filtered");
        openFromBoard(driver, task);
        assertEquals(
                run.localTitle(), driver.findElement(By.tagName("h1")).getText(), "the title in the page's language");
        audit.checkAndShoot(phone, "opportunity");
        Chromium.click(driver, By.id("interest"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/interest.xhtml"));
        audit.check(phone, "interest");
        Chromium.click(driver, By.id("interest:confirm"));
        waitForText(driver, "outcome", run.text("interest.recorded"));
        audit.check(phone, "interest, recorded");
    }

    private void bookTheCafe(Chromium phone, Run run) {
        WebDriver driver = phone.driver();
        PageAudit audit = run.audit();
        Map<String, Object> cafeItem = api().queryParam("type", "parents-cafe")
                .queryParam("size", 100)
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items.find { it.title == '" + DEMO_CAFE + "' }");
        long cafe = ((Number) cafeItem.get("id")).longValue();
        // the demo café has only German texts: staff wrote them
        audit.staffWrote(List.of(DEMO_CAFE, (String) cafeItem.get("description")));
        driver.get(url("/board.xhtml"));
        filterBoard(driver, "parents-cafe", "WEDNESDAY");
        openFromBoard(driver, cafe);
        audit.check(phone, "opportunity (café)");
        Chromium.click(driver, By.id("book"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/bookings.xhtml?task="));
        audit.checkAndShoot(phone, "bookings");
        String book = run.text("bookings.book");
        WebElement free = driver.findElements(By.cssSelector("#offered button[id$=':book']")).stream()
                .filter(button -> button.getText().strip().equals(book))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no date of the café with a free place: "
                        + driver.findElement(By.id("offered")).getText()));
        String id = free.getDomAttribute("id");
        Chromium.click(driver, By.id(id));
        waitForText(driver, "messages", run.text("bookings.booked"));
        new WebDriverWait(driver, WAIT)
                .until(d -> d.findElements(By.cssSelector("#own li")).size() == 1);
        audit.check(phone, "bookings, booked");
        asVolunteer(run.email())
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("CONFIRMED")));
    }

    private void propose(Chromium desk, Run run, long task) {
        WebDriver driver = desk.driver();
        PageAudit audit = run.audit();
        Chromium.click(driver, By.id("candidates"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/staff/candidates.xhtml?task=" + task));
        By card = By.xpath("//ol[@id='suggestions']/li[.//a[normalize-space(.)='" + run.name() + "']]");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(card));
        audit.checkAndShoot(desk, "candidates");
        String propose = driver.findElement(card)
                .findElement(By.cssSelector("button[id$=':propose']"))
                .getDomAttribute("id");
        Chromium.click(driver, By.id(propose));
        waitForText(driver, "placements", run.name());
        audit.check(desk, "candidates, proposed");
    }

    private void acceptTheProposal(Chromium phone, Run run) {
        WebDriver driver = phone.driver();
        PageAudit audit = run.audit();
        String link = MailServer.awaitLink(run.email(), 1, "/volunteer/placements.xhtml?id=");
        if (run.arabic()) {
            MimeMessage mail = MailServer.mailsTo(run.email()).stream()
                    .filter(m -> MailServer.text(m).contains("/volunteer/placements.xhtml?id="))
                    .findFirst()
                    .orElseThrow();
            assertTrue(isArabic(MailServer.subject(mail)), "the proposal in Arabic: " + MailServer.subject(mail));
        }
        long placement = Long.parseLong(link.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        driver.get(link);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/volunteer/placements.xhtml"));
        waitForText(driver, "list", run.localTitle());
        audit.checkAndShoot(phone, "placements");
        Chromium.click(driver, By.cssSelector("#list button[id$=':accept']"));
        waitForText(driver, "messages", run.text("own_placements.ACCEPTED"));
        audit.check(phone, "placements, accepted");
        asVolunteer(run.email())
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    private void recordSupervision(Chromium desk, Run run, Volunteer volunteer) {
        WebDriver driver = desk.driver();
        PageAudit audit = run.audit();
        driver.get(url("/staff/supervision.xhtml"));
        audit.check(desk, "supervision");
        LocalDate tomorrow = Tasks.today().plusDays(1);
        String place = "Nachbarschaftstreff Derrsiedlung, Raum " + run.lastName();
        choose(driver, "plan:kind", "GROUP");
        typeDate(driver, "plan:startsAt", tomorrow.format(DATE) + " 17:00");
        type(driver, "plan:place", place);
        type(driver, "plan:topics", "Erste Begleitungen: Erfahrungen austauschen");
        Chromium.click(driver, By.id("plan:save"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("id="));
        long session = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        waitForText(driver, "shown", "17:00");
        audit.check(desk, "supervision session, planned");

        try (MovedClock afterTheSession = clockAt(tomorrow.plusDays(1))) {
            driver.get(url("/staff/supervision.xhtml?id=" + session));
            // the error page may speak the browser's language, though staff pages do not
            List<String> failed = List.of(audit.staffText("error.500.title"), audit.text("error.500.title"));
            new WebDriverWait(driver, WAIT)
                    .until(d -> !d.findElements(By.id("attendance:added")).isEmpty()
                            || failed.contains(d.findElement(By.tagName("h1")).getText()));
            assertEquals(
                    List.of(),
                    driver.findElements(By.tagName("h1")).stream()
                            .map(WebElement::getText)
                            .filter(failed::contains)
                            .toList(),
                    "the coordinator's page of the session, once it has begun (the server's log has the cause)");
            choose(driver, "attendance:added", String.valueOf(volunteer.id()));
            Chromium.click(driver, By.id("attendance:save"));
            new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.xpath("//form[@id='attendance']//legend[contains(., '" + run.name() + "')]")));
            audit.checkAndShoot(desk, "supervision");
        }
        as(CARITAS_COORDINATOR)
                .get("/api/v1/supervision-sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("find { it.volunteerId == " + volunteer.id() + " }.status", equalTo("PRESENT"));
    }

    /** Chooses on the board's plain filter form and sends it. */
    private static void filterBoard(WebDriver driver, String type, String day) {
        new Select(driver.findElement(By.id("type"))).selectByValue(type);
        new Select(driver.findElement(By.id("day"))).selectByValue(day);
        WebElement count = driver.findElement(By.id("count"));
        Chromium.click(driver, By.cssSelector("#filter button[type=submit]"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(count));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("type=" + type));
    }

    /** Follows the board's link to the task, turning its pages until it shows. */
    private static void openFromBoard(WebDriver driver, long task) {
        By link = By.xpath("//article//a[contains(concat(@href, '&'), 'opportunity.xhtml?id=" + task + "&')]");
        for (int page = 0; driver.findElements(link).isEmpty(); page++) {
            List<WebElement> next = driver.findElements(By.cssSelector("a[rel=next]"));
            assertFalse(next.isEmpty() || page > 20, "task " + task + " is not on the board");
            WebElement count = driver.findElement(By.id("count"));
            next.get(0).click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(count));
        }
        Chromium.click(driver, link);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("opportunity.xhtml?id=" + task));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types into a PrimeFaces date picker and closes the calendar it opened (on a phone a modal one
     * over the page) with Escape, as a person who typed the date does.
     */
    private static void typeDate(WebDriver driver, String id, String date) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        input.sendKeys(date);
        By panel = By.id(id + "_panel");
        try {
            // the calendar opens as the field takes the focus; Escape is only heard once it is open
            new WebDriverWait(driver, Duration.ofSeconds(2))
                    .until(d -> d.findElement(panel).isDisplayed()
                            && d.findElement(panel).getDomAttribute("class").contains("enter-done"));
        } catch (TimeoutException noCalendar) {
            if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                return;
            }
        }
        for (int attempt = 1; attempt <= 4; attempt++) {
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
                assertEquals(date, driver.findElement(By.id(id + "_input")).getDomProperty("value"), id);
                return;
            } catch (TimeoutException stillOpen) {
                // Escape came while the calendar was still opening
            }
        }
        throw new AssertionError("the calendar of " + id + " does not close");
    }

    /** A PrimeFaces number field: its formatting script keeps what is there unless all of it is replaced. */
    private static void typeNumber(WebDriver driver, String id, String number) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), number);
        field.sendKeys(Keys.TAB);
    }

    /**
     * A native time field. Chromium's segmented field does not always take typed digits (in these
     * runs the second field of a row stayed empty, in German as in Arabic, where entry also follows
     * the browser's locale): where the digits did not make the time, it is set the way the browser's
     * own time picker sets it, and the test says so on its output.
     */
    private static void typeTime(WebDriver driver, String id, String time) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(time.replace(":", ""));
        if (!time.equals(field.getDomProperty("value"))) {
            System.out.println(id + ": typing " + time + " gave \"" + field.getDomProperty("value")
                    + "\" in this browser's locale; set as its time picker does");
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].value = arguments[1];"
                                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                            field,
                            time);
        }
        assertEquals(time, field.getDomProperty("value"), id);
    }

    /** Ticks the visible box of a PrimeFaces checkbox and checks that its input took it. */
    private static void tick(WebDriver driver, By box, By input) {
        Chromium.click(driver, box);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(input).isSelected());
    }

    /** Ticks the box of a checkbox group's input (an XPath to the input, found by its value). */
    private static void tickBox(WebDriver driver, String input) {
        tick(
                driver,
                By.xpath(input
                        + "/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"),
                By.xpath(input));
    }

    /**
     * Ticks items of a PrimeFaces checkbox menu by their values, as a person does: open, narrow the
     * list with its filter (by the item's label) where it has one, tick, close. The page must not
     * scroll while the panel is open (the panel then moves under the pointer): the menu is brought to
     * the middle of the window first, and an item only within the panel's list.
     */
    private static void tickInMenu(WebDriver driver, String menuId, List<String> values) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id(menuId)));
        Chromium.click(driver, By.id(menuId));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        List<WebElement> filter = driver.findElements(By.id(menuId + "_filter"));
        for (String value : values) {
            WebElement input = driver.findElement(
                    By.xpath("//*[@id='" + menuId + "']//input[@type='checkbox' and @value='" + value + "']"));
            String item = "//*[@id='" + menuId + "_panel']//li[@data-item-value='" + value + "']";
            if (!filter.isEmpty()) {
                String label = driver.findElement(By.xpath("//label[@for='" + input.getDomAttribute("id") + "']"))
                        .getDomProperty("textContent");
                filter.get(0).clear();
                filter.get(0).sendKeys(label);
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(d -> d.findElements(By.cssSelector("[id='" + menuId + "_panel'] li")).stream()
                                        .filter(WebElement::isDisplayed)
                                        .count()
                                == 1);
            }
            js.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", driver.findElement(By.xpath(item)));
            Chromium.click(driver, By.xpath(item + "//div[contains(@class,'ui-chkbox-box')]"));
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> input.isSelected());
        }
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        assertEquals(
                new TreeSet<>(values),
                driver.findElements(By.cssSelector("[id='" + menuId + "'] input[type=checkbox]")).stream()
                        .filter(WebElement::isSelected)
                        .map(box -> box.getDomAttribute("value"))
                        .collect(Collectors.toCollection(TreeSet::new)),
                "ticked in " + menuId);
    }

    /**
     * Picks the item of a PrimeFaces select menu whose option has this value, the way a person does
     * (open, click the item); the panel may still be sliding open at the first click.
     */
    private static void choose(WebDriver driver, String menuId, String value) {
        List<WebElement> options = driver.findElement(By.id(menuId + "_input")).findElements(By.tagName("option"));
        int index = 0;
        while (index < options.size() && !value.equals(options.get(index).getDomAttribute("value"))) {
            index++;
        }
        assertTrue(index < options.size(), "no option " + value + " in " + menuId);
        By item = By.xpath("(//div[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectonemenu-item')])["
                + (index + 1) + "]");
        for (int attempt = 1; attempt <= 3; attempt++) {
            Chromium.click(driver, By.id(menuId));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(item));
                Chromium.click(driver, item);
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(d -> value.equals(
                                d.findElement(By.id(menuId + "_input")).getDomProperty("value")));
                return;
            } catch (TimeoutException notYet) {
                new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            }
        }
        throw new AssertionError(value + " could not be chosen in " + menuId);
    }

    private static boolean isArabic(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
