package org.quartiersnetz.security.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** Who is signed in on this request, as Shiro knows it. */
@RequestScoped
public class CurrentUser {

    public Optional<String> email() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() ? Optional.of((String) subject.getPrincipal()) : Optional.empty();
    }

    public boolean isSignedIn() {
        return SecurityUtils.getSubject().isAuthenticated();
    }

    /** The e-mail address of the signed-in user; Shiro's URL rules guarantee there is one. */
    public String requireEmail() {
        return email().orElseThrow(() -> new IllegalStateException("no user signed in on a protected path"));
    }
}
