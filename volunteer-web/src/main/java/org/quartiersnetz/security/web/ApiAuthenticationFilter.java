package org.quartiersnetz.security.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.quartiersnetz.common.web.RequestLocale;
import org.quartiersnetz.common.web.Texts;

/**
 * Authentication for the API: a request with credentials (HTTP Basic) is signed in or refused
 * with 401; a request without goes on anonymously, and the resource's Shiro annotations decide
 * whether that is enough (see ShiroAnnotationsFeature). A refusal is a problem detail, like every
 * API error.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return super.isAccessAllowed(request, response, mappedValue) || !isLoginAttempt(request, response);
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        super.sendChallenge(request, response);
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = Texts.get(RequestLocale.get(), "problem.title.401");
        String detail = Texts.get(RequestLocale.get(), "problem.http.401");
        try {
            http.getWriter().write("{\"type\":\"https://quartiersnetz.org/problems/unauthorized\",\"title\":"
                    + quote(title) + ",\"status\":401,\"detail\":" + quote(detail) + "}");
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
