package org.quartiersnetz.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.quartiersnetz.common.control.BusinessException;

/** Shows texts of the resource bundle as JSF messages, next to a field or for the page. */
public final class FacesMessages {

    private FacesMessages() {
    }

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
            UIComponent input = FacesContext.getCurrentInstance().getViewRoot()
                    .findComponent(formId + ":" + failure.field());
            clientId = input == null ? null : input.getClientId();
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(failure.messageKey(), failure.arguments()));
    }

    /**
     * Shows the rules the boundary checked (e.g. on list elements the form cannot check per field)
     * as page messages; any other failure of the boundary is not the user's and goes on.
     */
    public static void errorOrRethrow(jakarta.ejb.EJBException failure) {
        if (!(failure.getCause() instanceof jakarta.validation.ConstraintViolationException violations)) {
            throw failure;
        }
        violations.getConstraintViolations().forEach(v -> add(null, FacesMessage.SEVERITY_ERROR, v.getMessage()));
    }

    /** Keeps messages across the redirect that follows a successful form. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
