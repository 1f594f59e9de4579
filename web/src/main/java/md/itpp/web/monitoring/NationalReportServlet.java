package md.itpp.web.monitoring;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.objective.Language;
import md.itpp.web.Download;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.ReportFormat;

/**
 * Downloads a period's national report or figures:
 * {@code /monitoring/national-report?id=N&format=docx|pdf|xlsx&lang=ro|en}. Under /monitoring/*,
 * so web.xml admits negotiators, consultees and auditors; the service then refuses consultees.
 * Anything malformed or refused is a 404, so nobody learns which periods exist. The document is
 * streamed as it is written ({@link Download}).
 */
@WebServlet("/monitoring/national-report")
public class NationalReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        String lang = request.getParameter("lang");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFormat chosen = "docx".equals(format) ? ReportFormat.DOCX : "pdf".equals(format) ? ReportFormat.PDF
                : "xlsx".equals(format) ? ReportFormat.XLSX : null;
        Language language = Language.ofCode(lang).orElse(null);
        if (chosen == null || language == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download.send(response, chosen.contentType(), "itpp-progress-" + id + "-" + lang + "." + chosen.extension(),
                HttpServletResponse.SC_NOT_FOUND, out -> service.nationalReport(id, chosen, language, out));
    }
}
