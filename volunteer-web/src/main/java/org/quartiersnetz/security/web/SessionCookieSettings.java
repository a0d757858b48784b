package org.quartiersnetz.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: never readable by scripts (web.xml), SameSite=Lax so that other sites cannot
 * send forms with it, and Secure whenever the platform is reached over HTTPS (QN_PUBLIC_URL starts
 * with https://; QN_SECURE_COOKIES overrides). Plain http://localhost keeps working for trying out.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        boolean https = config.getOptionalValue("qn.public.url", String.class)
                .orElse("")
                .startsWith("https://");
        boolean secure =
                config.getOptionalValue("qn.secure.cookies", Boolean.class).orElse(https);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
    }
}
