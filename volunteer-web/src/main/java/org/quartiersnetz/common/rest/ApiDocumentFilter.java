package org.quartiersnetz.common.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Finishes the OpenAPI document Payara builds from the annotations, so that validators accept it
 * and generated clients work (mp.openapi.filter): clean path templates, an operationId from method
 * and path (unique and stable), one tag per area, both security schemes with the permission each
 * operation needs, the success answer's schema from the Java return type, problem+json for every
 * error, element types for arrays, and only the schemas the API uses.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    private static final String PROBLEM = "Problem";
    private static final Pattern AREA = Pattern.compile("org\\.quartiersnetz\\.(\\w+)\\.rest");
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("calendar", "Calendar feeds (iCalendar) of a volunteer's dates and a carrier's"),
            Map.entry("carrier", "Carriers (Träger), their sites and staff"),
            Map.entry(
                    "clearance", "The extended certificate of conduct (§72a SGB VIII): inspections, consent, deletion"),
            Map.entry("dashboard", "Coordinators' overview: gaps, waiting placements, free places, supervision"),
            Map.entry("declaration", "Declarations volunteers sign (confidentiality, code of conduct), by version"),
            Map.entry("eligibility", "What a volunteer still needs for a kind of task"),
            Map.entry("family", "Families, pseudonymous and need-to-know"),
            Map.entry("matching", "Suggested volunteers for tasks, with reasons, and the optimal batch"),
            Map.entry("offer", "The carriers' regular offers in the neighbourhood and their week"),
            Map.entry("placement", "Placements: proposal, intro meeting, trial period, active, ended"),
            Map.entry("privacy", "The privacy notice"),
            Map.entry("reminder", "Reminders by e-mail and a volunteer's choice of them"),
            Map.entry("security", "Accounts: e-mail confirmation, password reset, API tokens"),
            Map.entry("supervision", "Supervision sessions (Praxisbegleitung) and attendance"),
            Map.entry("task", "Tasks (Einsätze), the public board, slots and bookings, task types"),
            Map.entry("training", "Courses, runs, enrolments, attendance and qualifications"),
            Map.entry("volunteer", "Volunteers: sign-up, profiles, lifecycle, notes, circular mails"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        ResourceIndex index = ResourceIndex.of(JaxrsApplication.class);
        JavaSchemas schemas = new JavaSchemas(api.getComponents());
        dropPayaraEndpoints(api);
        api.setServers(List.of(OASFactory.createServer().url(publicUrl()).description("this installation")));
        securitySchemes(api);
        schemas.describeAll(javaTypes(index));
        problemSchema(api, schemas);
        Paths paths = OASFactory.createPaths();
        Set<String> tags = new TreeSet<>();
        new TreeMap<>(api.getPaths().getPathItems()).forEach((template, item) -> {
            String path = ResourceIndex.clean(template);
            item.getOperations().forEach((verb, operation) -> {
                Optional<Method> method = index.find(verb.name(), path);
                describe(operation, verb, path, method, schemas);
                method.flatMap(ApiDocumentFilter::area).ifPresent(area -> {
                    operation.setTags(List.of(area));
                    tags.add(area);
                });
            });
            paths.addPathItem(path, item);
        });
        api.setPaths(paths);
        api.setTags(tags.stream()
                .map(tag -> OASFactory.createTag().name(tag).description(AREAS.getOrDefault(tag, tag)))
                .toList());
        UsedSchemas.prune(api);
    }

    private static void describe(
            Operation operation, PathItem.HttpMethod verb, String path, Optional<Method> method, JavaSchemas schemas) {
        operation.setOperationId(OperationIds.of(verb.name(), path));
        Optional<String> permission = method.flatMap(ApiDocumentFilter::permission);
        boolean secured = method.map(ApiDocumentFilter::isSecured).orElse(false);
        // public: one empty requirement ("no credentials needed"); an empty list would not be written
        operation.setSecurity(
                secured
                        ? List.of(requirement(BASIC), requirement(BEARER))
                        : List.of(OASFactory.createSecurityRequirement()));
        permission.ifPresent(name -> operation.setDescription(join(
                operation.getDescription(),
                "Needs the permission `" + name + "` (signed in with a password, or an API token whose scopes"
                        + " include it).")));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        method.ifPresent(m -> success(operation.getResponses(), m, schemas));
        method.ifPresent(m -> parameterTypes(operation, m, schemas));
        method.ifPresent(m -> requestBody(operation, m, schemas));
        errors(operation, secured, permission.isPresent());
    }

    private static void success(APIResponses responses, Method method, JavaSchemas schemas) {
        APIResponse inferred = responses.getAPIResponse(APIResponses.DEFAULT);
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean declared = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        Type returned = answered(method);
        boolean body = returned != void.class && returned != Response.class;
        if (!declared) {
            if (returned == void.class) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("done; no content"));
            } else {
                responses.addAPIResponse(
                        "200",
                        inferred != null && returned == Response.class
                                ? inferred.description("the answer")
                                : OASFactory.createAPIResponse().description("OK"));
            }
        }
        arraysDeclared(responses, method, schemas);
        if (body) {
            responses.getAPIResponses().forEach((code, response) -> {
                boolean named = method.isAnnotationPresent(APIResponseSchema.class);
                if (code.startsWith("2") && !"204".equals(code) && (named || isEmpty(response.getContent()))) {
                    String mediaType = mediaType(method);
                    response.setContent(content(
                            mediaType,
                            mediaType.startsWith("application/pdf")
                                    ? OASFactory.createSchema()
                                            .type(SchemaType.STRING)
                                            .format("binary")
                                    : schemas.of(returned)));
                }
            });
        }
    }

    /** Path and query parameters typed as the Java method takes them (an id is an integer, not any number). */
    private static void parameterTypes(Operation operation, Method method, JavaSchemas schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            String name = parameter.isAnnotationPresent(PathParam.class)
                    ? parameter.getAnnotation(PathParam.class).value()
                    : parameter.isAnnotationPresent(QueryParam.class)
                            ? parameter.getAnnotation(QueryParam.class).value()
                            : null;
            operation.getParameters().stream()
                    .filter(declared -> declared.getName().equals(name))
                    .forEach(declared -> declared.setSchema(schemas.of(parameter.getParameterizedType())));
        }
    }

    /** The request body as the Java method takes it: the one parameter JAX-RS fills from the entity. */
    private static void requestBody(Operation operation, Method method, JavaSchemas schemas) {
        if (operation.getRequestBody() == null
                || isEmpty(operation.getRequestBody().getContent())) {
            return;
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().length == 0) {
                operation
                        .getRequestBody()
                        .getContent()
                        .getMediaTypes()
                        .values()
                        .forEach(media -> media.setSchema(schemas.of(parameter.getParameterizedType())));
            }
        }
    }

    /** Arrays declared with @Schema(type = ARRAY, implementation = X): Payara writes X's properties, not items. */
    private static void arraysDeclared(APIResponses responses, Method method, JavaSchemas schemas) {
        for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse declared :
                method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            APIResponse response = responses.getAPIResponse(declared.responseCode());
            if (response == null || declared.content().length == 0) {
                continue;
            }
            org.eclipse.microprofile.openapi.annotations.media.Schema schema = declared.content()[0].schema();
            if (schema.type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
                    && schema.implementation() != Void.class) {
                response.setContent(content(
                        mediaType(method),
                        OASFactory.createSchema().type(SchemaType.ARRAY).items(schemas.of(schema.implementation()))));
            }
        }
    }

    /**
     * The type of the answer's body: the method's return type, or for a method answering a
     * Response the class its @APIResponseSchema names, or text where it produces no JSON.
     */
    private static Type answered(Method method) {
        Type returned = method.getGenericReturnType();
        if (returned != Response.class) {
            return returned;
        }
        APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
        if (schema != null) {
            return schema.value();
        }
        return mediaType(method).startsWith(MediaType.APPLICATION_JSON) ? Response.class : String.class;
    }

    private static void errors(Operation operation, boolean secured, boolean permission) {
        APIResponses responses = operation.getResponses();
        if (secured && responses.getAPIResponse("401") == null) {
            responses.addAPIResponse(
                    "401", OASFactory.createAPIResponse().description("not signed in, or not with these credentials"));
        }
        if (permission && responses.getAPIResponse("403") == null) {
            responses.addAPIResponse(
                    "403", OASFactory.createAPIResponse().description("signed in without the permission it needs"));
        }
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (input && responses.getAPIResponse("400") == null) {
            responses.addAPIResponse(
                    "400", OASFactory.createAPIResponse().description("invalid input, with per-field errors"));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(
                        content(Problem.MEDIA_TYPE, OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
            }
        });
    }

    private static boolean isEmpty(Content content) {
        return content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty();
    }

    private static Content content(String mediaType, Schema schema) {
        return OASFactory.createContent()
                .addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    private static String mediaType(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class)
                ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0];
    }

    private static Optional<String> permission(Method method) {
        return Optional.ofNullable(method.getAnnotation(RequiresPermissions.class))
                .or(() -> Optional.ofNullable(method.getDeclaringClass().getAnnotation(RequiresPermissions.class)))
                .map(annotation -> String.join(", ", annotation.value()));
    }

    private static boolean isSecured(Method method) {
        return permission(method).isPresent()
                || method.isAnnotationPresent(RequiresAuthentication.class)
                || method.getDeclaringClass().isAnnotationPresent(RequiresAuthentication.class);
    }

    private static Optional<String> area(Method method) {
        Matcher matcher = AREA.matcher(method.getDeclaringClass().getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void securitySchemes(OpenAPI api) {
        api.getComponents()
                .addSecurityScheme(
                        BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("the e-mail address and password of an account"))
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("an API token of a staff account (/api/v1/account/tokens); it acts with"
                                        + " the permissions of its scopes only"));
    }

    private static void problemSchema(OpenAPI api, JavaSchemas schemas) {
        schemas.of(Problem.class);
        api.getComponents()
                .getSchemas()
                .get(PROBLEM)
                .description("RFC 9457 problem details; errors names the fields in error, allowedNext the steps"
                        + " allowed instead")
                .example(Map.of(
                        "type", "https://quartiersnetz.org/problems/invalid-input",
                        "title", "Invalid input",
                        "status", 400,
                        "detail", "Please check the marked fields.",
                        "errors",
                                List.of(Map.of("field", "email", "message", "must be a well-formed e-mail address"))));
    }

    /** Payara adds the list of its endpoints as a property OpenAPI does not have. */
    private static void dropPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass()
                    .getMethod("setEndpoints", Map.class)
                    .invoke(api, new java.util.HashMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing to drop
        }
    }

    private static String publicUrl() {
        String url = ConfigProvider.getConfig()
                .getOptionalValue("qn.public.url", String.class)
                .orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Collection<Type> javaTypes(ResourceIndex index) {
        Set<Type> types = new HashSet<>();
        for (Method method : index.all()) {
            types.add(method.getGenericReturnType());
            types.addAll(List.of(method.getGenericParameterTypes()));
        }
        return new ArrayList<>(types);
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first.strip() + " " + second;
    }
}
