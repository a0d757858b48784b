package org.quartiersnetz.imports.rest;

import java.time.Instant;
import org.quartiersnetz.imports.entity.VolunteerImport;

/** A recorded import: who imported which file when, and how many rows did what. */
public record ImportSummary(
        long id,
        Instant importedAt,
        String importedBy,
        String fileName,
        int rows,
        int created,
        int updated,
        int refused) {

    static ImportSummary of(VolunteerImport i) {
        return new ImportSummary(
                i.getId(),
                i.getImportedAt(),
                i.getImportedBy().getEmail(),
                i.getFileName(),
                i.getRowCount(),
                i.getCreatedCount(),
                i.getUpdatedCount(),
                i.getRefusedCount());
    }
}
