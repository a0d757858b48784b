package org.quartiersnetz.common.rest;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas of the Java types the API reads and writes, as JSON-B writes them: records and
 * classes by their properties (named in the document's components), collections as arrays of their
 * element's schema, maps as objects, dates and times as formatted strings, enums with their values.
 */
final class JavaSchemas {

    private static final String REF = "#/components/schemas/";

    private final Components components;

    JavaSchemas(Components components) {
        this.components = components;
    }

    Schema of(Type type) {
        return of(type, Map.of());
    }

    /**
     * Describes the classes these types use, and the classes they contain, from their properties as
     * JSON-B writes them, in place of what the scanner made of them (it writes dates as objects and
     * leaves out the element type of annotated lists).
     */
    void describeAll(Collection<Type> roots) {
        for (Class<?> raw : reachable(roots)) {
            components.addSchema(raw.getSimpleName(), object(raw, Map.of()));
        }
    }

    /** The classes, not generic, that the API reads and writes through these types, sorted by name. */
    static List<Class<?>> reachable(Collection<Type> roots) {
        java.util.Deque<Type> open = new java.util.ArrayDeque<>(roots);
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        while (!open.isEmpty()) {
            Type type = open.pop();
            Class<?> raw = raw(type);
            if (type instanceof ParameterizedType parameterized) {
                open.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
            }
            if (raw.isArray()) {
                open.push(raw.getComponentType());
            }
            if (raw.isPrimitive()
                    || raw.isEnum()
                    || raw.isArray()
                    || raw.getName().startsWith("java.")
                    || raw.getName().startsWith("jakarta.")
                    || raw.getTypeParameters().length > 0
                    || !seen.add(raw)) {
                continue;
            }
            open.addAll(properties(raw).values());
        }
        return seen.stream()
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bound.getOrDefault(variable, Object.class), bound);
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bound);
        }
        Class<?> raw = raw(type);
        Optional<Schema> simple = simple(raw);
        if (simple.isPresent()) {
            return simple.get();
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(elementOf(type), bound));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema()
                    .type(SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(argument(type, 1), bound));
        }
        if (raw == Object.class
                || raw.getName().startsWith("java.")
                || raw.getName().startsWith("jakarta.")) {
            return OASFactory.createSchema();
        }
        return reference(type, bound);
    }

    private Schema reference(Type type, Map<TypeVariable<?>, Type> outer) {
        Class<?> raw = raw(type);
        Map<TypeVariable<?>, Type> bound = bindings(type, outer);
        String name = raw.getSimpleName() + suffix(type, outer);
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            components.addSchema(name, OASFactory.createSchema().type(SchemaType.OBJECT));
            components.addSchema(name, object(raw, bound));
        }
        return OASFactory.createSchema().ref(REF + name);
    }

    private Schema object(Class<?> raw, Map<TypeVariable<?>, Type> bound) {
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
        properties(raw).forEach((property, propertyType) -> object.addProperty(property, of(propertyType, bound)));
        List<String> required = required(raw);
        if (!required.isEmpty()) {
            object.setRequired(required);
        }
        return object;
    }

    /** The properties Bean Validation requires (@NotNull, @NotBlank, @NotEmpty on the field). */
    private static List<String> required(Class<?> raw) {
        List<String> required = new java.util.ArrayList<>();
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(NotNull.class)
                        || field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class)) {
                    required.add(field.getName());
                }
            }
        }
        return required.stream().sorted().toList();
    }

    /** "PageResponse" of TaskResponse is named "PageResponseTaskResponse". */
    private static String suffix(Type type, Map<TypeVariable<?>, Type> bound) {
        if (!(type instanceof ParameterizedType parameterized)) {
            return "";
        }
        StringBuilder suffix = new StringBuilder();
        for (Type argument : parameterized.getActualTypeArguments()) {
            Type actual = argument instanceof TypeVariable<?> variable
                    ? bound.getOrDefault(variable, Object.class)
                    : argument;
            suffix.append(raw(actual).getSimpleName());
        }
        return suffix.toString();
    }

    private static Map<String, Type> properties(Class<?> raw) {
        Map<String, Type> properties = new java.util.LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (!component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                    properties.put(component.getName(), component.getGenericType());
                }
            }
            return properties;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                // weaving (EclipseLink) adds fields of its own, named with a leading underscore
                if (!Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()
                        && !field.getName().startsWith("_")
                        && !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
        }
        return properties;
    }

    private static Optional<Schema> simple(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.BOOLEAN));
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return Optional.of(
                    OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"));
        }
        if (raw == long.class || raw == Long.class) {
            return Optional.of(
                    OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"));
        }
        if (Number.class.isAssignableFrom(raw)
                || raw == double.class
                || raw == float.class
                || raw == BigDecimal.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.NUMBER));
        }
        if (raw == LocalDate.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING).format("date"));
        }
        if (raw == Instant.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class
                || raw == LocalDateTime.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING).format("date-time"));
        }
        if (raw == LocalTime.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING).example("09:00:00"));
        }
        if (raw == UUID.class) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING).format("uuid"));
        }
        if (jakarta.json.JsonValue.class.isAssignableFrom(raw)) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.OBJECT));
        }
        if (raw == byte[].class || java.io.InputStream.class.isAssignableFrom(raw)) {
            return Optional.of(OASFactory.createSchema().type(SchemaType.STRING).format("binary"));
        }
        if (raw.isEnum()) {
            return Optional.of(OASFactory.createSchema()
                    .type(SchemaType.STRING)
                    .enumeration(Arrays.stream(raw.getEnumConstants())
                            .map(constant -> (Object) ((Enum<?>) constant).name())
                            .toList()));
        }
        return Optional.empty();
    }

    private static Map<TypeVariable<?>, Type> bindings(Type type, Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw(type).getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                Type argument = arguments[i];
                bound.put(
                        variables[i],
                        argument instanceof TypeVariable<?> v ? outer.getOrDefault(v, Object.class) : argument);
            }
        }
        return bound;
    }

    static Type elementOf(Type type) {
        Class<?> raw = raw(type);
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }
}
