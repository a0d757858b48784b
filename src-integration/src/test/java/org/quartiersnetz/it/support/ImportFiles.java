package org.quartiersnetz.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Spreadsheets for the import tests: CSV as German Excel writes it, and a minimal XLSX written by
 * hand (the suite has no spreadsheet library), where a cell starting with "=" becomes a formula cell.
 */
public final class ImportFiles {

    public static final List<String> HEADER = List.of(
            "Vorname", "Nachname", "E-Mail", "Telefon", "Sprachen", "PLZ", "Kurse", "Nachweis vom", "Ausgestellt von");

    private ImportFiles() {}

    /** Rows separated by ';', cells quoted where they hold a ';' or a quote. */
    public static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(";", row.stream().map(ImportFiles::quoted).toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<List<String>> rows) {
        return xlsx(sheet(rows));
    }

    private static byte[] xlsx(String sheetXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A small XLSX whose sheet entry inflates to {@code inflatedBytes}: the rows and, in an XML comment,
     * random letters of low entropy (mostly 'a', now and then 'b'), so that it packs about tenfold: a
     * file of a few MB, below the upload limit and the zip-bomb ratio, whose sheet is yet larger than
     * the reader takes.
     */
    public static byte[] xlsxInflatingTo(List<List<String>> rows, int inflatedBytes) {
        String sheet = sheet(rows);
        int close = sheet.lastIndexOf("</worksheet>");
        StringBuilder padded = new StringBuilder(inflatedBytes + sheet.length());
        padded.append(sheet, 0, close).append("<!--");
        Random random = new Random(42);
        while (padded.length() < inflatedBytes) {
            padded.append(random.nextInt(12) == 0 ? 'b' : 'a');
        }
        padded.append("-->").append(sheet.substring(close));
        return xlsx(padded.toString());
    }

    private static String sheet(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                String value = row.get(c);
                if (value.startsWith("=")) {
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\"><f>")
                            .append(escaped(value.substring(1)))
                            .append("</f></c>");
                } else {
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"inlineStr\"><is><t>")
                            .append(escaped(value))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String quoted(String cell) {
        return cell.contains(";") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
