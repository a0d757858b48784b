package org.quartiersnetz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages offered for choice on forms: those most spoken in the estate first in mind,
 * each shown in the page's language and in itself ("Türkisch (Türkçe)").
 */
@Named
@ApplicationScoped
public class LanguageCatalog {

    static final List<String> CODES = List.of(
            "de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", "ku", "sq", "sr", "hr", "bs", "it", "fr", "es",
            "el", "ps", "so", "ti", "vi", "zh");

    public List<SelectItem> getOptions() {
        Locale viewLocale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return CODES.stream()
                .map(code -> new SelectItem(code, label(code, viewLocale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, Collator.getInstance(viewLocale)))
                .toList();
    }

    public String label(String code) {
        return label(code, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String label(String code, Locale viewLocale) {
        Locale language = Locale.forLanguageTag(code);
        String inViewLanguage = language.getDisplayLanguage(viewLocale);
        String inItself = language.getDisplayLanguage(language);
        return inViewLanguage.equalsIgnoreCase(inItself) || inItself.equals(code)
                ? inViewLanguage
                : inViewLanguage + " (" + inItself + ")";
    }
}
