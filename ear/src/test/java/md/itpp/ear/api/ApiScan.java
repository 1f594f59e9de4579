package md.itpp.ear.api;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** Finds the API's resource classes in the deployed web module, and their operations. */
final class ApiScan {

    static final String PACKAGE = "md/itpp/web/api";
    static final String ROOT = "/api/v1";

    /** An HTTP method (lower case, as OpenAPI writes it) on a path. */
    record Operation(String method, String path) {
    }

    private ApiScan() {
    }

    static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(PACKAGE))) {
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            } else if (url.openConnection() instanceof JarURLConnection jar) {
                try (JarFile file = jar.getJarFile()) {
                    file.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(PACKAGE + "/") && n.indexOf('/', PACKAGE.length() + 1) < 0)
                            .map(n -> n.substring(PACKAGE.length() + 1)).forEach(names::add);
                }
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(PACKAGE.replace('/', '.') + "." + name.replace(".class", ""), false, loader);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    static List<Operation> operations(Class<?> resource) {
        String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
        List<Operation> operations = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            String http = method.isAnnotationPresent(GET.class) ? "get"
                    : method.isAnnotationPresent(POST.class) ? "post"
                    : method.isAnnotationPresent(PUT.class) ? "put"
                    : method.isAnnotationPresent(DELETE.class) ? "delete"
                    : method.isAnnotationPresent(PATCH.class) ? "patch" : null;
            if (http == null) {
                continue;
            }
            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
            operations.add(new Operation(http, join(ROOT, base, sub == null ? "" : sub.value())));
        }
        return operations;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
