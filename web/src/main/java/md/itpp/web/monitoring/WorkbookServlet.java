package md.itpp.web.monitoring;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import md.itpp.domain.BusinessException;
import md.itpp.domain.monitoring.EvidenceType;
import md.itpp.domain.objective.Language;
import md.itpp.persistence.monitoring.MonitoringService;

/**
 * Downloads the workbook of the caller's institution's open reports in a period, to fill in
 * offline: {@code /monitoring/workbook?id=N&lang=ro|en}. Only consultees of an institution get
 * one (the service checks); anything else is a 404.
 */
@WebServlet("/monitoring/workbook")
public class WorkbookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.ofCode(lang).orElse(null);
        if (language == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes;
        try {
            bytes = service.workbook(id, language.locale());
        } catch (EJBAccessException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceServlet.send(response, EvidenceType.XLSX.contentType(), "itpp-reports-" + id + "-" + lang + ".xlsx",
                bytes);
    }
}
