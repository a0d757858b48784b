package org.quartiersnetz.it;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.ImportFiles;
import org.quartiersnetz.it.support.MailServer;

/**
 * The import of volunteers from a carrier's spreadsheet, over the API: the dry run names every bad
 * row with its reasons and stores nothing; the import creates the others in one go, each invited by
 * mail and seen by the importing carrier alone until they accept the invitation. Every test also
 * asks a role that must be refused.
 */
class ImportIT extends BlackBoxTest {

    static final String IMPORTS = "/api/v1/volunteer-imports";
    static final String WELCOME_PAGE = "/account/welcome.xhtml?token=";
    static final String OCTET = "application/octet-stream";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void fiveHundredRowsWithTwelveBadOnesCreate488WhomOnlyTheImportingCarrierSeesUntilTheyAccept() {
        String existing = signedUpVolunteer();
        String family = "Import" + unique();
        Map<Integer, String> bad = new TreeMap<>();
        List<List<String>> rows = fiveHundredRows(family, existing, bad);
        byte[] file = ImportFiles.csv(rows);

        as(NETWORK)
                .contentType(OCTET)
                .body(file)
                .post(IMPORTS + "?dryRun=true")
                .then()
                .statusCode(403);
        JsonPath dry = upload(CARITAS_STAFF, file, true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(500, dry.getInt("rows"));
        assertEquals(488, dry.getInt("created"));
        assertEquals(12, dry.getInt("refused"));
        assertEquals(bad, refusedRows(dry), "the refused rows and the first reason of each");
        assertTrue(dry.getString("outcomes.find { it.row == " + firstRow(bad, "import.row.unknownLanguage")
                        + " }.reasons[0].text")
                .contains("Klingonisch"));
        assertEquals(0, total(CARITAS_STAFF, family), "a dry run stores nothing");
        assertEquals(0, MailServer.count(email(family, 0), "Willkommen"));

        Response imported = upload(CARITAS_STAFF, file, false);
        imported.then().statusCode(201).header("Location", startsWith(url(IMPORTS + "/")));
        JsonPath done = imported.jsonPath();
        assertEquals(488, done.getInt("created"));
        assertEquals(12, done.getInt("refused"));
        assertEquals(bad, refusedRows(done));
        long importId = done.getLong("id");

        assertEquals(488, total(CARITAS_STAFF, family));
        assertEquals(488, total(CARITAS_COORDINATOR, family));
        assertEquals(0, total(JUGENDWERKE_STAFF, family));
        assertEquals(0, total(NETWORK, family));
        long first = done.getLong("outcomes.find { it.row == 2 }.volunteerId");
        as(CARITAS_STAFF).get("/api/v1/volunteers/" + first).then().statusCode(200);
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + first).then().statusCode(404);
        as(NETWORK).get("/api/v1/volunteers/" + first).then().statusCode(404);
        as(ADMIN).get("/api/v1/volunteers/" + first).then().statusCode(403);

        for (String address : done.getList("outcomes.findAll { it.outcome == 'CREATED' }.email", String.class)) {
            MailServer.awaitLink(address, 1, WELCOME_PAGE);
        }
        as(CARITAS_STAFF)
                .get(IMPORTS + "/" + importId)
                .then()
                .statusCode(200)
                .body("importedBy", org.hamcrest.Matchers.equalTo(CARITAS_STAFF))
                .body("rows", org.hamcrest.Matchers.equalTo(500))
                .body("created", org.hamcrest.Matchers.equalTo(488))
                .body("refused", org.hamcrest.Matchers.equalTo(12));
        as(JUGENDWERKE_STAFF).get(IMPORTS + "/" + importId).then().statusCode(404);

        // the first one accepts the invitation: from then on the normal rules apply
        String token = MailServer.tokenOf(MailServer.awaitLink(email(family, 0), 1, WELCOME_PAGE));
        accept(token, 0).then().statusCode(400);
        accept(token, currentNotice()).then().statusCode(204);
        accept(token, currentNotice()).then().statusCode(410);
        me(email(family, 0), PASSWORD).then().statusCode(200);
        as(NETWORK).get("/api/v1/volunteers/" + first).then().statusCode(200);
        as(CARITAS_STAFF).get("/api/v1/volunteers/" + first).then().statusCode(200);
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + first).then().statusCode(404);
        assertEquals(1, total(NETWORK, family));
    }

    @Test
    void reimportingUpdatesTheCarriersOwnPendingVolunteersAndRefusesOthersImports() {
        String family = "Wieder" + unique();
        List<List<String>> rows = List.of(ImportFiles.HEADER, row("Ada", family, email(family, 1), "de"));
        upload(CARITAS_STAFF, ImportFiles.csv(rows), false).then().statusCode(201);

        List<List<String>> again = List.of(ImportFiles.HEADER, row("Adele", family, email(family, 1), "de, tr"));
        JsonPath updated = upload(CARITAS_STAFF, ImportFiles.csv(again), false)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals("UPDATED", updated.getString("outcomes[0].outcome"));
        JsonPath other = upload(JUGENDWERKE_STAFF, ImportFiles.csv(again), true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("import.row.emailTaken", other.getString("outcomes[0].reasons[0].code"));
        long id = updated.getLong("outcomes[0].volunteerId");
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200)
                .body("firstName", org.hamcrest.Matchers.equalTo("Adele"));
        as(ADMIN)
                .contentType(OCTET)
                .body(ImportFiles.csv(again))
                .post(IMPORTS)
                .then()
                .statusCode(403);
    }

    @Test
    void anXlsxFileIsReadLikeCsvAndAFormulaIsRefusedNeverRun() {
        String family = "Tabelle" + unique();
        List<List<String>> rows = List.of(
                ImportFiles.HEADER,
                row("Berta", family, email(family, 1), "Türkisch, Deutsch"),
                row("=HYPERLINK(\"http://example.org\",\"x\")", family, email(family, 2), "de"),
                row("Cem", family, email(family, 3), "=1+1"));
        JsonPath dry = upload(CARITAS_STAFF, ImportFiles.xlsx(rows), true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CREATED", dry.getString("outcomes[0].outcome"));
        assertEquals(2, dry.getInt("outcomes[0].row"));
        assertEquals("import.row.formula", dry.getString("outcomes[1].reasons[0].code"));
        assertEquals("import.row.formula", dry.getString("outcomes[2].reasons[0].code"));
        assertEquals("REFUSED", dry.getString("outcomes[2].outcome"));
        JsonPath done = upload(CARITAS_STAFF, ImportFiles.xlsx(rows), false)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + done.getLong("outcomes[0].volunteerId"))
                .then()
                .statusCode(200)
                .body("languageLevels.keySet()", org.hamcrest.Matchers.containsInAnyOrder("de", "tr"));
        assertEquals(1, total(CARITAS_STAFF, family), "formulas are neither run nor stored");
        asVolunteer(signedUpVolunteer())
                .contentType(OCTET)
                .body(ImportFiles.xlsx(rows))
                .post(IMPORTS + "?dryRun=true")
                .then()
                .statusCode(403);
    }

    @Test
    void aFileTooLargeOfAnotherTypeOrWithoutTheColumnsIsRefusedWholeAndNothingIsSaved() {
        int before = as(CARITAS_STAFF)
                .get(IMPORTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        problem(upload(CARITAS_STAFF, tooLarge, false), "5 MB");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        problem(upload(CARITAS_STAFF, png, false), "weder");
        problem(
                upload(CARITAS_STAFF, "Name;Telefon\r\nAda;0214\r\n".getBytes(StandardCharsets.UTF_8), false),
                "Vorname");
        assertEquals(
                400,
                upload(CARITAS_STAFF, "PK\u0003\u0004kaputt".getBytes(StandardCharsets.ISO_8859_1), false)
                        .statusCode());
        assertEquals(
                before,
                as(CARITAS_STAFF)
                        .get(IMPORTS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size());
        as(NETWORK).contentType(OCTET).body(png).post(IMPORTS).then().statusCode(403);
        api().contentType(OCTET).body(png).post(IMPORTS).then().statusCode(401);
    }

    @Test
    void theTemplateComesInGermanAndEnglishAsCsvAndXlsxAndImportsAsItIs() {
        byte[] csv = as(CARITAS_STAFF)
                .accept("text/csv")
                .get(IMPORTS + "/template?format=csv&language=de")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFFVorname;Nachname;E-Mail"));
        byte[] xlsx = as(CARITAS_COORDINATOR)
                .accept(XLSX)
                .get(IMPORTS + "/template?format=xlsx&language=en")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        for (byte[] template : List.of(csv, xlsx)) {
            JsonPath dry = upload(CARITAS_STAFF, template, true)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, dry.getInt("rows"));
            assertEquals("[]", dry.getString("outcomes[0].reasons"), dry.prettify());
        }
        as(NETWORK).accept("text/csv").get(IMPORTS + "/template").then().statusCode(403);
        as(ADMIN).accept("text/csv").get(IMPORTS + "/template").then().statusCode(403);
    }

    @Test
    void aControlCharacterInACellRefusesItsRowAndIsStrippedFromTheFileName() {
        String family = "Steuer" + unique();
        List<List<String>> csvRows = List.of(
                ImportFiles.HEADER,
                row("Ada", family, email(family, 1), "de"),
                row("Be\u007Frta", family, email(family, 2), "de"));
        JsonPath dry = upload(CARITAS_STAFF, ImportFiles.csv(csvRows), true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CREATED", dry.getString("outcomes[0].outcome"));
        assertEquals("REFUSED", dry.getString("outcomes[1].outcome"));
        assertTrue(reasonCodes(dry, 1).contains("import.row.controlCharacter"), dry.prettify());

        // Excel writes a control character as _x0000_, which POI reads back as NUL
        List<List<String>> xlsxRows = List.of(
                ImportFiles.HEADER,
                row("Cem", family, email(family, 3), "de"),
                row("Do_x0000_ra", family, email(family, 4), "de"),
                row("Emil", family + "_x001B_", email(family, 5), "de"));
        byte[] xlsx = ImportFiles.xlsx(xlsxRows);
        JsonPath xlsxDry = upload(CARITAS_STAFF, xlsx, true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CREATED", xlsxDry.getString("outcomes[0].outcome"));
        assertEquals("REFUSED", xlsxDry.getString("outcomes[1].outcome"));
        assertTrue(reasonCodes(xlsxDry, 1).contains("import.row.controlCharacter"), xlsxDry.prettify());
        assertEquals("REFUSED", xlsxDry.getString("outcomes[2].outcome"));

        JsonPath done = as(CARITAS_STAFF)
                .header("Accept-Language", "en")
                .contentType(OCTET)
                .body(xlsx)
                .queryParam("fileName", "liste\u0000\u001F.xlsx")
                .post(IMPORTS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(1, done.getInt("created"));
        assertEquals(2, done.getInt("refused"));
        assertTrue(
                done.getString("outcomes[1].reasons[0].text").startsWith("Control character"),
                done.getString("outcomes[1].reasons[0].text"));
        as(CARITAS_STAFF)
                .get(IMPORTS + "/" + done.getLong("id"))
                .then()
                .statusCode(200)
                .body("fileName", org.hamcrest.Matchers.equalTo("liste.xlsx"));
        assertEquals(1, total(CARITAS_STAFF, family));
    }

    @Test
    void freeTextStartingWithAFormulaCharacterIsRefusedAPhoneWithPlusIsNot() {
        String family = "Formel" + unique();
        List<String> atName = row("@SUM(1+9)", family, email(family, 1), "de");
        List<String> minusIssuer = row("Ada", family, email(family, 2), "de");
        minusIssuer.set(6, "child-protection");
        minusIssuer.set(7, "14.03.2025");
        minusIssuer.set(8, "-2+3");
        List<String> plusLastName = row("Berta", "+" + family, email(family, 3), "de");
        List<String> plusPhone = row("Cem", family, email(family, 4), "de");
        plusPhone.set(3, "+49 214 123456");
        byte[] file = ImportFiles.csv(List.of(ImportFiles.HEADER, atName, minusIssuer, plusLastName, plusPhone));
        JsonPath dry = upload(CARITAS_STAFF, file, true)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (int i = 0; i < 3; i++) {
            assertEquals("REFUSED", dry.getString("outcomes[" + i + "].outcome"), dry.prettify());
            assertEquals(List.of("import.row.formula"), reasonCodes(dry, i), dry.prettify());
        }
        assertEquals("CREATED", dry.getString("outcomes[3].outcome"), dry.prettify());
        JsonPath done = upload(CARITAS_STAFF, file, false)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(1, done.getInt("created"));
        assertEquals(3, done.getInt("refused"));
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + done.getLong("outcomes[3].volunteerId"))
                .then()
                .statusCode(200)
                .body("phone", org.hamcrest.Matchers.equalTo("+49 214 123456"));
    }

    @Test
    void twoImportsOfTheSameFileAtOnceCreateEachVolunteerOnceAndNeverAnswer500() throws Exception {
        String family = "Zugleich" + unique();
        List<List<String>> rows = new ArrayList<>();
        rows.add(ImportFiles.HEADER);
        for (int i = 0; i < 5; i++) {
            rows.add(row("Vorname" + i, family, email(family, i), "de"));
        }
        byte[] file = ImportFiles.csv(rows);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return upload(CARITAS_STAFF, file, false);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            List<Integer> statuses = new ArrayList<>(
                    responses.stream().map(Response::statusCode).sorted().toList());
            assertTrue(statuses.equals(List.of(201, 201)) || statuses.equals(List.of(201, 409)), statuses.toString());
            int created = 0;
            for (Response response : responses) {
                if (response.statusCode() == 409) {
                    assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
                    continue;
                }
                JsonPath report = response.jsonPath();
                created += report.getInt("created");
                assertTrue(
                        report.getInt("created") == 5 || report.getInt("created") == 0,
                        "all rows new, or all updated or refused: " + report.prettify());
            }
            assertEquals(5, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, total(CARITAS_STAFF, family));
    }

    @Test
    void reimportReplacesTheLanguagesAndDoesNotRecordTheSameCertificateAgain() {
        String family = "Nochmal" + unique();
        List<String> first = row("Ada", family, email(family, 1), "tr, de");
        first.set(6, "child-protection");
        first.set(7, "14.03.2025");
        List<String> second = new ArrayList<>(first);
        second.set(4, "ar");
        upload(CARITAS_STAFF, ImportFiles.csv(List.of(ImportFiles.HEADER, first)), false)
                .then()
                .statusCode(201);
        JsonPath again = upload(CARITAS_STAFF, ImportFiles.csv(List.of(ImportFiles.HEADER, second)), false)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals("UPDATED", again.getString("outcomes[0].outcome"));
        long id = again.getLong("outcomes[0].volunteerId");
        Map<String, Object> languages = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("languageLevels");
        assertEquals(List.of("ar"), List.copyOf(languages.keySet()));
        List<String> courses = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id + "/qualifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("courseCode", String.class);
        assertEquals(List.of("child-protection"), courses);
    }

    @Test
    void anXlsxWhoseSheetInflatesBeyond20MbIsRefusedWholeAndNothingIsSaved() {
        String family = "Bombe" + unique();
        byte[] file = ImportFiles.xlsxInflatingTo(
                List.of(ImportFiles.HEADER, row("Ada", family, email(family, 1), "de")), 21 * 1024 * 1024);
        assertTrue(file.length < 5 * 1024 * 1024, "below the upload limit: " + file.length);
        assertTrue(file.length > 21 * 1024 * 1024 / 100, "below the zip-bomb ratio: " + file.length);
        int before = as(CARITAS_STAFF)
                .get(IMPORTS)
                .then()
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        problem(upload(CARITAS_STAFF, file, true), "");
        problem(upload(CARITAS_STAFF, file, false), "");
        assertEquals(
                before,
                as(CARITAS_STAFF)
                        .get(IMPORTS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size());
        assertEquals(0, total(CARITAS_STAFF, family));
    }

    private static List<String> reasonCodes(JsonPath report, int outcome) {
        return report.getList("outcomes[" + outcome + "].reasons.code", String.class);
    }

    /** 500 rows below the header; twelve of them bad in different ways, noted with their first reason. */
    private static List<List<String>> fiveHundredRows(String family, String existing, Map<Integer, String> bad) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ImportFiles.HEADER);
        for (int i = 0; i < 500; i++) {
            List<String> row =
                    new ArrayList<>(row("Vorname" + i, family, email(family, i), i % 3 == 0 ? "tr, de" : "de"));
            if (i % 50 == 7) {
                row.set(6, "child-protection");
                row.set(7, "14.03.2025");
            }
            rows.add(row);
        }
        spoil(rows, bad, 10, 2, "keine-adresse", "import.row.invalid");
        spoil(rows, bad, 40, 2, existing, "import.row.emailTaken");
        spoil(rows, bad, 80, 2, email(family, 79), "import.row.duplicateInFile");
        spoil(rows, bad, 120, 4, "Klingonisch", "import.row.unknownLanguage");
        spoil(rows, bad, 160, 6, "kein-solcher-kurs", "import.row.unknownCourse");
        spoil(rows, bad, 200, 0, "", "import.row.missing");
        spoil(rows, bad, 240, 1, "", "import.row.missing");
        spoil(rows, bad, 280, 4, "", "import.row.missing");
        spoil(rows, bad, 320, 3, "keine Nummer", "import.row.invalid");
        spoil(rows, bad, 360, 0, "=HYPERLINK(\"http://example.org\")", "import.row.formula");
        spoil(rows, bad, 400, 5, "1234", "import.row.invalid");
        rows.get(441).set(6, "child-protection");
        spoil(rows, bad, 440, 7, "gestern", "import.row.certificateDateInvalid");
        return rows;
    }

    /** Sets one cell of the i-th data row (spreadsheet row i + 2) and notes the reason it must give. */
    private static void spoil(
            List<List<String>> rows, Map<Integer, String> bad, int i, int column, String value, String reason) {
        rows.get(i + 1).set(column, value);
        bad.put(i + 2, reason);
    }

    private static List<String> row(String firstName, String lastName, String email, String languages) {
        return new ArrayList<>(List.of(
                firstName,
                lastName,
                email,
                "0214 " + (100000 + Math.abs(email.hashCode() % 800000)),
                languages,
                "51373",
                "",
                "",
                ""));
    }

    static String email(String family, int i) {
        return family.toLowerCase(Locale.ROOT) + "." + i + "@example.org";
    }

    private static int firstRow(Map<Integer, String> bad, String reason) {
        return bad.entrySet().stream()
                .filter(e -> e.getValue().equals(reason))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private static Map<Integer, String> refusedRows(JsonPath report) {
        Map<Integer, String> refused = new TreeMap<>();
        List<Map<String, Object>> outcomes = report.getList("outcomes.findAll { it.outcome == 'REFUSED' }");
        for (Map<String, Object> outcome : outcomes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) outcome.get("reasons");
            refused.put((Integer) outcome.get("row"), (String) reasons.get(0).get("code"));
        }
        return refused;
    }

    private Response upload(String staff, byte[] file, boolean dryRun) {
        return as(staff)
                .header("Accept-Language", "de")
                .contentType(OCTET)
                .body(file)
                .post(IMPORTS + "?fileName=ehrenamtliche.csv" + (dryRun ? "&dryRun=true" : ""));
    }

    private static void problem(Response response, String detailPart) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"))
                .body("detail", org.hamcrest.Matchers.containsString(detailPart));
    }

    private int total(String staff, String family) {
        return as(staff)
                .get("/api/v1/volunteers?name=" + family + "&size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    private int currentNotice() {
        return api().get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("version");
    }

    private Response accept(String token, int notice) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("token", token, "password", PASSWORD, "privacyNoticeVersion", notice))
                .post("/api/v1/invitation-acceptances");
    }
}
