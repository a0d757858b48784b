package org.quartiersnetz.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.boundary.ApiTokenService;
import org.quartiersnetz.security.boundary.NewApiToken;
import org.quartiersnetz.security.entity.ApiToken;
import org.quartiersnetz.security.view.CurrentUser;

/** The signed-in staff member's API tokens (account/tokens.xhtml); a new token's secret shows once. */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "token";

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    private NewApiToken request = new NewApiToken();
    private String secret;

    public List<ApiToken> getTokens() {
        return tokens.list(currentUser.caller());
    }

    public List<String> getGrantable() {
        return List.copyOf(ApiTokenService.grantable(currentUser.caller().role()));
    }

    public void create() {
        FacesMessages.attempt(FORM, () -> {
            secret = tokens.create(currentUser.caller(), request).secret();
            request = new NewApiToken();
        });
    }

    public void revoke(ApiToken token) {
        tokens.revoke(currentUser.caller(), token.getId());
        secret = null;
    }

    public NewApiToken getRequest() {
        return request;
    }

    public String getSecret() {
        return secret;
    }
}
