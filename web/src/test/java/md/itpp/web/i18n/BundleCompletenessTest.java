package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ObjectiveStatus;

/**
 * Both languages of the pages' bundle say everything: the same keys, no blank text, the same
 * placeholders. The labels of enum constants live in the one labels bundle; KeyFamiliesTest
 * finds every enum by scanning and checks them there.
 */
class BundleCompletenessTest {

    static final String ENGLISH = "md/itpp/web/i18n/messages.properties";
    static final String ROMANIAN = "md/itpp/web/i18n/messages_ro.properties";
    static final String ENGLISH_PLACEHOLDER = "md/itpp/web/i18n/messages_en.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishKeyIsInRomanianAndBack() throws IOException {
        Properties english = load(ENGLISH);
        Properties romanian = load(ROMANIAN);
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(romanian.stringPropertyNames());
        Set<String> onlyRomanian = new TreeSet<>(romanian.stringPropertyNames());
        onlyRomanian.removeAll(english.stringPropertyNames());
        assertTrue(onlyEnglish.isEmpty(), "missing in Romanian: " + onlyEnglish);
        assertTrue(onlyRomanian.isEmpty(), "missing in English: " + onlyRomanian);
    }

    /** Properties keeps the last of two equal keys silently: one page's label would replace another's. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String resource : List.of(ENGLISH, ROMANIAN, ENGLISH_PLACEHOLDER)) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            Properties counting = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource + " is missing");
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertTrue(twice.isEmpty(), resource + " defines these keys more than once: " + twice);
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String resource : List.of(ENGLISH, ROMANIAN)) {
            Properties bundle = load(resource);
            List<String> blank = bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).isBlank())
                    .sorted()
                    .toList();
            assertTrue(blank.isEmpty(), resource + " has blank texts: " + blank);
        }
    }

    @Test
    void translationsUseTheSamePlaceholders() throws IOException {
        Properties english = load(ENGLISH);
        Properties romanian = load(ROMANIAN);
        List<String> differing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (romanian.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(romanian.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertTrue(differing.isEmpty(), "placeholders differ between languages: " + differing);
    }

    @Test
    void textsWithPlaceholdersAreValidMessageFormats() throws IOException {
        for (String resource : List.of(ENGLISH, ROMANIAN)) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (!placeholders(text).isEmpty()) {
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        fail(resource + " " + key + " is not a valid MessageFormat: " + e.getMessage());
                    }
                }
            }
        }
    }

    @Test
    void enumLabelKeysFollowTheDocumentedScheme() {
        assertEquals("enum.ObjectiveStatus.IN_CONSULTATION", EnumLabels.key(ObjectiveStatus.IN_CONSULTATION));
        assertEquals("enum.Role.ADMIN", EnumLabels.key(Role.ADMIN));
    }

    /**
     * messages_en.properties exists only to stop ResourceBundle from falling back to the JVM's
     * default locale; a text placed in it would hide the English one.
     */
    @Test
    void englishIsServedEvenWhenTheServerDefaultLocaleIsRomanian() throws IOException {
        assertTrue(load(ENGLISH_PLACEHOLDER).isEmpty(), "messages_en.properties must stay empty");
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ro-MD"));
            ResourceBundle.clearCache();
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
            assertEquals(load(ENGLISH).getProperty("nav.home"), bundle.getString("nav.home"));
            ResourceBundle romanian = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("ro"));
            assertEquals(load(ROMANIAN).getProperty("nav.home"), romanian.getString("nav.home"));
        } finally {
            Locale.setDefault(previous);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void romanianIsWrittenWithCommaBelowLetters() throws IOException {
        Properties romanian = load(ROMANIAN);
        List<String> cedilla = romanian.stringPropertyNames().stream()
                .filter(key -> romanian.getProperty(key).chars().anyMatch(c -> "şţŞŢ".indexOf(c) >= 0))
                .sorted()
                .toList();
        assertTrue(cedilla.isEmpty(), "ş/ţ with cedilla instead of ș/ț: " + cedilla);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
