package md.itpp.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Role;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.text.ServerTexts;
import md.itpp.domain.BusinessException;

/**
 * Every text the application can show exists in both languages, found by scanning rather than
 * from a list kept by hand: the enums of the domain and persistence modules (their classes, read
 * from the build output), the notice keys the services raise (string constants of their
 * classes), and the server-side bundles (every {@code *.properties} with a {@code _ro} sibling
 * under {@code md/itpp/persistence}). And no bundle holds a key twice, where the second text
 * silently wins.
 */
class KeyFamiliesTest {

    /** Enums of the services that no page, mail or document shows: they need no label. */
    private static final Set<String> UNLABELLED = Set.of(
            "md.itpp.persistence.account.SessionStatus", "md.itpp.persistence.objective.ObjectiveSort",
            "md.itpp.persistence.objective.DiffSegment$Kind", "md.itpp.persistence.consultation.SynthesisFormat");

    private static final Pattern NOTICE_KEY = Pattern.compile("notice\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*\\.?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    // ---- enums ---------------------------------------------------------------------------

    @Test
    void everyEnumOfTheDomainAndTheServicesHasALabelInBothLanguages() throws Exception {
        List<Class<?>> enums = new ArrayList<>();
        for (String name : classNames(Role.class)) {
            addIfEnum(enums, name);
        }
        for (String name : classNames(ObjectiveService.class)) {
            if (!UNLABELLED.contains(name)) {
                addIfEnum(enums, name);
            }
        }
        assertTrue(enums.stream().anyMatch(e -> e.getSimpleName().equals("ObjectiveStatus")), "scan missed " + enums);
        assertTrue(enums.stream().anyMatch(e -> e.getSimpleName().equals("TaskKind")), "scan missed " + enums);
        assertTrue(enums.size() >= 19, "the scan found too few enums: " + enums);

        Properties english = resource("md/itpp/persistence/text/labels.properties");
        Properties romanian = resource("md/itpp/persistence/text/labels_ro.properties");
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String key = ServerTexts.labelKey((Enum<?>) constant);
                if (!english.containsKey(key)) {
                    missing.add(key + " (en)");
                }
                if (!romanian.containsKey(key)) {
                    missing.add(key + " (ro)");
                }
            }
        }
        assertTrue(missing.isEmpty(), "enum constants without a label: " + missing);
    }

    private static void addIfEnum(List<Class<?>> enums, String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name, false, KeyFamiliesTest.class.getClassLoader());
        // An enum constant with a body is a subclass of its enum: the enum itself is listed. An
        // exception's own enum chooses its message and is never shown by itself.
        Class<?> owner = type.getEnclosingClass();
        if (type.isEnum() && (owner == null || !BusinessException.class.isAssignableFrom(owner))) {
            enums.add(type);
        }
    }

    // ---- notices -------------------------------------------------------------------------

    /**
     * The notice keys the services write (in-app notifications, shown by the web module's
     * bundle): a full key must have a text in both languages; a key built from a prefix
     * ({@code notice.task.} + the task's kind) must have texts under that prefix.
     */
    @Test
    void everyNoticeTheServicesRaiseHasATextInBothLanguages() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (byte[] classFile : classFiles(ObjectiveService.class)) {
            keys.addAll(constants(classFile, NOTICE_KEY));
        }
        assertTrue(keys.contains("notice.consultation.opened"), "scan missed " + keys);
        Properties english = BundleCompletenessTest.load(BundleCompletenessTest.ENGLISH);
        Properties romanian = BundleCompletenessTest.load(BundleCompletenessTest.ROMANIAN);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (Properties bundle : List.of(english, romanian)) {
                boolean found = key.endsWith(".")
                        ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : bundle.containsKey(key);
                if (!found) {
                    missing.add(key + (bundle == english ? " (en)" : " (ro)"));
                }
            }
        }
        assertTrue(missing.isEmpty(), "notices without text: " + missing);
    }

    // ---- server bundles ------------------------------------------------------------------

    /**
     * Each server-side bundle says everything in both languages, with the same placeholders in
     * valid message formats; and every key a class of the bundle's package names (a string
     * constant of the bundle's key families, e.g. {@code mail.reminder.subject}) is in it.
     */
    @Test
    void everyServerBundleIsCompleteInBothLanguages() throws Exception {
        Map<String, String> bundles = serverBundles();
        assertTrue(bundles.containsKey("md/itpp/persistence/consultation/texts"), "scan missed " + bundles.keySet());
        assertTrue(bundles.containsKey("md/itpp/persistence/text/labels"), "scan missed " + bundles.keySet());
        List<String> problems = new ArrayList<>();
        for (String base : bundles.keySet()) {
            Properties english = resource(base + ".properties");
            Properties romanian = resource(base + "_ro.properties");
            if (!english.stringPropertyNames().equals(romanian.stringPropertyNames())) {
                Set<String> differ = new TreeSet<>(english.stringPropertyNames());
                differ.addAll(romanian.stringPropertyNames());
                differ.removeIf(k -> english.containsKey(k) && romanian.containsKey(k));
                problems.add(base + ": not in both languages " + differ);
            }
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String ro = romanian.getProperty(key, "");
                if (en.isBlank() || ro.isBlank()) {
                    problems.add(base + ": blank " + key);
                } else if (!placeholders(en).equals(placeholders(ro))) {
                    problems.add(base + ": placeholders differ in " + key);
                } else if (!placeholders(en).isEmpty() && !validFormat(en, ro)) {
                    problems.add(base + ": not a message format " + key);
                }
            }
            problems.addAll(keysNamedInPackage(base, english));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** String constants of the bundle's package that look like its keys, but are not among them. */
    private static List<String> keysNamedInPackage(String base, Properties bundle) throws Exception {
        String pkg = base.substring(0, base.lastIndexOf('/') + 1);
        Set<String> families = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.indexOf('.') > 0) {
                families.add(key.substring(0, key.indexOf('.')));
            }
        }
        families.remove("enum");
        families.remove("label");
        if (families.isEmpty()) {
            return List.of();
        }
        Pattern family = Pattern.compile("(" + String.join("|", families) + ")\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, byte[]> classFile : classFilesByName(ObjectiveService.class).entrySet()) {
            if (classFile.getKey().startsWith(pkg) && classFile.getKey().indexOf('/', pkg.length()) < 0) {
                for (String key : constants(classFile.getValue(), family)) {
                    if (!bundle.containsKey(key)) {
                        missing.add(base + ": " + classFile.getKey() + " names " + key + ", which has no text");
                    }
                }
            }
        }
        return missing;
    }

    // ---- duplicates ----------------------------------------------------------------------

    @Test
    void noBundleHoldsAKeyTwice() throws Exception {
        List<String> files = new ArrayList<>(List.of(BundleCompletenessTest.ENGLISH, BundleCompletenessTest.ROMANIAN,
                BundleCompletenessTest.ENGLISH_PLACEHOLDER));
        for (String base : serverBundles().keySet()) {
            files.add(base + ".properties");
            files.add(base + "_ro.properties");
        }
        List<String> duplicates = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = KeyFamiliesTest.class.getClassLoader().getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                duplicatedKeys(text).forEach(key -> duplicates.add(file + ": " + key));
            }
        }
        assertTrue(duplicates.isEmpty(), "keys written twice (the later text wins unseen): " + duplicates);
    }

    @Test
    void theDuplicateCheckFindsADuplicate() {
        String text = "# a comment\na=1\nb = 2\\\n  continued\n\n! other comment\nc:3\nb=again\n";
        assertEquals(List.of("b"), duplicatedKeys(text));
        assertTrue(duplicatedKeys("a=1\nb=2\n").isEmpty());
    }

    /** The keys written more than once, in the order of their second appearance (properties syntax). */
    static List<String> duplicatedKeys(String text) {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            boolean continued = false;
            while ((line = reader.readLine()) != null) {
                boolean wasContinued = continued;
                continued = endsWithOddBackslashes(line);
                String stripped = line.stripLeading();
                if (wasContinued || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                    continue;
                }
                Properties one = new Properties();
                one.load(new StringReader(stripped.endsWith("\\") ? stripped + "\n" : stripped));
                for (String key : one.stringPropertyNames()) {
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return twice;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    // ---- scanning ------------------------------------------------------------------------

    /** Base names (path without {@code .properties}) of the persistence module's bundles with a Romanian file. */
    private static Map<String, String> serverBundles() throws Exception {
        Map<String, String> bundles = new TreeMap<>();
        Set<String> names = entries(ObjectiveService.class).keySet();
        for (String name : names) {
            if (name.startsWith("md/itpp/persistence/") && name.endsWith("_ro.properties")) {
                String base = name.substring(0, name.length() - "_ro.properties".length());
                if (names.contains(base + ".properties")) {
                    bundles.put(base, base);
                }
            }
        }
        return bundles;
    }

    private static List<String> classNames(Class<?> module) throws Exception {
        return entries(module).keySet().stream()
                .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .toList();
    }

    private static List<byte[]> classFiles(Class<?> module) throws Exception {
        return List.copyOf(classFilesByName(module).values());
    }

    private static Map<String, byte[]> classFilesByName(Class<?> module) throws Exception {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        entries(module).forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.put(name, bytes);
            }
        });
        return classes;
    }

    /** Every file of the module (build output folder or jar) holding {@code module}, by path. */
    private static Map<String, byte[]> entries(Class<?> module) throws IOException, URISyntaxException {
        Path location = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    entries.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (var entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    /** The UTF-8 constants of a class file (JVMS 4.4) that match {@code pattern}. */
    static Set<String> constants(byte[] classFile, Pattern pattern) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
        Set<String> found = new TreeSet<>();
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    String value = in.readUTF();
                    if (pattern.matcher(value).matches()) {
                        found.add(value);
                    }
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return found;
    }

    private static Properties resource(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KeyFamiliesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertFalse(in == null, name + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static boolean validFormat(String... texts) {
        try {
            for (String text : texts) {
                new MessageFormat(text);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
