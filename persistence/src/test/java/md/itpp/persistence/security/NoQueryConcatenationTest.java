package md.itpp.persistence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No JPQL or SQL is built from pieces at run time. FindSecBugs knows the injection sinks of
 * {@code javax.persistence} only, not {@code jakarta.persistence}, so this checks the sources of
 * every module instead: the query argument of {@code createQuery}, {@code createNativeQuery},
 * {@code prepareStatement}, {@code prepareCall}, {@code execute...} and {@code addBatch} must be
 * a string literal, a constant whose initialiser holds only literals and other constants, or a
 * Criteria object. (Named queries need no check: annotation values are compile-time constants.)
 */
class NoQueryConcatenationTest {

    private static final Pattern SINK = Pattern.compile(
            "\\.(createQuery|createNativeQuery|prepareStatement|prepareCall|executeQuery|executeUpdate"
                    + "|executeLargeUpdate|execute|addBatch)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)?");
    private static final Pattern CLASS_LITERAL = Pattern.compile("[A-Z][A-Za-z0-9_]*(\\[\\])?\\.class");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9_]*");

    @Test
    void noModuleBuildsAQueryFromPieces() throws IOException {
        Path root = Paths.get("").toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        int sinks = 0;
        for (String module : List.of("domain", "persistence", "web", "quickstart")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(sources), "missing " + sources);
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    List<String> found = check(source);
                    sinks += countSinks(source);
                    found.forEach(p -> problems.add(root.relativize(file) + ": " + p));
                }
            }
        }
        assertTrue(sinks >= 5, "the scan found only " + sinks + " query calls: is it still looking in the right place?");
        assertTrue(problems.isEmpty(), "queries built at run time:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckCatchesConcatenationAndVariables() {
        assertEquals(1, check("class A { void f(String name) { em.createQuery(\"select a from A a where a.n = '\" + name + \"'\"); } }").size());
        assertEquals(1, check("class A { void f(String sql) { c.prepareStatement(sql); } }").size());
        assertEquals(1, check("class A { void f(String n) { em.createNativeQuery(String.format(\"select %s\", n)); } }").size());
        assertEquals(1, check("class A { static final String Q = \"select \" + System.getProperty(\"x\");"
                + " void f() { em.createQuery(Q); } }").size());
        assertTrue(check("class A { static final String Q = \"select a \" + \"from A a\";"
                + " void f() { em.createQuery(Q, A.class); c.prepareStatement(\"select 1\"); } }").isEmpty());
        assertTrue(check("class A { void f() { CriteriaQuery<Long> cq = cb.createQuery(Long.class); em.createQuery(cq); } }")
                .isEmpty());
        assertFalse(check("class A { void f(B b) { em.createQuery(b.text()); } }").isEmpty());
    }

    private static int countSinks(String source) {
        Matcher m = SINK.matcher(source);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The offending calls in one source file. */
    static List<String> check(String source) {
        List<String> problems = new ArrayList<>();
        Matcher sink = SINK.matcher(source);
        while (sink.find()) {
            String argument = firstArgument(source, sink.end());
            if (argument.isEmpty()) {
                continue; // e.g. statement.execute() or executeQuery() of a prepared statement
            }
            if (!safe(argument, source)) {
                problems.add(sink.group(1) + "(" + argument + ")");
            }
        }
        return problems;
    }

    private static boolean safe(String argument, String source) {
        String stripped = argument.strip();
        if (LITERAL.matcher(stripped).matches() || CLASS_LITERAL.matcher(stripped).matches()) {
            return true;
        }
        if (CONSTANT_NAME.matcher(stripped).matches()) {
            return constantIsLiteral(stripped.contains(".") ? stripped.substring(stripped.indexOf('.') + 1) : stripped,
                    source);
        }
        if (IDENTIFIER.matcher(stripped).matches()) {
            // A variable may only be a Criteria query declared in the same file.
            return Pattern.compile("Criteria(Query|Update|Delete)<[^>]*>\\s+" + stripped + "\\b").matcher(source).find();
        }
        return false;
    }

    /** A constant of this file whose initialiser has only literals, other constants and '+'. */
    private static boolean constantIsLiteral(String name, String source) {
        Matcher declaration = Pattern.compile("static\\s+final\\s+String\\s+" + name + "\\s*=\\s*([^;]*);")
                .matcher(source);
        if (!declaration.find()) {
            // A constant of another class (e.g. a named query's name): names are literals there.
            return true;
        }
        String rest = LITERAL.matcher(declaration.group(1)).replaceAll("");
        return rest.replaceAll("[A-Z][A-Z0-9_]*", "").replaceAll("[\\s+]", "").isEmpty();
    }

    private static String firstArgument(String source, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return source.substring(start, i);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return source.substring(start, i);
            }
        }
        return "";
    }
}
