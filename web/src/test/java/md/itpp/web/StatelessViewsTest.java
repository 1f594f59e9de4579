package md.itpp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The stateless signed-in pages ({@link StatelessViews#READ_ONLY}) are what their name says: no
 * form, ajax or stateful component of their own, nor in what they include (a post on such a view
 * would find nothing of what its components held); and every page of the main template that is
 * so is listed, so that a new list page does not pay for a view state it never uses.
 */
class StatelessViewsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern STATEFUL = Pattern.compile(
            "<(h:form|p:ajax|f:ajax|p:remoteCommand|p:commandButton|itpp:button|p:commandLink|p:dataTable|p:poll|p:fileUpload)\\b");
    private static final Pattern FORM = Pattern.compile("<h:form\\b.*?</h:form>", Pattern.DOTALL);
    private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"([^\"]+)\"");

    @Test
    void theReadOnlyViewsHaveNoFormOfTheirOwnAndEveryPageWithoutOneIsListed() throws IOException {
        Set<String> readOnly = new TreeSet<>();
        Set<String> stateful = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") && !f.startsWith(PAGES.resolve("WEB-INF"))).toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                if (!page.contains("template=\"/WEB-INF/templates/main.xhtml\"")) {
                    continue;
                }
                String viewId = "/" + PAGES.relativize(file).toString().replace('\\', '/');
                (statefulPart(page) == null ? readOnly : stateful).add(viewId);
            }
        }
        assertTrue(stateful.contains("/objectives/edit.xhtml") && readOnly.contains("/objectives/tree.xhtml"),
                "the scan sorts the editor and the tree: " + stateful + " " + readOnly);
        assertEquals(readOnly, new TreeSet<>(StatelessViews.READ_ONLY),
                "the stateless views are the main template's pages without a form of their own");
        for (String viewId : stateful) {
            assertFalse(StatelessViews.isStateless(viewId) && !StatelessViews.SELF_CONTAINED_FORMS.contains(viewId), viewId);
        }
        assertTrue(StatelessViews.isStateless("/login.xhtml") && StatelessViews.isStateless("/errors/error.xhtml"));
    }

    /**
     * A stateless page with forms of its own keeps nothing between the page and its post: each of
     * its forms (in the page or what it includes) posts the objective's id and the version shown,
     * and is sent as a whole page (no ajax, no component that keeps state of its own).
     */
    @Test
    void theSelfContainedFormsPostTheirObjectiveAndVersionAsWholePages() throws IOException {
        for (String viewId : StatelessViews.SELF_CONTAINED_FORMS) {
            String page = withIncludes(Files.readString(PAGES.resolve(viewId.substring(1)), StandardCharsets.UTF_8));
            Matcher forms = FORM.matcher(page);
            int count = 0;
            while (forms.find()) {
                count++;
                assertTrue(forms.group().contains("name=\"id\"") && forms.group().contains("name=\"version\""),
                        viewId + ": a form that does not name its objective and version: " + forms.group());
            }
            assertTrue(count >= 2, viewId + ": the translation and decision forms are found");
            Matcher part = STATEFUL.matcher(page);
            while (part.find()) {
                assertTrue(Set.of("h:form", "p:commandButton", "itpp:button").contains(part.group(1)), viewId + ": " + part.group(1));
            }
            Matcher button = Pattern.compile("<p:commandButton\\b[^>]*>").matcher(page);
            while (button.find()) {
                assertTrue(button.group().contains("ajax=\"false\""), viewId + ": " + button.group());
            }
        }
    }

    /** The approval include holds the approval form. */
    @Test
    void theScanFindsAFormInAnIncludedFile() throws IOException {
        assertEquals("p:dataTable", statefulPart("<p:dataTable value=\"#{x}\"/>"));
        assertEquals("h:form", statefulPart("<ui:include src=\"/WEB-INF/includes/approval.xhtml\"/>"));
        assertEquals(null, statefulPart("<ui:include src=\"/WEB-INF/includes/pager.xhtml\"/><form method=\"get\"></form>"));
    }

    /** {@code page} with what it includes (recursively) appended. */
    private static String withIncludes(String page) throws IOException {
        StringBuilder all = new StringBuilder(page);
        Matcher include = INCLUDE.matcher(page);
        while (include.find()) {
            Path included = PAGES.resolve(include.group(1).substring(1));
            if (Files.exists(included)) {
                all.append(withIncludes(Files.readString(included, StandardCharsets.UTF_8)));
            }
        }
        return all.toString();
    }

    /** The first form, ajax or stateful component in {@code page} or what it includes, or null. */
    private static String statefulPart(String page) throws IOException {
        Matcher part = STATEFUL.matcher(withIncludes(page));
        return part.find() ? part.group(1) : null;
    }
}
