package md.itpp.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/**
 * The streamed download: headers before the first byte, the bytes as written, and a failure
 * before the first byte answered with an error status (nothing committed), after it thrown on.
 */
class DownloadTest {

    /** A response that records what the servlet does with it, in order. */
    static final class Recorded {
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> events = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        Integer error;
        String contentType;

        HttpServletResponse response() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    events.add("byte");
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    events.add("bytes");
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setContentType" -> {
                                contentType = (String) args[0];
                                events.add("type");
                            }
                            case "setHeader" -> {
                                headers.put((String) args[0], (String) args[1]);
                                events.add("header");
                            }
                            case "sendError" -> {
                                error = (Integer) args[0];
                                events.add("error");
                            }
                            case "getOutputStream" -> {
                                events.add("stream");
                                return stream;
                            }
                            case "isCommitted" -> {
                                return !body.toString().isEmpty();
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }
    }

    @Test
    void theHeadersComeBeforeTheFirstByteAndTheBytesAsWritten() throws IOException {
        Recorded r = new Recorded();
        Download.send(r.response(), "application/pdf", "itpp-programme-ro.pdf", 404, out -> {
            out.flush();
            out.write(new byte[] {'%', 'P'});
            out.write('D');
            out.write(new byte[] {'F'}, 0, 1);
            out.close();
        });
        assertArrayEquals("%PDF".getBytes(), r.body.toByteArray());
        assertEquals("application/pdf", r.contentType);
        assertEquals("attachment; filename=\"itpp-programme-ro.pdf\"", r.headers.get("Content-Disposition"));
        assertEquals("no-store", r.headers.get("Cache-Control"));
        assertNull(r.error);
        int stream = r.events.indexOf("stream");
        assertTrue(r.events.subList(0, stream).containsAll(List.of("type", "header")), "headers first: " + r.events);
        assertTrue(r.events.subList(stream, r.events.size()).stream().noneMatch(e -> e.equals("type") || e.equals("header")),
                "nothing set after the stream is opened: " + r.events);
    }

    @Test
    void aRefusalBeforeTheFirstByteIsTheStatusGivenWithoutTheDownloadsHeaders() throws IOException {
        Recorded r = new Recorded();
        Download.send(r.response(), "application/pdf", "x.pdf", 404, out -> {
            out.flush();
            throw new EJBAccessException("no");
        });
        assertEquals(404, r.error);
        assertTrue(r.headers.isEmpty(), "no attachment header on the error page: " + r.headers);
        assertEquals(List.of("error"), r.events);
    }

    @Test
    void anyOtherFailureBeforeTheFirstByteLeavesTheResponseUncommittedForTheServersErrorPage() {
        Recorded r = new Recorded();
        assertThrows(IllegalStateException.class, () -> Download.send(r.response(), "application/pdf", "x.pdf", 404,
                out -> {
                    throw new IllegalStateException("layout failed");
                }));
        assertTrue(r.events.isEmpty(), "nothing set, nothing written: " + r.events);
    }

    @Test
    void aFailureAfterTheFirstByteIsThrownOnSoTheResponseIsCutShort() {
        Recorded r = new Recorded();
        assertThrows(EJBAccessException.class, () -> Download.send(r.response(), "application/pdf", "x.pdf", 404, out -> {
            out.write('%');
            throw new EJBAccessException("late");
        }));
        assertNull(r.error);
        assertEquals("%", r.body.toString());
    }

    @Test
    void anEmptyDocumentStillGetsItsHeaders() throws IOException {
        Recorded r = new Recorded();
        Download.send(r.response(), "text/plain", "empty.txt", 404, out -> { });
        assertEquals("text/plain", r.contentType);
        assertEquals(0, r.body.size());
    }
}
