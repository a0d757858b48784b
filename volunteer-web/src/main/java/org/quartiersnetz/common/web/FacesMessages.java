package org.quartiersnetz.common.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.view.Texts;

/** Shows texts of the resource bundle as JSF messages, next to a field or for the page. */
public final class FacesMessages {

    private FacesMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a business error next to its field when the form has an input whose id is the
     * field's name, and in the page's messages otherwise (always when formId is null).
     */
    public static void error(BusinessException failure, String formId) {
        String clientId = null;
        if (failure.field() != null && formId != null) {
            UIComponent input =
                    FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + failure.field());
            clientId = input == null ? null : input.getClientId();
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(failure.messageKey(), failure.arguments()));
    }

    /** Shows a business error next to the input with this client id (e.g. one inside a repeated row). */
    public static void errorAt(String clientId, BusinessException failure) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(failure.messageKey(), failure.arguments()));
    }

    /**
     * Shows the rules the boundary checked (e.g. on list elements the form cannot check per field),
     * each next to the input it concerns where the form has one, also inside repeated rows
     * ("times[0].end" at {@code form:times:0:end}), and as page messages otherwise; any other
     * failure of the boundary is not the user's and goes on.
     */
    private static void errorOrRethrow(EJBException failure, String formId) {
        if (!(failure.getCause() instanceof ConstraintViolationException violations)) {
            throw failure;
        }
        violations
                .getConstraintViolations()
                .forEach(
                        v -> add(clientIdOf(formId, v.getPropertyPath()), FacesMessage.SEVERITY_ERROR, v.getMessage()));
    }

    /** The client id of the input a violation concerns, or null (a page message) when the form has none. */
    static String clientIdOf(String formId, Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> parts.clear();
                case CONTAINER_ELEMENT -> {
                    // an element of a multiple choice: the message belongs to the choice
                }
                default -> {
                    if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                        parts.add(String.valueOf(node.getIndex()));
                    }
                    if (node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        if (formId == null
                || parts.isEmpty()
                || FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + parts.get(0)) == null) {
            return null;
        }
        return formId + ":" + String.join(":", parts);
    }

    /**
     * Runs a step of a page. When the user can act on its failure, says why and returns empty: a
     * business error and the rules the boundary checked appear next to their inputs where the form
     * (null: none) has them, in the page's messages otherwise. Any other failure goes on.
     *
     * @return the step's result; empty when it failed
     */
    public static <T> Optional<T> attempt(String formId, Supplier<T> step) {
        return attempt(formId, step, failure -> error(failure, formId));
    }

    /** Like {@link #attempt(String, Supplier)}, but a business error is shown (or handled) by the caller. */
    public static <T> Optional<T> attempt(String formId, Supplier<T> step, Consumer<BusinessException> refused) {
        try {
            return Optional.ofNullable(step.get());
        } catch (BusinessException e) {
            refused.accept(e);
        } catch (EJBException e) {
            errorOrRethrow(e, formId);
        }
        return Optional.empty();
    }

    /** Like {@link #attempt(String, Supplier)} for a step without a result. True when it succeeded. */
    public static boolean attempt(String formId, Runnable step) {
        return attempt(formId, step, failure -> error(failure, formId));
    }

    /** Like {@link #attempt(String, Supplier, Consumer)} for a step without a result. True when it succeeded. */
    public static boolean attempt(String formId, Runnable step, Consumer<BusinessException> refused) {
        return attempt(
                        formId,
                        () -> {
                            step.run();
                            return true;
                        },
                        refused)
                .isPresent();
    }

    /**
     * Runs a step of a page and shows its outcome: the text of the key it returns, or why it failed
     * (in the page's messages). True when it succeeded.
     */
    public static boolean attempt(Supplier<String> step) {
        Optional<String> doneKey = attempt(null, step);
        doneKey.ifPresent(key -> info(key));
        return doneKey.isPresent();
    }

    /** Like {@link #attempt(Supplier)} for a step whose outcome is always the same text. */
    public static boolean attempt(Runnable step, String doneKey) {
        return attempt(() -> {
            step.run();
            return doneKey;
        });
    }

    /** Keeps messages across the redirect that follows a successful form. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
