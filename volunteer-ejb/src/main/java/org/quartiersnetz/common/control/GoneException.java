package org.quartiersnetz.common.control;

/**
 * Signals something that existed but may no longer be used, e.g. an expired or already used
 * link from an e-mail: the client can tell the person to ask for a new one.
 */
public class GoneException extends BusinessException {

    public GoneException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
