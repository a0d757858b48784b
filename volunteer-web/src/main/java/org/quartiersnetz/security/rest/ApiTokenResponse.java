package org.quartiersnetz.security.rest;

import java.time.Instant;
import java.util.Set;
import org.quartiersnetz.security.entity.ApiToken;

/** A personal API token; {@code token} (the secret) only in the answer that created it. */
public record ApiTokenResponse(
        long id,
        String name,
        Set<String> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        String token) {

    static ApiTokenResponse of(ApiToken t, String secret) {
        return new ApiTokenResponse(
                t.getId(), t.getName(), t.getScopes(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), secret);
    }
}
