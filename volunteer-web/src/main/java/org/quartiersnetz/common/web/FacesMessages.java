package org.quartiersnetz.common.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
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
     * field's name, and in the page's messages otherwise.
     */
    public static void error(BusinessException failure, String formId) {
        String clientId = null;
        if (failure.field() != null) {
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
     * Shows the rules the boundary checked (e.g. on list elements the form cannot check per field)
     * as page messages; any other failure of the boundary is not the user's and goes on.
     */
    public static void errorOrRethrow(EJBException failure) {
        if (!(failure.getCause() instanceof ConstraintViolationException violations)) {
            throw failure;
        }
        violations.getConstraintViolations().forEach(v -> add(null, FacesMessage.SEVERITY_ERROR, v.getMessage()));
    }

    /**
     * Like {@link #errorOrRethrow(jakarta.ejb.EJBException)}, but shows each rule next to the
     * input it concerns where the form has one, also inside repeated rows ("times[0].end" at
     * {@code form:times:0:end}).
     */
    public static void errorOrRethrow(EJBException failure, String formId) {
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
        if (parts.isEmpty()
                || FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + parts.get(0)) == null) {
            return null;
        }
        return formId + ":" + String.join(":", parts);
    }

    /**
     * Runs a step of a page and shows its outcome: the text of the key it returns, or why it failed
     * (a business rule, or the rules the boundary checked). True when it succeeded.
     */
    public static boolean attempt(Supplier<String> step) {
        try {
            info(step.get());
            return true;
        } catch (BusinessException e) {
            error(e, null);
        } catch (EJBException e) {
            errorOrRethrow(e);
        }
        return false;
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
