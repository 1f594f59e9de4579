package md.itpp.persistence.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents already written, kept in a private folder of this node's temporary directory under a
 * key that names what they contain (the {@link ContentDigest} of their model, with format and
 * language): a document asked for again with the same content is copied from the file instead
 * of being laid out again (the programme's PDF of 5,000 objectives, or a full period's national
 * report, is seconds of two cores' work). The key is the content itself, so a change anywhere in what the document shows, on any
 * node, gives another key: nothing needs invalidating and nothing stale can be served. The
 * document keeps the time it was written, on its cover.
 * <p>
 * One writer per key: who asks for a document being written waits for it rather than writing it
 * too. At most {@link #MAX_FILES} documents are kept, the least recently sent removed first; the
 * folder is removed when the application stops.
 */
@ApplicationScoped
public class DocumentCache {

    /**
     * Documents kept: the programme's two formats in two languages, a period's national report in
     * three, and room for their next versions (at this data set's scale about 11 MB a PDF).
     */
    static final int MAX_FILES = 16;

    private static final Pattern KEY = Pattern.compile("[a-z0-9.-]{1,120}");
    /** A part of a {@link #key}: the hyphens are the key's own. */
    private static final Pattern PART = Pattern.compile("[a-z0-9.]{1,70}");

    /** One lock per key kept or being written; a removed document's lock goes with it. */
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private Path directory;

    @PostConstruct
    void open() {
        try {
            directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("itpp-documents-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("itpp-documents-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cache in {@code directory} (tests). */
    static DocumentCache in(Path directory) {
        DocumentCache cache = new DocumentCache();
        cache.directory = directory;
        return cache;
    }

    @PreDestroy
    void close() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // A temporary folder: left to the system's cleaning when it cannot be removed now.
        }
    }

    /**
     * The key of a document: what it is ({@code programme}, {@code national}, {@code synthesis}),
     * its format's file extension, its language's code and the {@link ContentDigest} of its model,
     * e.g. {@code programme-pdf-en-3fa2...}.
     *
     * @throws IllegalArgumentException when a part holds anything but lowercase letters, digits and dots
     */
    public static String key(String kind, String format, String language, String digest) {
        String key = String.join("-", kind, format, language, digest);
        for (String part : new String[] {kind, format, language, digest}) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("Not a part of a document key: " + part);
            }
        }
        return key;
    }

    /**
     * Copies the document kept under {@code key} to {@code out}, which stays open; when none is
     * kept, {@code writer} writes it first (to a file, then moved in place, so a failed or cut
     * writing keeps nothing).
     *
     * @param key lowercase letters, digits, dots and hyphens, as {@link #key} makes it
     */
    public void send(String key, OutputStream out, Consumer<OutputStream> writer) {
        Path file = file(key);
        try {
            for (int attempt = 1;; attempt++) {
                try (InputStream in = openOrWrite(key, file, writer)) {
                    in.transferTo(out);
                    return;
                } catch (NoSuchFileException e) {
                    // Removed for room between its writing and its opening: write it again, once.
                    if (attempt == 2) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a document is kept under {@code key}. */
    public boolean holds(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(directory.resolve(key));
    }

    /**
     * Writes the document of {@code key} with {@code writer} unless one is kept, and sends it
     * nowhere: a document written ahead, before anybody asks for it. Whoever asks for it while it
     * is being written waits for it, as for any document being written.
     *
     * @return whether it was written now (false: it was kept already)
     */
    public boolean prepare(String key, Consumer<OutputStream> writer) {
        boolean[] written = {false};
        try (InputStream in = openOrWrite(key, file(key), out -> {
            writer.accept(out);
            written[0] = true;
        })) {
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a document's key; a key that is not one is refused. */
    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key: " + key);
        }
        return directory.resolve(key);
    }

    private InputStream openOrWrite(String key, Path file, Consumer<OutputStream> writer) throws IOException {
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            if (Files.isRegularFile(file)) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            } else {
                Path part = Files.createTempFile(directory, key, ".part");
                try {
                    try (OutputStream partOut = new BufferedOutputStream(Files.newOutputStream(part))) {
                        writer.accept(partOut);
                    }
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
                makeRoom(file);
            }
            // Opened before the lock is let go: a file removed for room after this is still read
            // to its end (the system keeps an open file's content).
            return Files.newInputStream(file);
        }
    }

    /** Removes the least recently sent documents beyond {@link #MAX_FILES}, never {@code kept}. */
    private void makeRoom(Path kept) throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(directory)) {
            documents = files.filter(f -> !f.getFileName().toString().endsWith(".part") && !f.equals(kept))
                    .sorted(Comparator.comparing(DocumentCache::lastModified).reversed()).toList();
        }
        for (Path old : documents.subList(Math.min(documents.size(), MAX_FILES - 1), documents.size())) {
            Files.deleteIfExists(old);
            // At worst two requests then write that document at once, each to its own file.
            locks.remove(old.getFileName().toString());
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** How many documents are kept now (tests). */
    int size() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.filter(f -> !f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
