package org.quartiersnetz.common.view;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.quartiersnetz.common.control.Languages;

/**
 * Remembers the request's language (from Accept-Language) for the thread that serves it. A
 * language chosen with the switch ({@code ?lang=}) on a volunteer's page is kept in the session
 * before the sign-in filter may send the person to the sign-in page, so that page speaks it too.
 */
public class RequestLocaleFilter implements Filter {

    /** The session attribute the pages read the chosen language from. */
    public static final String CHOSEN_LANGUAGE = "qn.language";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // without Accept-Language the container answers its own default locale, not German
        boolean asked = request instanceof HttpServletRequest http && http.getHeader("Accept-Language") != null;
        RequestLocale.set(asked ? SupportedLocales.choose(request.getLocales()) : SupportedLocales.DEFAULT);
        if (request instanceof HttpServletRequest http) {
            keepChoice(http);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLocale.clear();
        }
    }

    private static void keepChoice(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return; // a form's body is the page's to read
        }
        String chosen = request.getParameter("lang");
        if (!Languages.isSupported(chosen)) {
            return;
        }
        HttpSession session = request.getSession(request.getServletPath().startsWith("/volunteer/"));
        if (session != null) {
            session.setAttribute(CHOSEN_LANGUAGE, chosen);
        }
    }
}
