package md.itpp.persistence.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCacheTest {

    @TempDir
    Path folder;

    private final AtomicInteger written = new AtomicInteger();

    private byte[] send(DocumentCache cache, String key, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cache.send(key, out, file -> {
            written.incrementAndGet();
            write(file, content);
        });
        return out.toByteArray();
    }

    private static void write(java.io.OutputStream out, String content) {
        try {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDocumentIsWrittenOnceAndThenCopiedFromItsFile() {
        DocumentCache cache = DocumentCache.in(folder);
        assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), send(cache, "doc-a", "first"));
        assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), send(cache, "doc-a", "what the writer would say now"));
        assertEquals(1, written.get(), "kept, not written again");
        assertArrayEquals("other".getBytes(StandardCharsets.UTF_8), send(cache, "doc-b", "other"));
        assertEquals(2, written.get());
    }

    @Test
    void aDocumentWrittenAheadIsSentWithoutBeingWrittenAgain() {
        DocumentCache cache = DocumentCache.in(folder);
        assertFalse(cache.holds("doc-a"));
        assertTrue(cache.prepare("doc-a", file -> {
            written.incrementAndGet();
            write(file, "ahead");
        }), "written ahead");
        assertFalse(cache.prepare("doc-a", file -> {
            throw new AssertionError("kept: not written again");
        }));
        assertTrue(cache.holds("doc-a"));
        assertArrayEquals("ahead".getBytes(StandardCharsets.UTF_8), send(cache, "doc-a", "what the writer would say now"));
        assertEquals(1, written.get());
    }

    @Test
    void aFailedWritingKeepsNothingAndTheNextAskWritesAgain() throws IOException {
        DocumentCache cache = DocumentCache.in(folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalStateException.class, () -> cache.send("doc-a", out, file -> {
            write(file, "half a document");
            throw new IllegalStateException("the layout failed");
        }));
        assertEquals(0, out.size(), "nothing sent");
        assertEquals(0, cache.size(), "nothing kept");
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "no partial file left");
        }
        assertArrayEquals("whole".getBytes(StandardCharsets.UTF_8), send(cache, "doc-a", "whole"));
    }

    @Test
    void theLeastRecentlySentAreRemovedBeyondTheLimit() throws IOException {
        DocumentCache cache = DocumentCache.in(folder);
        for (int i = 0; i < DocumentCache.MAX_FILES + 3; i++) {
            send(cache, "doc-" + i, "content " + i);
            // The file times are the removal order: keep them apart on coarse file systems.
            Files.setLastModifiedTime(folder.resolve("doc-" + i), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        assertEquals(DocumentCache.MAX_FILES, cache.size());
        int before = written.get();
        send(cache, "doc-0", "written again");
        assertEquals(before + 1, written.get(), "the oldest was removed");
        send(cache, "doc-" + (DocumentCache.MAX_FILES + 2), "kept");
        assertEquals(before + 1, written.get(), "the newest was kept");
    }

    @Test
    void whoAsksWhileADocumentIsBeingWrittenWaitsForItInsteadOfWritingItToo() throws Exception {
        DocumentCache cache = DocumentCache.in(folder);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(threads.submit(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                cache.send("doc-a", out, file -> {
                    written.incrementAndGet();
                    writing.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    write(file, "slow");
                });
                return out.toByteArray();
            }));
            writing.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                answers.add(threads.submit(() -> send(cache, "doc-a", "should not be written")));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<byte[]> answer : answers) {
                assertArrayEquals("slow".getBytes(StandardCharsets.UTF_8), answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, written.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aKeyIsAFileNameAndNothingElse() {
        DocumentCache cache = DocumentCache.in(folder);
        for (String key : List.of("../etc/passwd", "doc/a", "", "Doc-A", "doc a")) {
            assertThrows(IllegalArgumentException.class, () -> send(cache, key, "x"), key);
        }
    }

    @Test
    void aKeyNamesKindFormatLanguageAndDigest() {
        assertEquals("programme-pdf-en-0a1b", DocumentCache.key("programme", "pdf", "en", "0a1b"));
        // A hyphen or a capital in a part would make two documents' keys meet, or no file name.
        for (String[] parts : List.of(new String[] {"programme-pdf", "en", "x", "1"},
                new String[] {"synthesis", "PDF", "en", "1"}, new String[] {"synthesis", "pdf", "", "1"},
                new String[] {"synthesis", "pdf", "en", "../1"})) {
            assertThrows(IllegalArgumentException.class, () -> DocumentCache.key(parts[0], parts[1], parts[2], parts[3]),
                    String.join("|", parts));
        }
    }

    record Line(String title, String text) {
    }

    record Model(String name, List<Line> lines, Integer count) {
    }

    @Test
    void theDigestTellsContentsApartEvenWhenTheirTextsRunTogether() {
        Model model = new Model("P", List.of(new Line("A", "B")), 1);
        assertEquals(ContentDigest.sha256(model), ContentDigest.sha256(new Model("P", List.of(new Line("A", "B")), 1)));
        assertNotEquals(ContentDigest.sha256(model), ContentDigest.sha256(new Model("P", List.of(new Line("A", "C")), 1)));
        assertNotEquals(ContentDigest.sha256(model), ContentDigest.sha256(new Model("P", List.of(new Line("A", "B")), null)));
        assertNotEquals(ContentDigest.sha256(model), ContentDigest.sha256(new Model("P", List.of(), 1)));
        // The records' toString would make these two the same: "title=A, text=B, text=C".
        Line one = new Line("A, text=B", "C");
        Line two = new Line("A", "B, text=C");
        assertEquals(one.toString().replace("Line", ""), two.toString().replace("Line", ""));
        assertNotEquals(ContentDigest.sha256(one), ContentDigest.sha256(two));
        // Nor do a list's elements run into each other.
        assertNotEquals(ContentDigest.sha256(List.of("ab", "c")), ContentDigest.sha256(List.of("a", "bc")));
        // What has no one text for its content is refused, not hashed by whatever toString says.
        assertThrows(IllegalArgumentException.class, () -> ContentDigest.sha256(java.util.Map.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> ContentDigest.sha256(List.of(new Object())));
    }
}
