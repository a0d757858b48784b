package org.quartiersnetz.language.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.common.view.RequestLocaleFilter;
import org.quartiersnetz.common.view.SupportedLocales;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * Which language a page speaks: the one chosen with the language switch ({@code ?lang=}, kept in
 * the session once there is one), else a signed-in volunteer's own, else the browser's first
 * supported language, else German. Staff pages speak only the staff languages. A volunteer's
 * choice is saved to the account, so their mails follow it.
 */
public final class PageLanguage {

    public static final String PARAM = "lang";
    private static final String SAVED = "qn.language.saved";
    private static final List<String> STAFF_PAGES = List.of("/staff/", "/admin/", "/account/tokens.xhtml");
    private static final Pattern LANG_PARAM = Pattern.compile("([?&])" + PARAM + "=[^&#]*");

    private PageLanguage() {}

    public static String of(ExternalContext context) {
        List<String> allowed = isStaffPage(pageAsked(context)) ? Languages.staff() : Languages.all();
        Optional<String> chosen = chosen(context);
        chosen.ifPresent(language -> remember(context, language));
        return chosen.filter(allowed::contains)
                .or(() -> volunteersOwn().filter(allowed::contains))
                .orElseGet(() -> fromBrowser(context, allowed));
    }

    /** The language chosen with the switch for this request or this session, if any. */
    public static Optional<String> chosen(ExternalContext context) {
        String asked = context.getRequestParameterMap().get(PARAM);
        if (Languages.isSupported(asked)) {
            return Optional.of(asked);
        }
        return Optional.ofNullable((HttpSession) context.getSession(false))
                .map(session -> (String) session.getAttribute(RequestLocaleFilter.CHOSEN_LANGUAGE));
    }

    /** The page the person asked for: for an error page, the page that failed. */
    public static String pageAsked(ExternalContext context) {
        Object failed = context.getRequestMap().get("jakarta.servlet.error.request_uri");
        if (failed instanceof String uri) {
            return uri.substring(
                    Math.min(uri.length(), context.getRequestContextPath().length()));
        }
        return context.getRequestServletPath();
    }

    public static boolean isStaffPage(String servletPath) {
        return servletPath != null && STAFF_PAGES.stream().anyMatch(servletPath::startsWith);
    }

    /** The URL with its language parameter set to this language. */
    public static String withLanguage(String url, String language) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String path = hash < 0 ? url : url.substring(0, hash);
        Matcher existing = LANG_PARAM.matcher(path);
        if (existing.find()) {
            return existing.replaceFirst("$1" + PARAM + "=" + language) + fragment;
        }
        return path + (path.contains("?") ? "&" : "?") + PARAM + "=" + language + fragment;
    }

    /**
     * Keeps the choice in the session, and for a signed-in volunteer in the account (once per
     * session and language: also a choice made before signing in).
     */
    private static void remember(ExternalContext context, String language) {
        HttpSession session = (HttpSession) context.getSession(false);
        if (session != null) {
            session.setAttribute(RequestLocaleFilter.CHOSEN_LANGUAGE, language);
            if (language.equals(session.getAttribute(SAVED))) {
                return;
            }
        }
        Optional<String> volunteer = signedInVolunteer();
        volunteer.ifPresent(email -> accounts().changeLanguage(email, language));
        if (session != null && volunteer.isPresent()) {
            session.setAttribute(SAVED, language);
        }
    }

    private static Optional<String> volunteersOwn() {
        return signedInVolunteer()
                .flatMap(email -> accounts().findByEmail(email))
                .map(UserAccount::getPreferredLanguage);
    }

    private static Optional<String> signedInVolunteer() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && subject.isPermitted("profile:own")
                ? Optional.of((String) subject.getPrincipal())
                : Optional.empty();
    }

    private static String fromBrowser(ExternalContext context, List<String> allowed) {
        // without Accept-Language the container offers its own default locale, not German
        if (context.getRequestHeaderMap().get("Accept-Language") == null) {
            return Languages.DEFAULT;
        }
        return SupportedLocales.firstOf(context.getRequestLocales(), allowed);
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
