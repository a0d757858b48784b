package org.quartiersnetz.security.boundary;

import jakarta.validation.constraints.NotBlank;
import org.quartiersnetz.security.entity.Password;

/** A new password, with the token from the password-reset mail that allows setting it. */
public class NewPassword {

    @NotBlank
    private String token;

    @Password
    private String password;

    public NewPassword() {}

    public NewPassword(String token, String password) {
        this.token = token;
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Neither the token nor the password. */
    @Override
    public String toString() {
        return "NewPassword[…]";
    }
}
