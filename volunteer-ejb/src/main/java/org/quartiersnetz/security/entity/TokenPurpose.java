package org.quartiersnetz.security.entity;

import java.util.Locale;

/** What a token sent by e-mail allows; a token is accepted only for its own purpose. */
public enum TokenPurpose {
    EMAIL_CONFIRMATION("account.confirm"),
    PASSWORD_RESET("account.reset");

    private final String messagePrefix;

    TokenPurpose(String messagePrefix) {
        this.messagePrefix = messagePrefix;
    }

    /** The message key for a token of this purpose in the given state, e.g. "account.reset.expired". */
    public String messageKey(TokenState state) {
        return messagePrefix + "." + state.name().toLowerCase(Locale.ROOT);
    }
}
