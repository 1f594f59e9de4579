package md.itpp.web.consultation;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.SynthesisFormat;
import md.itpp.domain.Bilingual;
import md.itpp.web.Download;

/**
 * {@code GET /consultation/synthesis?id=N&format=docx|pdf|xlsx&lang=ro|en}: the round's
 * comment-resolution table as a document. web.xml admits negotiators and auditors; the service
 * checks again. Anything wrong answers 404 without saying why.
 */
@WebServlet("/consultation/synthesis")
public class SynthesisDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsultationService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        SynthesisFormat format;
        try {
            id = Long.parseLong(request.getParameter("id"));
            format = SynthesisFormat.valueOf(String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Romanian unless English is asked for: the table is a Romanian ministry's document.
        Locale locale = Bilingual.ENGLISH_CODE.equals(request.getParameter("lang")) ? Locale.ENGLISH : Bilingual.ROMANIAN;
        Download.send(response, format.contentType(), "sinteza-runda-" + id + "." + format.extension(),
                HttpServletResponse.SC_NOT_FOUND, out -> service.export(id, format, locale, out));
    }
}
