package org.quartiersnetz.common.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.quartiersnetz.common.view.SupportedLocales;

/**
 * Pages are German unless the browser asks for another supported language. Without an
 * Accept-Language header the container would offer its own default locale instead.
 */
public class DefaultLocaleViewHandler extends ViewHandlerWrapper {

    public DefaultLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            return SupportedLocales.DEFAULT;
        }
        return super.calculateLocale(context);
    }
}
