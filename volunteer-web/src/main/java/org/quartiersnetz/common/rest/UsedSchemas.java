package org.quartiersnetz.common.rest;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Keeps only the component schemas an operation uses, directly or through another schema: the
 * scanner also describes classes that are no part of the API (backing beans of the pages).
 */
final class UsedSchemas {

    private static final String REF = "#/components/schemas/";

    private UsedSchemas() {}

    static void prune(OpenAPI api) {
        Map<String, Schema> all = api.getComponents().getSchemas();
        if (all == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>(fromOperations(api));
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
                String name = schema.getRef().substring(REF.length());
                if (used.add(name) && all.containsKey(name)) {
                    open.push(all.get(name));
                }
            }
            open.addAll(children(schema));
        }
        Set<String> unused = new HashSet<>(all.keySet());
        unused.removeAll(used);
        unused.forEach(api.getComponents()::removeSchema);
    }

    private static List<Schema> fromOperations(OpenAPI api) {
        List<Schema> found = new java.util.ArrayList<>();
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().stream()
                                .map(Parameter::getSchema)
                                .forEach(found::add);
                    }
                    if (operation.getRequestBody() != null) {
                        found.addAll(schemas(operation.getRequestBody().getContent()));
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> found.addAll(schemas(r.getContent())));
                    }
                }));
        return found;
    }

    private static List<Schema> schemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(media -> media.getSchema())
                .toList();
    }

    private static Collection<Schema> children(Schema schema) {
        List<Schema> children = new java.util.ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(group);
        }
        if (schema.getNot() != null) {
            children.add(schema.getNot());
        }
        return children;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
