package org.quartiersnetz.imports.boundary;

import java.util.List;
import org.quartiersnetz.imports.control.RowReason;
import org.quartiersnetz.imports.entity.ImportOutcome;

/** What the import did, or would do, with one row: its number in the spreadsheet, the volunteer and why not. */
public record RowResult(int row, String email, ImportOutcome outcome, Long volunteerId, List<RowReason> reasons) {}
