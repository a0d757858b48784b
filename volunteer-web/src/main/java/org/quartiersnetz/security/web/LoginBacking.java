package org.quartiersnetz.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.quartiersnetz.common.web.FacesMessages;

/**
 * The sign-in page: checks the credentials with Shiro and returns to the page asked for. A
 * refusal says why only as far as that tells nothing to someone without the password: wrong
 * credentials and unknown addresses alike, a locked address (any address can be locked), and an
 * unconfirmed e-mail address only when the password was right.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String DEFAULT_TARGET = "/volunteer/profile.xhtml";
    static final String STAFF_TARGET = "/staff/volunteers.xhtml";
    static final String SUPERVISOR_TARGET = "/staff/supervision.xhtml";

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    private boolean unconfirmed;

    public void login() throws IOException {
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(email, password, false, clientAddress()));
        } catch (AccountRealm.LockedException e) {
            FacesMessages.error("login.locked", e.minutesLeft());
            return;
        } catch (AccountRealm.AddressThrottledException e) {
            FacesMessages.error("login.throttled", e.minutesLeft());
            return;
        } catch (AccountRealm.ServerBusyException e) {
            FacesMessages.error("login.busy");
            return;
        } catch (AccountRealm.UnconfirmedEmailException e) {
            unconfirmed = true;
            FacesMessages.error("login.unconfirmed");
            return;
        } catch (AuthenticationException e) {
            FacesMessages.error("login.failed");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String home = SecurityUtils.getSubject().isPermitted("volunteer:read")
                ? STAFF_TARGET
                : SecurityUtils.getSubject().isPermitted("supervision:read") ? SUPERVISOR_TARGET : DEFAULT_TARGET;
        String target = saved != null ? saved.getRequestUrl() : request.getContextPath() + home;
        external.redirect(target);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The last attempt had the right password for an address not confirmed yet. */
    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }
}
