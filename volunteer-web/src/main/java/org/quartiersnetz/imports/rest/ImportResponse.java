package org.quartiersnetz.imports.rest;

import java.util.List;
import java.util.Locale;
import org.quartiersnetz.imports.boundary.ImportReport;
import org.quartiersnetz.imports.boundary.RowResult;
import org.quartiersnetz.imports.control.RowReason;
import org.quartiersnetz.imports.entity.ImportOutcome;
import org.quartiersnetz.imports.view.ReasonText;

/** The outcome of every row (dry run: what would happen), with the counts; {@code id} of the recorded import. */
public record ImportResponse(
        Long id, boolean dryRun, int rows, long created, long updated, long refused, List<RowOutcome> outcomes) {

    /** One row: its number as the spreadsheet shows it (the header is row 1). */
    public record RowOutcome(
            int row, String email, ImportOutcome outcome, Long volunteerId, List<RowReasonText> reasons) {}

    /** A reason: message key, its arguments and the text in the request's language. */
    public record RowReasonText(String code, List<String> args, String text) {}

    static ImportResponse of(ImportReport report, Locale locale) {
        return new ImportResponse(
                report.importId(),
                report.isDryRun(),
                report.rows().size(),
                report.count(ImportOutcome.CREATED),
                report.count(ImportOutcome.UPDATED),
                report.count(ImportOutcome.REFUSED),
                report.rows().stream().map(r -> row(r, locale)).toList());
    }

    private static RowOutcome row(RowResult result, Locale locale) {
        return new RowOutcome(
                result.row(),
                result.email(),
                result.outcome(),
                result.volunteerId(),
                result.reasons().stream().map(r -> reason(r, locale)).toList());
    }

    private static RowReasonText reason(RowReason reason, Locale locale) {
        return new RowReasonText(reason.code(), reason.args(), ReasonText.of(locale, reason));
    }
}
