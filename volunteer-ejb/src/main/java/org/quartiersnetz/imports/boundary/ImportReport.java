package org.quartiersnetz.imports.boundary;

import java.util.List;
import org.quartiersnetz.imports.entity.ImportOutcome;

/** The outcome of every row of a spreadsheet, and the recorded import (none for a dry run). */
public record ImportReport(Long importId, List<RowResult> rows) {

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean isDryRun() {
        return importId == null;
    }
}
