package org.quartiersnetz.common.control;

/** Signals a request that clashes with stored data, e.g. an e-mail address already registered. */
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }

    private ConflictException(String messageKey, String field, Object[] arguments) {
        super(messageKey, field, arguments);
    }

    /** The error concerns one input field, named as in the request. */
    public static ConflictException onField(String field, String messageKey, Object... arguments) {
        return new ConflictException(messageKey, field, arguments);
    }
}
