package org.quartiersnetz.common.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A failure the user can understand and act on. Carries a message key of the resource bundles
 * (never a translated text) and, where it concerns one input, the field it concerns.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field this error concerns, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
