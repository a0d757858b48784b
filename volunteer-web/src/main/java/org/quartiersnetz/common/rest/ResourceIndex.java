package org.quartiersnetz.common.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The API's resource methods by HTTP method and path template, read from the compiled resource
 * classes (the {@code rest} packages next to {@link JaxrsApplication}), so that the OpenAPI document
 * can say what the Java code declares: the permission an operation needs, what it answers.
 */
final class ResourceIndex {

    private static final String API_ROOT = "/api/";
    private static final String PACKAGE_FOLDER = "org/quartiersnetz";
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    private final Map<String, Method> methods;

    private ResourceIndex(Map<String, Method> methods) {
        this.methods = methods;
    }

    /** The resource classes compiled beside the given one (a class folder or a jar). */
    static ResourceIndex of(Class<?> anchor) {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> type : resourceClasses(anchor)) {
            String base = API_ROOT + type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                httpMethod(method).ifPresent(verb -> methods.put(key(verb, base, method), method));
            }
        }
        return new ResourceIndex(methods);
    }

    Optional<Method> find(String verb, String template) {
        return Optional.ofNullable(methods.get(verb.toUpperCase(Locale.ROOT) + " " + clean(template)));
    }

    List<Method> all() {
        return List.copyOf(methods.values());
    }

    /** Every operation as "VERB /api/…/path", with plain templates. */
    java.util.Set<String> operations() {
        return java.util.Set.copyOf(methods.keySet());
    }

    /** "/api/v1/tasks/{id: [0-9]+}/" as a client writes it: "/api/v1/tasks/{id}". */
    static String clean(String template) {
        String plain = TEMPLATE_REGEX.matcher(template).replaceAll("{$1}").replaceAll("/{2,}", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String key(String verb, String base, Method method) {
        Path path = method.getAnnotation(Path.class);
        return verb + " " + clean(path == null ? base : base + "/" + path.value());
    }

    static Optional<String> httpMethod(Method method) {
        return Stream.of(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static List<Class<?>> resourceClasses(Class<?> anchor) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames(anchor)) {
            try {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable here: not a resource of this application
            }
        }
        return found;
    }

    private static List<String> classNames(Class<?> anchor) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = anchor.getClassLoader().getResources(PACKAGE_FOLDER);
            while (roots.hasMoreElements()) {
                names.addAll(classNamesAt(roots.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The classes below a package folder: in a class folder ("file:") or in a jar ("jar:file:…!/…"). */
    private static List<String> classNamesAt(URL folder) throws IOException {
        try {
            if ("file".equals(folder.getProtocol())) {
                java.nio.file.Path packages = java.nio.file.Path.of(folder.toURI());
                return classNamesIn(packages.getParent().getParent(), packages);
            }
            if ("jar".equals(folder.getProtocol())) {
                String spec = folder.toString();
                URI jar = URI.create(spec.substring("jar:".length(), spec.indexOf("!/")));
                try (FileSystem files = FileSystems.newFileSystem(java.nio.file.Path.of(jar))) {
                    return classNamesIn(files.getPath("/"), files.getPath("/" + PACKAGE_FOLDER));
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // a location this index cannot read holds no resource of ours
        }
        return List.of();
    }

    private static List<String> classNamesIn(java.nio.file.Path root, java.nio.file.Path packages) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(packages)) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/rest/") && name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
