package org.quartiersnetz.common.control;

/** Signals a step that the lifecycle of the record does not allow now. */
public class InvalidStateException extends BusinessException {

    public InvalidStateException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
