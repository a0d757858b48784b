package org.quartiersnetz.declaration.rest;

import java.time.Instant;
import java.util.Locale;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;

/** A declaration in force, in the request's language. */
public record DeclarationResponse(DeclarationKind kind, int version, Instant validFrom, String title, String body) {

    static DeclarationResponse of(Declaration declaration, Locale locale) {
        return new DeclarationResponse(
                declaration.getKind(),
                declaration.getVersion(),
                declaration.getValidFrom(),
                declaration.title(locale),
                declaration.body(locale));
    }
}
