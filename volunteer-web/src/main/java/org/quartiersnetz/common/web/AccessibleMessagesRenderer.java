package org.quartiersnetz.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces 15.0.13 renders each message as {@code <li role="alert">}, which breaks the list
 * semantics WCAG checkers require (primefaces#14864). This renderer leaves the role off the list
 * item; the container keeps aria-live, so screen readers still announce the messages.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String styleClassPrefix, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItemWithoutRole(writer), messages, message, styleClassPrefix, escape);
    }

    private static final class ListItemWithoutRole extends ResponseWriterWrapper {

        private boolean inListItem;

        ListItemWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            inListItem = "li".equals(name);
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!(inListItem && "role".equals(name))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
