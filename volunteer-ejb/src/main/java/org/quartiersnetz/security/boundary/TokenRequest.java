package org.quartiersnetz.security.boundary;

import jakarta.validation.constraints.NotBlank;

/**
 * A token from an e-mail link, e.g. to confirm an e-mail address. A class rather than a record:
 * Payara's OpenAPI generator fails on constraints on record components (payara/Payara#7649).
 */
public class TokenRequest {

    @NotBlank
    private String token;

    public TokenRequest() {}

    public TokenRequest(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Never the token: it is as good as a password until used. */
    @Override
    public String toString() {
        return "TokenRequest[token=…]";
    }
}
