package org.quartiersnetz.common.control;

/** Signals an action the caller may not take on something they may see. */
public class ForbiddenException extends BusinessException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
