package org.quartiersnetz.common.control;

import java.util.Collection;
import java.util.List;

/** Signals a step that the lifecycle of the record does not allow now; names the steps that are. */
public class InvalidStateException extends BusinessException {

    private final List<String> allowedNext;

    public InvalidStateException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
        this.allowedNext = null;
    }

    private InvalidStateException(String messageKey, List<String> allowedNext, Object... arguments) {
        super(messageKey, null, arguments);
        this.allowedNext = allowedNext;
    }

    /** A step outside a lifecycle; the answer lists the steps that may follow instead. */
    public static InvalidStateException notAllowed(
            String messageKey, Collection<? extends Enum<?>> allowed, Object... arguments) {
        return new InvalidStateException(
                messageKey, allowed.stream().map(Enum::name).sorted().toList(), arguments);
    }

    /** The names of the steps that may follow, or null where the failure is no lifecycle step. */
    public List<String> allowedNext() {
        return allowedNext;
    }
}
