package md.itpp.persistence.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;

/** A document writer's output in memory, for tests that read the document back. */
public final class Written {

    private Written() {
    }

    /** What {@code writer} writes for {@code document}, e.g. {@code bytes(report, NationalReportPdf::write)}. */
    public static <T> byte[] bytes(T document, BiConsumer<T, OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(document, out);
        return out.toByteArray();
    }
}
