package org.quartiersnetz.common.view;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartiersnetz.common.control.Languages;

/**
 * Remembers the request's language (from Accept-Language) for the thread that serves it. A
 * language chosen with the switch ({@code ?lang=}) on a volunteer's page is kept in the session
 * before the sign-in filter may send the person to the sign-in page, so that page speaks it too.
 */
public class RequestLocaleFilter implements Filter {

    /** The session attribute the pages read the chosen language from. */
    public static final String CHOSEN_LANGUAGE = "qn.language";

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([a-z]{2,3})(?:&|$)");

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
        // read from the query string itself: asking for a parameter here would read the request
        // before the pages set its character encoding
        Matcher asked = LANG.matcher(String.valueOf(request.getQueryString()));
        if (!"GET".equals(request.getMethod()) || !asked.find() || !Languages.isSupported(asked.group(1))) {
            return;
        }
        String chosen = asked.group(1);
        HttpSession session = request.getSession(request.getServletPath().startsWith("/volunteer/"));
        if (session != null) {
            session.setAttribute(CHOSEN_LANGUAGE, chosen);
        }
    }
}
