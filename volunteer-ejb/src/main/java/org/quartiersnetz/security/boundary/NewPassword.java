package org.quartiersnetz.security.boundary;

import jakarta.validation.constraints.NotBlank;
import org.quartiersnetz.security.entity.Password;

/** A new password, with the token from the password-reset mail that allows setting it. */
public record NewPassword(@NotBlank String token, @Password String password) {

    /** Neither the token nor the password. */
    @Override
    public String toString() {
        return "NewPassword[…]";
    }
}
