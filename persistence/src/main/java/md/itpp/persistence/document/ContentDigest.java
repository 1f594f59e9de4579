package md.itpp.persistence.document;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a document's model (records, lists and plain values: strings, numbers, enums,
 * flags, days and instants; anything else is refused): two models have the same digest only when every value in them is the same,
 * in the same place. Each value is written with its kind and length before it, so no text, however
 * it is made, can pass for the end of one field and the start of the next (as it could in the
 * records' {@code toString}). {@link DocumentCache} keeps a written document under it.
 */
public final class ContentDigest {

    private static final byte NULL = 0;
    private static final byte RECORD = 1;
    private static final byte LIST = 2;
    private static final byte VALUE = 3;

    private ContentDigest() {
    }

    /** Lowercase hexadecimal SHA-256 of {@code model}. */
    public static String sha256(Object model) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        add(digest, model);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update(NULL);
        } else if (value instanceof Record rec) {
            digest.update(RECORD);
            RecordComponent[] components = rec.getClass().getRecordComponents();
            addLength(digest, components.length);
            for (RecordComponent component : components) {
                add(digest, read(rec, component));
            }
        } else if (value instanceof List<?> list) {
            digest.update(LIST);
            addLength(digest, list.size());
            for (Object element : list) {
                add(digest, element);
            }
        } else if (isPlain(value)) {
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            digest.update(VALUE);
            addLength(digest, text.length);
            digest.update(text);
        } else {
            // A map, a set or an object of its own class has no one text to stand for its content.
            throw new IllegalArgumentException("Not a value a document's model is made of: " + value.getClass().getName());
        }
    }

    /** Values whose text is their whole content: strings, numbers, enums, flags, days and instants. */
    private static boolean isPlain(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof Boolean || value instanceof Character || value instanceof TemporalAccessor;
    }

    private static void addLength(MessageDigest digest, int length) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
    }

    private static Object read(Record rec, RecordComponent component) {
        try {
            return component.getAccessor().invoke(rec);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot read " + component.getName() + " of " + rec.getClass().getName(), e);
        }
    }
}
