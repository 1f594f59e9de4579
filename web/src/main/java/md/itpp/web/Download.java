package md.itpp.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.BusinessException;

/**
 * A document streamed to the browser as it is written, rather than built as one byte array and
 * then copied: the servlets of the programme document and the national report share it.
 *
 * <p>The download's headers (type, attachment name, no caching) are set when the first byte is
 * written, so until then nothing is committed and a failure still gets its error page: a refusal
 * ({@link EJBAccessException}, {@link BusinessException}) the status given (404 where nobody
 * should learn what exists), anything else the server's 500. A failure after the first byte
 * can no longer change the status; it is thrown on, and the server cuts the response short, so
 * the browser does not keep a truncated file as complete.
 */
public final class Download {

    /** What writes the document. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Download() {
    }

    /**
     * Streams {@code body} as an attachment of {@code contentType} named {@code fileName} (ASCII,
     * as the callers make it); a refusal before the first byte answers {@code refusedStatus}.
     */
    public static void send(HttpServletResponse response, String contentType, String fileName, int refusedStatus,
                            Body body) throws IOException {
        Started out = new Started(response, contentType, fileName);
        try {
            body.writeTo(out);
        } catch (EJBAccessException | BusinessException e) {
            if (out.started) {
                throw e;
            }
            response.sendError(refusedStatus);
            return;
        }
        out.finish();
    }

    /** The response's stream, opened (headers set) at the first byte. */
    static final class Started extends OutputStream {

        private final HttpServletResponse response;
        private final String contentType;
        private final String fileName;
        private OutputStream out;
        boolean started;

        Started(HttpServletResponse response, String contentType, String fileName) {
            this.response = response;
            this.contentType = contentType;
            this.fileName = fileName;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                started = true;
                response.setContentType(contentType);
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("X-Content-Type-Options", "nosniff");
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                out().write(bytes, offset, length);
            }
        }

        /** Flushes what was written; before the first byte there is nothing to send, and nothing is committed. */
        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        /** Writers may close what they are given: the response is finished by {@link #finish()}. */
        @Override
        public void close() throws IOException {
            flush();
        }

        /** An empty document still gets its headers. */
        void finish() throws IOException {
            out().flush();
        }
    }
}
