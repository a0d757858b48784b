package org.quartiersnetz.imports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The spreadsheet to fill in, in German or English: the header and one example row, as CSV or XLSX. */
public final class ImportTemplate {

    private static final List<String> GERMAN_EXAMPLE = List.of(
            "Ayşe",
            "Yılmaz",
            "ayse.yilmaz@example.org",
            "0214 123456",
            "tr, de",
            "51373",
            "child-protection",
            "14.03.2025",
            "Caritas Leverkusen");
    private static final List<String> ENGLISH_EXAMPLE = List.of(
            "Ayşe",
            "Yılmaz",
            "ayse.yilmaz@example.org",
            "+49 214 123456",
            "tr, de",
            "51373",
            "child-protection",
            "2025-03-14",
            "Caritas Leverkusen");

    private ImportTemplate() {}

    /** German Excel opens a CSV with ';' and a byte-order mark as columns in UTF-8; English Excel expects ','. */
    public static byte[] csv(String language) {
        String delimiter = "en".equals(language) ? "," : ";";
        String text = "\uFEFF" + String.join(delimiter, headers(language)) + "\r\n"
                + String.join(
                        delimiter,
                        example(language).stream().map(ImportTemplate::quoted).toList()) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("en".equals(language) ? "Volunteers" : "Ehrenamtliche");
            write(sheet.createRow(0), headers(language));
            write(sheet.createRow(1), example(language));
            for (int c = 0; c < ImportColumn.values().length; c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(String language) {
        return Stream.of(ImportColumn.values()).map(c -> c.header(language)).toList();
    }

    private static List<String> example(String language) {
        return "en".equals(language) ? ENGLISH_EXAMPLE : GERMAN_EXAMPLE;
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains(";") ? "\"" + value + "\"" : value;
    }
}
