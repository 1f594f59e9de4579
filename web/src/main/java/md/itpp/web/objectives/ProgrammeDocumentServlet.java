package md.itpp.web.objectives;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.programme.ProgrammeDocumentService;

/**
 * Downloads the programme document: {@code /objectives/programme-document?format=docx|pdf&lang=en|ro}.
 * Under /objectives/*, so web.xml admits content readers only; the service then refuses
 * consultees, who read their institution's objectives but not the whole programme.
 */
@WebServlet("/objectives/programme-document")
public class ProgrammeDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    private ProgrammeDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        String lang = request.getParameter("lang");
        if (!("docx".equals(format) || "pdf".equals(format))
                || Arrays.stream(Language.values()).noneMatch(l -> l.code().equals(lang))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.of(Locale.forLanguageTag(lang));
        byte[] bytes;
        try {
            bytes = "pdf".equals(format) ? documents.pdf(language) : documents.docx(language);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("pdf".equals(format) ? "application/pdf" : DOCX);
        response.setHeader("Content-Disposition", "attachment; filename=\"itpp-programme-" + lang + "." + format + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
