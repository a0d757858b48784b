package org.quartiersnetz.common.control;

/** Signals something that does not exist, or that the caller may not know of (answered alike, so existence is not leaked). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
