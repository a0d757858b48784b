package org.quartiersnetz.imports.control;

import java.util.List;

/** Why a row is refused: a message key of the bundle ({@code import.row.…}) and its arguments. */
public record RowReason(String code, List<String> args) {

    public static RowReason of(String code, String... args) {
        return new RowReason(code, List.of(args));
    }
}
