package md.itpp.web.monitoring;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.BusinessException;
import md.itpp.persistence.monitoring.EvidenceDownload;
import md.itpp.persistence.monitoring.MonitoringService;

/**
 * Downloads an evidence file: {@code /monitoring/evidence?id=N}. Always as an attachment, with
 * the type its content was found to be when it was attached and {@code nosniff}, so a browser
 * never renders it as something else (an HTML page, a script) in the application's origin. A
 * malformed id, a missing file and another institution's file are the same 404.
 */
@WebServlet("/monitoring/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload file;
        try {
            file = service.evidenceFile(id);
        } catch (EJBAccessException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, file.contentType(), file.fileName(), file.content());
    }

    /** Sends bytes as a download named {@code fileName}: attachment, the given type, no sniffing, no caching. */
    static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * {@code attachment} with the name twice: plain ASCII (anything else an underscore) for old
     * clients and RFC 5987 UTF-8 for the rest, so diacritics survive and no quote or line break
     * can reach the header.
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c < 0x7F && (Character.isLetterOrDigit(c) || " ._-()".indexOf(c) >= 0) ? c : '_');
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
