package org.quartiersnetz.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.entity.Caller;

/** Who is signed in on this request, as Shiro knows it. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    AccountService accounts;

    private Caller caller;

    public Optional<String> email() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() ? Optional.of((String) subject.getPrincipal()) : Optional.empty();
    }

    public boolean isSignedIn() {
        return SecurityUtils.getSubject().isAuthenticated();
    }

    public boolean isPermitted(String permission) {
        return SecurityUtils.getSubject().isPermitted(permission);
    }

    /** The e-mail address of the signed-in user; Shiro's URL rules guarantee there is one. */
    public String requireEmail() {
        return email().orElseThrow(() -> new IllegalStateException("no user signed in on a protected path"));
    }

    /** The signed-in account as the boundaries see it. */
    public Caller caller() {
        if (caller == null) {
            caller = accounts.findByEmail(requireEmail())
                    .filter(a -> !a.isDisabled())
                    .map(Caller::of)
                    .orElseThrow(() -> new NotFoundException("account.notFound"));
        }
        return caller;
    }
}
