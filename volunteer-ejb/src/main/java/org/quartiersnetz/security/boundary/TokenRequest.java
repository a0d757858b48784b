package org.quartiersnetz.security.boundary;

import jakarta.validation.constraints.NotBlank;

/** A token from an e-mail link, e.g. to confirm an e-mail address. */
public record TokenRequest(@NotBlank String token) {

    /** Never the token: it is as good as a password until used. */
    @Override
    public String toString() {
        return "TokenRequest[token=…]";
    }
}
