package org.quartiersnetz.family.control;

import java.util.Collection;
import java.util.Optional;

/** Codes of the form F-2026-017: the year of creation and a running number within that year. */
public final class FamilyCodes {

    static final int LARGEST = 99_999;

    private FamilyCodes() {}

    /** What the codes of a year start with, e.g. "F-2026-". */
    public static String prefix(int year) {
        return String.format("F-%04d-", year);
    }

    /**
     * The code after the highest number taken in that year (F-2026-001 if none), or empty when the
     * year's numbers are used up. Numbers compare as numbers: F-2026-1000 comes after F-2026-999,
     * and F-2026-0042 counts as 42.
     */
    public static Optional<String> next(int year, Collection<String> takenThatYear) {
        String prefix = prefix(year);
        int highest = takenThatYear.stream()
                .filter(code -> code.startsWith(prefix))
                .map(code -> code.substring(prefix.length()))
                .filter(number -> number.matches("[0-9]{1,9}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
        return highest >= LARGEST ? Optional.empty() : Optional.of(prefix + String.format("%03d", highest + 1));
    }
}
