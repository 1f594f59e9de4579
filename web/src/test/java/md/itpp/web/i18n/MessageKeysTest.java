package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;
import md.itpp.domain.account.Role;
import md.itpp.domain.objective.ObjectiveAction;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.TransitionNotAllowedException;
import md.itpp.persistence.objective.ObjectiveService;

/**
 * Every message key the domain and the services can raise has a text. The keys are read
 * from the compiled classes' string constants, so a new exception or rule is covered as soon
 * as it is written, without a list to keep up to date here.
 */
class MessageKeysTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("error\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    @Test
    void everyKeyRaisedByDomainAndServicesHasATextInBothLanguages() throws Exception {
        Set<String> keys = new TreeSet<>();
        keys.addAll(messageKeysIn(Role.class));
        keys.addAll(messageKeysIn(ObjectiveService.class));
        assertFalse(keys.isEmpty(), "no message keys found: the class scan is broken");
        assertTrue(keys.contains(TransitionNotAllowedException.MESSAGE_KEY), "scan missed " + keys);

        Properties english = BundleCompletenessTest.load(BundleCompletenessTest.ENGLISH);
        Properties romanian = BundleCompletenessTest.load(BundleCompletenessTest.ROMANIAN);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!english.containsKey(key) || !romanian.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "message keys without text: " + missing);
    }

    @Test
    void exceptionMessagesTranslateEnumAndFieldArguments() throws IOException {
        ResourceBundle english = bundle(BundleCompletenessTest.ENGLISH);
        ResourceBundle romanian = bundle(BundleCompletenessTest.ROMANIAN);

        TransitionNotAllowedException refused =
                new TransitionNotAllowedException(ObjectiveAction.APPROVE, ObjectiveStatus.DRAFT);
        assertEquals("The action “Approve” is not allowed while the objective is “Draft”.",
                Messages.describe(english, refused));
        assertEquals("Acțiunea „Aprobă” nu este permisă cât timp obiectivul este „Proiect”.",
                Messages.describe(romanian, refused));

        assertEquals("Title (English): this field is required.",
                Messages.describe(english, ValidationException.required("titleEn")));
        assertEquals("Titlu (engleză): numărul maxim de caractere este 500.",
                Messages.describe(romanian, ValidationException.tooLong("titleEn", 500)));
    }

    @Test
    void aKeyWithoutTextFallsBackToTheUnexpectedErrorMessage() throws IOException {
        ResourceBundle english = bundle(BundleCompletenessTest.ENGLISH);
        ValidationException unknown = new ValidationException("error.no.such.key");
        assertEquals(english.getString(Messages.FALLBACK_KEY), Messages.describe(english, unknown));
    }

    private static ResourceBundle bundle(String resource) throws IOException {
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(resource);
             InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Locale locale = resource.endsWith("_ro.properties") ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
            return new PropertyResourceBundle(reader) {
                @Override
                public Locale getLocale() {
                    return locale;
                }
            };
        }
    }

    /** String constants that look like message keys, in every class of the module holding {@code type}. */
    private static Set<String> messageKeysIn(Class<?> type) throws IOException, URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> keys = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        keys.addAll(stringConstants(in));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (var entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        keys.addAll(stringConstants(in));
                    }
                }
            }
        }
        return keys;
    }

    /** The UTF-8 entries of a class file's constant pool that are message keys. */
    private static Set<String> stringConstants(InputStream classFile) throws IOException {
        return KeyFamiliesTest.constants(classFile.readAllBytes(), MESSAGE_KEY);
    }
}
