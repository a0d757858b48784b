package org.quartiersnetz.common.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import org.quartiersnetz.common.view.RequestLocale;

/**
 * Bean Validation messages in the language of the request rather than of the server. JSF passes
 * the view's locale itself; the API and the EJB layer get the request's one from
 * {@link RequestLocale}.
 */
public class RequestLocaleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate =
            Validation.byDefaultProvider().configure().ignoreXmlConfiguration().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, RequestLocale.get());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return delegate.interpolate(messageTemplate, context, locale);
    }
}
