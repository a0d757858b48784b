package org.quartiersnetz.declaration.rest;

import java.time.Instant;
import org.quartiersnetz.declaration.boundary.DeclarationStatus;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.declaration.entity.SignatureStatus;

/** Where a volunteer stands with one declaration. */
public record SignatureResponse(
        DeclarationKind kind, int currentVersion, SignatureStatus status, Integer signedVersion, Instant signedAt) {

    static SignatureResponse of(DeclarationStatus status) {
        return new SignatureResponse(
                status.kind(),
                status.current().getVersion(),
                status.status(),
                status.signedVersion(),
                status.signedAt());
    }
}
