package org.quartiersnetz.language.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.quartiersnetz.common.control.Languages;

/** The language switch on every page, and the page's writing direction. */
@Named
@RequestScoped
public class LanguageSwitch {

    /** One language of the switch, named in itself, with the address of this page in it. */
    public record Link(String code, String name, String url, boolean current) {}

    public List<Link> getLinks() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String current = language();
        String here = here((HttpServletRequest) context.getRequest());
        List<String> languages =
                PageLanguage.isStaffPage(PageLanguage.pageAsked(context)) ? Languages.staff() : Languages.all();
        return languages.stream()
                .map(code -> new Link(
                        code, Languages.selfName(code), PageLanguage.withLanguage(here, code), code.equals(current)))
                .toList();
    }

    /** "rtl" for a page in Arabic, else "ltr". */
    public String getDirection() {
        return Languages.isRightToLeft(language()) ? "rtl" : "ltr";
    }

    /**
     * "&amp;lang=xx" when a language was chosen with the switch, for links written by hand after a
     * query, so that they keep it; else nothing.
     */
    public String getAndChosen() {
        return PageLanguage.chosen(FacesContext.getCurrentInstance().getExternalContext())
                .map(language -> "&" + PageLanguage.PARAM + "=" + language)
                .orElse("");
    }

    /** "?lang=xx" when a language was chosen with the switch, for links without a query; else nothing. */
    public String getQuery() {
        String and = getAndChosen();
        return and.isEmpty() ? "" : "?" + and.substring(1);
    }

    /** The chosen language, for a hidden field of a GET form; null when none was chosen. */
    public String getChosen() {
        return PageLanguage.chosen(FacesContext.getCurrentInstance().getExternalContext())
                .orElse(null);
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    private static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
