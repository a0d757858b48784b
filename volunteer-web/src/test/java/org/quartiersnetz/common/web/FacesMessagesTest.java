package org.quartiersnetz.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.BusinessException;

/** The one idiom of the page edge, against a stand-in for the running JSF (no server needed). */
class FacesMessagesTest {

    private RecordingContext faces;

    @BeforeEach
    void withInputs() {
        faces = new RecordingContext(Map.of("form:title", "form:title"));
    }

    @AfterEach
    void release() {
        faces.release();
    }

    @Test
    void aSucceedingStepGivesItsResultAndNoMessage() {
        assertEquals(Optional.of(42), FacesMessages.attempt("form", () -> 42));
        assertTrue(FacesMessages.attempt("form", () -> {}));
        assertEquals(List.of(), faces.messages);
    }

    @Test
    void aBusinessErrorIsShownNextToItsFieldWhereTheFormHasIt() {
        Supplier<String> refused = () -> {
            throw refusal("test.taken", "title");
        };
        assertEquals(Optional.empty(), FacesMessages.attempt("form", refused));
        assertFalse(FacesMessages.attempt("form", throwing(refusal("test.closed", "status"))));

        assertEquals(List.of("form:title=test.taken", "null=test.closed"), faces.messages);
    }

    @Test
    void withoutAFormABusinessErrorIsAPageMessage() {
        FacesMessages.attempt(null, throwing(refusal("test.taken", "title")));

        assertEquals(List.of("null=test.taken"), faces.messages);
    }

    @Test
    void theCallerMayShowABusinessErrorItself() {
        List<String> refused = new ArrayList<>();

        assertFalse(FacesMessages.attempt(
                "form", throwing(refusal("test.closed", null)), e -> refused.add(e.messageKey())));

        assertEquals(List.of("test.closed"), refused);
        assertEquals(List.of(), faces.messages);
    }

    @Test
    void theRulesTheBoundaryCheckedAreShownNextToTheirInputsOrForThePage() {
        EJBException checked = new EJBException(new ConstraintViolationException(
                Set.of(violation("must not be blank", "create", "input", "title"), violation("too many", "create"))));

        assertFalse(FacesMessages.attempt("form", throwing(checked)));

        assertEquals(Set.of("form:title=must not be blank", "null=too many"), Set.copyOf(faces.messages));
    }

    @Test
    void withoutAFormTheRulesAreShownForThePage() {
        EJBException checked = new EJBException(
                new ConstraintViolationException(Set.of(violation("must not be blank", "create", "input", "title"))));

        FacesMessages.attempt(null, throwing(checked));

        assertEquals(List.of("null=must not be blank"), faces.messages);
    }

    @Test
    void anyOtherFailureOfTheBoundaryGoesOn() {
        EJBException broken = new EJBException(new IllegalStateException("database gone"));

        assertSame(broken, assertThrows(EJBException.class, () -> FacesMessages.attempt("form", throwing(broken))));
        assertEquals(List.of(), faces.messages);
    }

    @Test
    void aStepReturningItsOutcomeShowsItsText() {
        assertTrue(FacesMessages.attempt(() -> "test.saved"));
        assertTrue(FacesMessages.attempt(() -> {}, "test.deleted"));
        assertFalse(FacesMessages.attempt(throwing(refusal("test.closed", null)), "test.deleted"));

        assertEquals(List.of("null=test.saved", "null=test.deleted", "null=test.closed"), faces.messages);
    }

    private static Runnable throwing(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    private static BusinessException refusal(String key, String field) {
        return new BusinessException(key, field) {};
    }

    /** A violation of a method's parameter: the method, the parameter, then the property path. */
    private static ConstraintViolation<?> violation(String message, String method, String... properties) {
        List<Path.Node> nodes = new ArrayList<>();
        nodes.add(node(ElementKind.METHOD, method));
        if (properties.length > 0) {
            nodes.add(node(ElementKind.PARAMETER, properties[0]));
            Arrays.stream(properties).skip(1).forEach(p -> nodes.add(node(ElementKind.PROPERTY, p)));
        }
        Path path = stub(Path.class, (name, args) -> switch (name) {
            case "iterator" -> nodes.iterator();
            default -> nodes.stream().map(Path.Node::getName).collect(Collectors.joining("."));
        });
        return stub(ConstraintViolation.class, (name, args) -> switch (name) {
            case "getPropertyPath" -> path;
            default -> message;
        });
    }

    private static Path.Node node(ElementKind kind, String nodeName) {
        return stub(Path.Node.class, (name, args) -> switch (name) {
            case "getKind" -> kind;
            case "isInIterable" -> false;
            case "getIndex" -> null;
            default -> nodeName;
        });
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> answer.of(method.getName(), args);
                }));
    }

    /** Records the messages as "clientId=text"; its view has inputs of the given client ids. */
    private static final class RecordingContext extends FacesContext {

        final List<String> messages = new ArrayList<>();
        private final UIViewRoot view;

        RecordingContext(Map<String, String> inputs) {
            setCurrentInstance(this);
            view = new UIViewRoot() {
                @Override
                public UIComponent findComponent(String expression) {
                    String clientId = inputs.get(expression);
                    return clientId == null
                            ? null
                            : new UIOutput() {
                                @Override
                                public String getClientId() {
                                    return clientId;
                                }
                            };
                }

                @Override
                public Locale getLocale() {
                    return Locale.ENGLISH;
                }
            };
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
            messages.add(clientId + "=" + message.getSummary());
        }

        @Override
        public UIViewRoot getViewRoot() {
            return view;
        }

        @Override
        public void release() {
            setCurrentInstance(null);
        }

        @Override
        public Application getApplication() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getClientIdsWithMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Lifecycle getLifecycle() {
            throw new UnsupportedOperationException();
        }

        /** None: components then find their properties without the application's cache. */
        @Override
        public ExternalContext getExternalContext() {
            return null;
        }

        @Override
        public FacesMessage.Severity getMaximumSeverity() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages(String clientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RenderKit getRenderKit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRenderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getResponseComplete() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseStream getResponseStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseStream(ResponseStream responseStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseWriter getResponseWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseWriter(ResponseWriter responseWriter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setViewRoot(UIViewRoot root) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void renderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void responseComplete() {
            throw new UnsupportedOperationException();
        }
    }
}
