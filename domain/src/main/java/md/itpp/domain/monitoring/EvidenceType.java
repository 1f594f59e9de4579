package md.itpp.domain.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file a report accepts, each recognised by its content (its signature),
 * never by the name or the type the browser declared. Office files are ZIP archives: they are
 * told apart by the names in the archive's central directory, which is read without inflating
 * anything, so a compressed bomb costs nothing to check.
 */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg"));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    /** The end record (22 bytes) plus the longest archive comment. */
    private static final int END_SEARCH = 22 + 0xFFFF;

    private final String contentType;
    private final List<String> extensions;

    EvidenceType(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** The media type the file is served with. */
    public String contentType() {
        return contentType;
    }

    /** The file name endings (lower case, no dot) that declare this type. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's ending declares, if it is one of ours. */
    public static Optional<EvidenceType> declaredBy(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EvidenceType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type the content is, by its signature; empty for anything else. */
    public static Optional<EvidenceType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            List<String> names = zipEntryNames(content);
            if (names.contains("word/document.xml") && names.contains("[Content_Types].xml")) {
                return Optional.of(DOCX);
            }
            if (names.contains("xl/workbook.xml") && names.contains("[Content_Types].xml")) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The entry names of the archive's central directory; empty when it is not a well-formed one. */
    static List<String> zipEntryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - END_SEARCH); i--) {
            if (int32(zip, i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        List<String> names = new java.util.ArrayList<>();
        long at = offset;
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > end || int32(zip, (int) at) != DIRECTORY_ENTRY) {
                return List.of();
            }
            int position = (int) at;
            int nameLength = int16(zip, position + 28);
            int extraLength = int16(zip, position + 30);
            int commentLength = int16(zip, position + 32);
            if (position + 46L + nameLength > end) {
                return List.of();
            }
            names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
            at = position + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
