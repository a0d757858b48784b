package org.quartiersnetz.declaration.boundary;

import java.time.Instant;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.declaration.entity.SignatureStatus;

/** A volunteer and one declaration: the version in force, and which version they signed when. */
public record DeclarationStatus(
        DeclarationKind kind, Declaration current, SignatureStatus status, Integer signedVersion, Instant signedAt) {}
