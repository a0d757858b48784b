package org.quartiersnetz.notification.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.quartiersnetz.common.control.Languages;

/**
 * The texts of the mails, from the resource bundle i18n/MailTexts_xx (one per language of {@link Languages}): a template "x" has
 * the keys "x.subject" and "x.body" (MessageFormat patterns), and every body ends with
 * "mail.signature". Mails go out in the recipient's language, German when there is no text in it.
 */
public final class MailTexts {

    static final String BUNDLE = "i18n.MailTexts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Subject and body of one mail, ready to send. */
    public record Content(String subject, String body) {}

    private MailTexts() {}

    /** The language a mail for someone who prefers this one is written in. */
    public static String languageOf(String preferred) {
        return Languages.orDefault(preferred);
    }

    public static Content render(String preferredLanguage, String template, Object... arguments) {
        Locale locale = Languages.locale(preferredLanguage);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(), NO_FALLBACK);
        String subject = format(bundle.getString(template + ".subject"), locale, arguments);
        String body = format(bundle.getString(template + ".body"), locale, arguments) + "\n\n"
                + bundle.getString("mail.signature");
        return new Content(subject, body);
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
