package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key a page names literally ({@code #{msg['page.x.title']}}, or
 * {@code #{rowTexts.of('page.x.count', a, b)}}) has a text in both
 * languages: a mistyped key shows as "???page.x.title???" only when someone opens that page.
 * The pages are read from the sources; keys built in the page (`'label.' += x`) are not checked
 * here (their families are, by KeyFamiliesTest).
 */
class PageKeysTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^'\\]]+)'\\]|rowTexts\\.of\\('([^']+)',");

    @Test
    void everyKeyAPageNamesHasATextInBothLanguages() throws IOException {
        Set<String> keys = keysIn(PAGES);
        assertTrue(keys.size() > 100, "the scan found only " + keys.size() + " keys: is it broken?");
        Properties english = BundleCompletenessTest.load(BundleCompletenessTest.ENGLISH);
        Properties romanian = BundleCompletenessTest.load(BundleCompletenessTest.ROMANIAN);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!english.containsKey(key) || !romanian.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "keys named in pages without a text: " + missing);
    }

    @Test
    void theScanFindsAMistypedKey() throws IOException {
        Path page = Files.createTempDirectory("itpp-pages").resolve("wrong.xhtml");
        Files.writeString(page, "<h:outputText value=\"#{msg['page.no.such.key']}\"/>"
                + "<td>#{rowTexts.of('page.no.such.count', 1, 2)}</td>", StandardCharsets.UTF_8);
        Set<String> keys = keysIn(page.getParent());
        assertTrue(keys.contains("page.no.such.key"), keys.toString());
        assertTrue(keys.contains("page.no.such.count"), keys.toString());
        assertFalse(BundleCompletenessTest.load(BundleCompletenessTest.ENGLISH).containsKey("page.no.such.key"));
    }

    private static Set<String> keysIn(Path folder) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return keys;
    }
}
