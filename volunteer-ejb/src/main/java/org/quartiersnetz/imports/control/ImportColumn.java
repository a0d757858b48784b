package org.quartiersnetz.imports.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quartiersnetz.common.control.InvalidInputException;

/**
 * The columns of an import, as the German and the English template name them; a header cell
 * matches regardless of case, blanks, hyphens and underscores, and by a few usual other names.
 */
public enum ImportColumn {
    FIRST_NAME(true, "Vorname", "First name", "firstname", "givenname"),
    LAST_NAME(true, "Nachname", "Last name", "lastname", "surname", "familyname", "name"),
    EMAIL(true, "E-Mail", "E-mail", "email", "emailadresse", "emailaddress", "mail"),
    PHONE(false, "Telefon", "Phone", "telefonnummer", "phonenumber", "handy", "mobil", "mobile"),
    LANGUAGES(true, "Sprachen", "Languages", "sprache", "language"),
    POSTCODE(false, "PLZ", "Postcode", "postleitzahl", "zip", "zipcode"),
    COURSES(false, "Kurse", "Courses", "kurs", "course", "schulungen", "schulung"),
    CERTIFICATE_DATE(false, "Nachweis vom", "Certificate date", "nachweisdatum", "zertifikatvom", "certificatedate"),
    ISSUER(false, "Ausgestellt von", "Issuer", "aussteller", "issuedby");

    static final String MISSING_COLUMNS = "import.file.missingColumns";

    private final boolean required;
    private final String german;
    private final String english;
    private final Set<String> names;

    ImportColumn(boolean required, String german, String english, String... others) {
        this.required = required;
        this.german = german;
        this.english = english;
        this.names = Stream.concat(Stream.of(german, english), Stream.of(others))
                .map(ImportColumn::normalize)
                .collect(Collectors.toSet());
    }

    /** The header as the template of this language writes it. */
    public String header(String language) {
        return "en".equals(language) ? english : german;
    }

    /** Where each column is in the header; refuses the file, naming them, when required ones are missing. */
    public static Map<ImportColumn, Integer> locate(List<String> header, String language) {
        Map<ImportColumn, Integer> found = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            String name = normalize(header.get(i));
            for (ImportColumn column : values()) {
                if (column.names.contains(name)) {
                    found.put(column, i);
                }
            }
        }
        String missing = Stream.of(values())
                .filter(c -> c.required && !found.containsKey(c))
                .map(c -> c.header(language))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw InvalidInputException.onField(SpreadsheetReader.FIELD, MISSING_COLUMNS, missing);
        }
        return found;
    }

    static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-.:*]", "");
    }
}
