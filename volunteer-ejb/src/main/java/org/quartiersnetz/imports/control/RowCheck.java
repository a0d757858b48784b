package org.quartiersnetz.imports.control;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.volunteer.boundary.SignUp;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Reads one row of the spreadsheet into an {@link ImportRow}, with every reason to refuse it that
 * the row alone shows: a formula, a missing or too long name, an e-mail address or phone number
 * the sign-up would refuse (the same Bean Validation rules), an unknown language (ISO code or its
 * German or English name) or course, a certificate without a valid date.
 */
public final class RowCheck {

    static final String FORMULA = "import.row.formula";
    static final String CONTROL_CHARACTER = "import.row.controlCharacter";
    static final String MISSING = "import.row.missing";
    static final String INVALID = "import.row.invalid";
    static final String UNKNOWN_LANGUAGE = "import.row.unknownLanguage";
    static final String UNKNOWN_COURSE = "import.row.unknownCourse";
    static final String DATE_MISSING = "import.row.certificateDateMissing";
    static final String DATE_INVALID = "import.row.certificateDateInvalid";
    static final String DATE_IN_FUTURE = "import.row.certificateDateInFuture";

    private static final Map<String, String> LANGUAGES = languageNames();
    /**
     * Columns of free text, stored as written: there a leading {@code + - @} is a formula too (the
     * OWASP CSV-injection set), as the sheet may be exported and opened again. A phone number's
     * leading {@code +} is valid and checked by its own pattern instead.
     */
    private static final Set<ImportColumn> FREE_TEXT =
            EnumSet.of(ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME, ImportColumn.ISSUER);
    /** C0 control characters other than tab, and DEL: never stored (PostgreSQL refuses NUL in text). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final Map<ImportColumn, Integer> columns;
    private final String language;
    private final Validator validator;
    private final Predicate<String> courseExists;
    private final LocalDate today;
    private final String defaultIssuer;

    public RowCheck(
            Map<ImportColumn, Integer> columns,
            String language,
            Validator validator,
            Predicate<String> courseExists,
            LocalDate today,
            String defaultIssuer) {
        this.columns = columns;
        this.language = language;
        this.validator = validator;
        this.courseExists = courseExists;
        this.today = today;
        this.defaultIssuer = defaultIssuer;
    }

    /** Whether the text holds a character that is never stored (see {@link #CONTROL}). */
    public static boolean hasControlCharacter(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** The text without the characters that are never stored; {@code null} stays {@code null}. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    public ImportRow check(Spreadsheet.Row row) {
        List<RowReason> reasons = new ArrayList<>();
        for (ImportColumn column : columns.keySet()) {
            if (hasControlCharacter(text(row, column))) {
                reasons.add(RowReason.of(CONTROL_CHARACTER, column.header(language)));
            }
            if (formula(row, column)) {
                reasons.add(RowReason.of(FORMULA, column.header(language)));
            }
        }
        String firstName = valid(row, ImportColumn.FIRST_NAME, "firstName", reasons);
        String lastName = valid(row, ImportColumn.LAST_NAME, "lastName", reasons);
        String email = valid(row, ImportColumn.EMAIL, "email", reasons);
        String phone = valid(row, ImportColumn.PHONE, "phone", reasons);
        Set<String> languages = languages(row, reasons);
        String postcode = text(row, ImportColumn.POSTCODE);
        if (!postcode.isEmpty() && !postcode.matches(Volunteer.POSTCODE_PATTERN)) {
            reasons.add(RowReason.of(INVALID, ImportColumn.POSTCODE.header(language), postcode));
        }
        List<String> courses = courses(row, reasons);
        LocalDate certificateDate = courses.isEmpty() ? null : certificateDate(row, reasons);
        String issuer = text(row, ImportColumn.ISSUER);
        return new ImportRow(
                row.number(),
                firstName,
                lastName,
                email,
                phone.isEmpty() ? null : phone,
                languages,
                postcode.isEmpty() ? null : postcode,
                courses,
                certificateDate,
                issuer.isEmpty() ? defaultIssuer : truncated(issuer),
                List.copyOf(reasons));
    }

    /** The cell's text if it passes the sign-up's rule for this property; a reason otherwise. */
    private String valid(Spreadsheet.Row row, ImportColumn column, String property, List<RowReason> reasons) {
        String value = text(row, column);
        if (formula(row, column)) {
            return value;
        } else if (value.isEmpty()
                && (column == ImportColumn.FIRST_NAME
                        || column == ImportColumn.LAST_NAME
                        || column == ImportColumn.EMAIL)) {
            reasons.add(RowReason.of(MISSING, column.header(language)));
        } else if (!validator.validateValue(SignUp.class, property, value).isEmpty()) {
            reasons.add(RowReason.of(INVALID, column.header(language), value));
        }
        return value;
    }

    private Set<String> languages(Spreadsheet.Row row, List<RowReason> reasons) {
        Set<String> codes = new LinkedHashSet<>();
        String cell = text(row, ImportColumn.LANGUAGES);
        for (String name : split(cell)) {
            Optional<String> code = Optional.ofNullable(LANGUAGES.get(name.toLowerCase(Locale.ROOT)));
            code.ifPresentOrElse(codes::add, () -> reasons.add(RowReason.of(UNKNOWN_LANGUAGE, name)));
        }
        if (cell.isEmpty()) {
            reasons.add(RowReason.of(MISSING, ImportColumn.LANGUAGES.header(language)));
        } else if (codes.size() > Volunteer.MAX_LANGUAGES) {
            reasons.add(RowReason.of(INVALID, ImportColumn.LANGUAGES.header(language), cell));
        }
        return codes;
    }

    private List<String> courses(Spreadsheet.Row row, List<RowReason> reasons) {
        List<String> codes = new ArrayList<>();
        for (String code : split(text(row, ImportColumn.COURSES))) {
            if (courseExists.test(code)) {
                codes.add(code);
            } else {
                reasons.add(RowReason.of(UNKNOWN_COURSE, code));
            }
        }
        return codes;
    }

    private LocalDate certificateDate(Spreadsheet.Row row, List<RowReason> reasons) {
        String value = text(row, ImportColumn.CERTIFICATE_DATE);
        if (value.isEmpty()) {
            reasons.add(RowReason.of(DATE_MISSING, ImportColumn.CERTIFICATE_DATE.header(language)));
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate day = LocalDate.parse(value, format);
                if (day.isAfter(today)) {
                    reasons.add(RowReason.of(DATE_IN_FUTURE, value));
                }
                return day;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        reasons.add(RowReason.of(DATE_INVALID, value));
        return null;
    }

    /** A formula cell, or free text that a spreadsheet would run as one when the data is opened again. */
    private boolean formula(Spreadsheet.Row row, ImportColumn column) {
        Spreadsheet.Cell cell = cell(row, column);
        return cell.formula() || (FREE_TEXT.contains(column) && cell.startsLikeFormula());
    }

    private String text(Spreadsheet.Row row, ImportColumn column) {
        return cell(row, column).text();
    }

    private Spreadsheet.Cell cell(Spreadsheet.Row row, ImportColumn column) {
        return row.cell(columns.getOrDefault(column, -1));
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("[,;/|]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String truncated(String issuer) {
        return issuer.length() > Qualification.ISSUER_LENGTH
                ? issuer.substring(0, Qualification.ISSUER_LENGTH)
                : issuer;
    }

    /** ISO 639-1 codes, and the languages' German and English names, in lower case, to their code. */
    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale locale = new Locale(code);
            names.put(locale.getDisplayLanguage(Locale.GERMAN).toLowerCase(Locale.ROOT), code);
            names.put(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        for (String code : Locale.getISOLanguages()) {
            names.put(code, code);
        }
        return Map.copyOf(names);
    }
}
