package md.itpp.web.objectives;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.objective.Language;
import md.itpp.persistence.programme.ProgrammeDocumentService;
import md.itpp.web.Download;

/**
 * Downloads the programme document: {@code /objectives/programme-document?format=docx|pdf&lang=en|ro}.
 * Under /objectives/*, so web.xml admits content readers only; the service then refuses
 * consultees, who read their institution's objectives but not the whole programme. The document
 * is streamed as it is written ({@link Download}).
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
        boolean pdf = "pdf".equals(format);
        Download.send(response, pdf ? "application/pdf" : DOCX, "itpp-programme-" + lang + "." + format,
                HttpServletResponse.SC_FORBIDDEN, out -> {
                    if (pdf) {
                        documents.pdf(language, out);
                    } else {
                        documents.docx(language, out);
                    }
                });
    }
}
