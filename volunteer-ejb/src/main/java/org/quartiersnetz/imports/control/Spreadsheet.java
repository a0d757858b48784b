package org.quartiersnetz.imports.control;

import java.util.List;

/** What a file holds: its header row and the rows below it, every cell as text. */
public record Spreadsheet(List<String> header, List<Row> rows) {

    /**
     * One row of data; {@code number} as the spreadsheet shows it (the header is row 1). A cell that
     * held a formula keeps its formula text and is marked, never evaluated.
     */
    public record Row(int number, List<Cell> cells) {

        public Cell cell(int index) {
            return index < 0 || index >= cells.size() ? Cell.EMPTY : cells.get(index);
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    /** A cell's text, stripped; {@code formula} when the spreadsheet had a formula there. */
    public record Cell(String text, boolean formula) {

        static final Cell EMPTY = new Cell("", false);

        public static Cell of(String text) {
            String stripped = text == null ? "" : text.strip();
            // CSV has no formulas, but Excel would run this one when the file is opened again
            return new Cell(stripped, stripped.startsWith("="));
        }

        /**
         * Whether a spreadsheet would take the text for a formula: it starts with one of the OWASP
         * CSV-injection characters {@code = + - @}.
         */
        public boolean startsLikeFormula() {
            return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
        }
    }
}
