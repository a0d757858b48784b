package org.quartiersnetz.it.matrix;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the endpoint rows call: a volunteer who chose Caritas (and not the shared pool) and Caritas'
 * records around them, made by {@code AuthorizationMatrixIT} before any row runs. A text named after a
 * record is its API path ({@code task} is {@code /api/v1/tasks/{taskId}}); {@code newOffer} makes another
 * Caritas offer and answers its id, {@code newFeedOfSelf} a new calendar feed of the volunteer and its path;
 * {@code importFile} is a one-row CSV to import, {@code caritasImport} the path of a Caritas import.
 */
public record MatrixFixture(
        long volunteerId,
        String volunteer,
        Map<String, Object> caritasProfile,
        Map<String, Object> colleague,
        int colleagueId,
        int tokenId,
        String family,
        Map<String, Object> taskBody,
        long taskId,
        String task,
        LocalDate monday,
        Map<String, Object> slotBody,
        String slot,
        Map<String, Object> runBody,
        String courseRun,
        String attendance,
        String cancelRun,
        String caritasCourse,
        Map<String, Object> caritasOffer,
        int offerId,
        IntSupplier newOffer,
        long openTask,
        long draftTask,
        String placement,
        String session,
        Supplier<String> newFeedOfSelf,
        byte[] importFile,
        String caritasImport) {

    /** Eight random characters, for names that must be new. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
