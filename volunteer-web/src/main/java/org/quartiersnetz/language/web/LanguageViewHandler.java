package org.quartiersnetz.language.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quartiersnetz.common.control.Languages;

/**
 * The language of a page ({@link PageLanguage}), and the chosen one carried on in every link,
 * form and redirect the page makes, so that a page opened with {@code ?lang=ar} stays Arabic
 * without a session (the board has none) and a link can be shared in a language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Languages.locale(PageLanguage.of(context.getExternalContext()));
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return carryChoice(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return carryChoice(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return carryChoice(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String carryChoice(FacesContext context, String url) {
        return PageLanguage.chosen(context.getExternalContext())
                .map(language -> PageLanguage.withLanguage(url, language))
                .orElse(url);
    }
}
