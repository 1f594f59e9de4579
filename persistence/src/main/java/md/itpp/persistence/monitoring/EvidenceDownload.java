package md.itpp.persistence.monitoring;

/** An evidence file to send: its name, the media type its content was found to be, the bytes. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
