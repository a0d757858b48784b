package org.quartiersnetz.imports.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quartiersnetz.common.control.InvalidInputException;

/**
 * Reads a carrier's spreadsheet: XLSX (known by its content, a zip archive) or CSV (UTF-8, or
 * Windows-1252 as older German Excel saves it; ';' or ',' between cells). Cells are read as the
 * text they show; a formula is kept as its text and never evaluated. Files larger than
 * {@link #MAX_BYTES}, with more than {@link #MAX_ROWS} rows, or of another type are refused whole.
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 50;
    static final String TOO_LARGE = "import.file.tooLarge";
    static final String TOO_MANY_ROWS = "import.file.tooManyRows";
    static final String WRONG_TYPE = "import.file.wrongType";
    static final String OLD_EXCEL = "import.file.oldExcel";
    static final String EMPTY = "import.file.empty";
    static final String UNREADABLE = "import.file.unreadable";
    public static final String FIELD = "file";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The largest a zip entry of an XLSX may inflate to; a 5 MB sheet's XML stays well below it. */
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** An XLSX has a dozen entries or so; more are no spreadsheet a carrier exported. */
    static final long MAX_ENTRIES = 100;

    static {
        limitZip();
    }

    private SpreadsheetReader() {}

    /** Reads at most {@link #MAX_BYTES} bytes of the stream; more are refused before they are read. */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        return content;
    }

    public static Spreadsheet read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        } else if (content.length == 0) {
            throw InvalidInputException.onField(FIELD, EMPTY);
        } else if (startsWith(content, ZIP)) {
            return xlsx(content);
        } else if (startsWith(content, OLE)) {
            throw InvalidInputException.onField(FIELD, OLD_EXCEL);
        }
        return csv(text(content));
    }

    private static InvalidInputException tooLarge() {
        return InvalidInputException.onField(FIELD, TOO_LARGE, MAX_BYTES / (1024 * 1024));
    }

    /**
     * An XLSX is a zip archive: refuse one that inflates a hundredfold, beyond {@link #MAX_ENTRY_BYTES}
     * per entry, or with more than {@link #MAX_ENTRIES} entries (zip bomb). POI keeps these limits in
     * static fields that other code in the JVM may change, so they are set again before every file.
     */
    private static void limitZip() {
        ZipSecureFile.setMinInflateRatio(Math.max(0.01, ZipSecureFile.getMinInflateRatio()));
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
    }

    private static Spreadsheet xlsx(byte[] content) {
        limitZip();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw InvalidInputException.onField(FIELD, TOO_MANY_ROWS, MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<Spreadsheet.Cell>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r), formatter));
            }
            return spreadsheet(rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // a zip that is no workbook, a damaged one, or one over the zip-bomb limits
            throw InvalidInputException.onField(FIELD, UNREADABLE);
        }
    }

    private static List<Spreadsheet.Cell> cells(Row row, DataFormatter formatter) {
        List<Spreadsheet.Cell> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
        for (int c = 0; c < last; c++) {
            cells.add(cell(row.getCell(c), formatter));
        }
        return cells;
    }

    private static Spreadsheet.Cell cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Spreadsheet.Cell.EMPTY;
        } else if (cell.getCellType() == CellType.FORMULA) {
            return new Spreadsheet.Cell("=" + cell.getCellFormula(), true);
        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            // a date cell as an ISO date, whatever the sheet's display format
            LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
            return Spreadsheet.Cell.of(day.toString());
        }
        return Spreadsheet.Cell.of(formatter.formatCellValue(cell));
    }

    private static String text(byte[] content) {
        for (byte b : content) {
            // control characters other than tab and line breaks: a binary file (image, PDF, …)
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw InvalidInputException.onField(FIELD, WRONG_TYPE);
            }
        }
        String text = decode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(content, Charset.forName("windows-1252"));
        }
        if (text == null) {
            throw InvalidInputException.onField(FIELD, WRONG_TYPE);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Spreadsheet csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        List<List<Spreadsheet.Cell>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                if (rows.size() > MAX_ROWS) {
                    throw InvalidInputException.onField(FIELD, TOO_MANY_ROWS, MAX_ROWS);
                }
                CSVRecord record = records.next();
                List<Spreadsheet.Cell> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(record.size(), MAX_COLUMNS); c++) {
                    cells.add(Spreadsheet.Cell.of(record.get(c)));
                }
                rows.add(cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // e.g. a quote that is never closed
            throw InvalidInputException.onField(FIELD, UNREADABLE);
        }
        return spreadsheet(rows);
    }

    private static Spreadsheet spreadsheet(List<List<Spreadsheet.Cell>> rows) {
        while (!rows.isEmpty()
                && rows.get(rows.size() - 1).stream().allMatch(c -> c.text().isEmpty())) {
            rows.remove(rows.size() - 1);
        }
        if (rows.size() < 2) {
            throw InvalidInputException.onField(FIELD, EMPTY);
        } else if (rows.size() - 1 > MAX_ROWS) {
            throw InvalidInputException.onField(FIELD, TOO_MANY_ROWS, MAX_ROWS);
        }
        List<String> header = rows.get(0).stream().map(Spreadsheet.Cell::text).toList();
        List<Spreadsheet.Row> data = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            data.add(new Spreadsheet.Row(i + 1, rows.get(i)));
        }
        return new Spreadsheet(header, data);
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
