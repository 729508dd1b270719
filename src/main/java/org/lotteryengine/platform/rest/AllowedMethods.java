package org.lotteryengine.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The HTTP methods each API path answers, for the {@code Allow} header and body of a 405. RESTEasy Reactive throws its
 * 405 without them, so they are read from the OpenAPI document that Quarkus generates at build time from the same
 * resource methods (a classpath resource, in the native image too); HEAD comes with GET and OPTIONS with any path.
 */
@ApplicationScoped
public class AllowedMethods {

    /** Where Quarkus' build writes the OpenAPI document (quarkus-smallrye-openapi's OpenApiConstants.BASE_NAME). */
    static final String DOCUMENT = "META-INF/quarkus-generated-openapi-doc.JSON";

    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final ObjectMapper json;
    private volatile List<Route> routes;

    AllowedMethods(ObjectMapper json) {
        this.json = json;
    }

    private record Route(Pattern path, List<String> methods) {
    }

    /** The methods the path answers, sorted; empty when the document lists no such path. */
    public List<String> of(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        TreeSet<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path()
                    .matcher(normalised)
                    .matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty()) {
            return List.of();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return List.copyOf(methods);
    }

    /** Read at start, off the event loop that maps a 405 (a few milliseconds). */
    void read(@Observes StartupEvent start) {
        routes = read();
    }

    private List<Route> routes() {
        List<Route> read = routes;
        return read == null ? List.of() : read;
    }

    private List<Route> read() {
        try (InputStream in = Thread.currentThread()
                .getContextClassLoader()
                .getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                return List.of();
            }
            List<Route> read = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> paths = json.readTree(in)
                    .path("paths")
                    .fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                List<String> methods = HTTP_METHODS.stream()
                        .filter(method -> path.getValue()
                                .has(method))
                        .map(method -> method.toUpperCase(Locale.ROOT))
                        .toList();
                read.add(new Route(template(path.getKey()), methods));
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "/api/v2/sessions/{sessionId}/cancel" as a pattern: each {parameter} is one path segment. */
    static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
