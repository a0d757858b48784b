package org.quartiersnetz.security.web;

import jakarta.json.Json;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.view.Texts;

/**
 * Authentication for the API: a request with credentials (HTTP Basic, or a personal API token
 * as {@code Authorization: Bearer}) is signed in or refused
 * with 401; a request without goes on anonymously, and the resource's Shiro annotations decide
 * whether that is enough (see ShiroAnnotationsFeature). A refusal is a problem detail, like every
 * API error; the detail says why: wrong (or unknown address), address locked after too many
 * failures, or e-mail address not confirmed yet (only with the right password).
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    private static final String BEARER = "Bearer ";
    private static final String FAILURE = ApiAuthenticationFilter.class.getName() + ".failure";

    @Override
    protected boolean onLoginFailure(
            AuthenticationToken token,
            AuthenticationException failure,
            ServletRequest request,
            ServletResponse response) {
        request.setAttribute(FAILURE, failure);
        return false;
    }

    @Override
    protected boolean isLoginAttempt(String authzHeader) {
        return super.isLoginAttempt(authzHeader) || isBearer(authzHeader);
    }

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String header = getAuthzHeader(request);
        if (isBearer(header)) {
            return new BearerToken(header.substring(BEARER.length()).strip(), request.getRemoteHost());
        }
        return super.createToken(request, response);
    }

    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return super.isAccessAllowed(request, response, mappedValue) || !isLoginAttempt(request, response);
    }

    /** The address itself, never a name looked up for it (the per-address throttle counts by it). */
    @Override
    protected String getHost(ServletRequest request) {
        return request.getRemoteAddr();
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = RequestLocale.get();
        Object failure = request.getAttribute(FAILURE);
        int status = HttpServletResponse.SC_UNAUTHORIZED;
        String type;
        String detail;
        if (failure instanceof AccountRealm.ServerBusyException busy) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            type = "busy";
            detail = Texts.get(locale, "problem.busy");
            http.setHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
        } else if (failure instanceof AccountRealm.AddressThrottledException throttled) {
            status = 429;
            type = "too-many-sign-ins";
            detail = Texts.get(locale, "problem.signIn.throttled", throttled.minutesLeft());
            http.setHeader("Retry-After", String.valueOf(throttled.minutesLeft() * 60));
        } else if (failure instanceof AccountRealm.LockedException locked) {
            type = "account-locked";
            detail = Texts.get(locale, "problem.signIn.locked", locked.minutesLeft());
        } else if (failure instanceof AccountRealm.UnconfirmedEmailException) {
            type = "email-unconfirmed";
            detail = Texts.get(locale, "problem.signIn.unconfirmed");
        } else {
            type = "unauthorized";
            detail = Texts.get(locale, "problem.http.401");
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            super.sendChallenge(request, response);
        } else {
            http.setStatus(status); // not a question of the credentials: no challenge
        }
        try {
            http.getWriter()
                    .write("{\"type\":\"https://quartiersnetz.org/problems/" + type + "\",\"title\":"
                            + quote(Texts.get(locale, "problem.title." + status)) + ",\"status\":" + status
                            + ",\"detail\":"
                            + quote(detail) + "}");
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
