package org.quartiersnetz.common.view;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Remembers the request's language (from Accept-Language) for the thread that serves it. */
public class RequestLocaleFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // without Accept-Language the container answers its own default locale, not German
        boolean asked = request instanceof HttpServletRequest http && http.getHeader("Accept-Language") != null;
        RequestLocale.set(asked ? SupportedLocales.choose(request.getLocales()) : SupportedLocales.DEFAULT);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLocale.clear();
        }
    }
}
