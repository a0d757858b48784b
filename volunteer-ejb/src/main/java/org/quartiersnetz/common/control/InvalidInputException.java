package org.quartiersnetz.common.control;

/** Signals input that passes the field constraints but breaks a rule of the domain. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }

    private InvalidInputException(String messageKey, String field, Object[] arguments) {
        super(messageKey, field, arguments);
    }

    /** The error concerns one input field, named as in the request. */
    public static InvalidInputException onField(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(messageKey, field, arguments);
    }
}
