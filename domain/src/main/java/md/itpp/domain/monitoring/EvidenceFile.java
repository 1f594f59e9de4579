package md.itpp.domain.monitoring;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import md.itpp.domain.Texts;
import md.itpp.domain.ValidationException;
import md.itpp.domain.consultation.Participant;
import md.itpp.domain.objective.Objective;

/**
 * A file attached to a progress report as evidence (a PDF, an office file, a picture): kept in
 * the database with its SHA-256, size and the type its content was found to be, which is the
 * only type it is ever served as. The lead institution attaches and removes files while the
 * report is open for its input; once submitted they are read-only like the rest of the report.
 */
@Entity
@Table(name = "monitoring_evidence")
@NamedQuery(name = EvidenceFile.LIST_FOR_REPORT,
        query = "select e.id, e.fileName, e.type, e.sizeBytes, e.sha256, e.uploadedBy, e.uploadedAt"
                + " from EvidenceFile e where e.report.id = :reportId order by e.id")
public class EvidenceFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code reportId}: id, name, type, size, SHA-256, who and when, without the content. */
    public static final String LIST_FOR_REPORT = "EvidenceFile.listForReport";

    public static final int NAME_MAX = 255;

    /** {0}: file name. */
    public static final String EMPTY = "error.monitoring.evidenceEmpty";
    /** {0}: file name, {1}: its size in MB, {2}: the limit in MB. */
    public static final String TOO_LARGE = "error.monitoring.evidenceTooLarge";
    /** {0}: file name. */
    public static final String UNKNOWN_TYPE = "error.monitoring.evidenceType";
    /** {0}: file name, {1}: the declared ending, {2}: the type of the content. */
    public static final String FALSE_EXTENSION = "error.monitoring.evidenceExtension";
    /** {0}: the longest name allowed. */
    public static final String BAD_NAME = "error.monitoring.evidenceName";

    private static final double MEGABYTE = 1024.0 * 1024.0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Column(name = "file_name", length = NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", length = 16, nullable = false, updatable = false)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", length = Objective.USERNAME_MAX, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    private EvidenceFile(ProgressReport report, String fileName, EvidenceType type, byte[] content, String uploadedBy,
                         Instant uploadedAt) {
        this.report = report;
        this.fileName = fileName;
        this.type = type;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * An expert or the focal point of the lead institution attaches a file while the report is
     * open for its input. Refused: an empty file, one over {@code maxBytes}, a content that is
     * none of the accepted types, and a name whose ending says another type than the content.
     */
    public static EvidenceFile attach(ProgressReport report, Participant author, String fileName, byte[] content,
                                      long maxBytes, Instant now) {
        report.checkEvidenceAuthor(author);
        String name = baseName(fileName);
        if (content == null || content.length == 0) {
            throw ValidationException.of("evidence", EMPTY, name);
        }
        if (content.length > maxBytes) {
            throw ValidationException.of("evidence", TOO_LARGE, name, megabytes(content.length),
                    megabytes(maxBytes));
        }
        EvidenceType found = EvidenceType.detect(content)
                .orElseThrow(() -> ValidationException.of("evidence", UNKNOWN_TYPE, name));
        EvidenceType declared = EvidenceType.declaredBy(name).orElse(null);
        if (declared != found) {
            int dot = name.lastIndexOf('.');
            throw ValidationException.of("evidence", FALSE_EXTENSION, name,
                    dot < 0 ? "" : name.substring(dot + 1), found.name());
        }
        return new EvidenceFile(report, name, found, content, author.username(), now);
    }

    /** Whether {@code participant} may remove this file now: as for attaching one. */
    public void checkRemovableBy(Participant participant) {
        report.checkEvidenceAuthor(participant);
    }

    /**
     * The name without any folder a browser sent along, trimmed; required, at most
     * {@link #NAME_MAX} characters and printable (it ends up in a download header).
     */
    static String baseName(String fileName) {
        String name = fileName == null ? null : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        name = Texts.trimToNull(name);
        if (name == null || name.length() > NAME_MAX || !Texts.isPrintable(name) || name.indexOf('\n') >= 0
                || name.indexOf('\t') >= 0 || name.indexOf('"') >= 0) {
            throw ValidationException.of("evidence", BAD_NAME, NAME_MAX);
        }
        return name;
    }

    /** Megabytes to one decimal, rounded up so that a file just over the limit never reads as equal. */
    private static double megabytes(long bytes) {
        return Math.ceil(bytes / MEGABYTE * 10) / 10;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public EvidenceType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** A copy of the stored bytes. */
    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String toString() {
        return "EvidenceFile[" + id + " " + type + " " + sizeBytes + " bytes]";
    }
}
