package md.itpp.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import md.itpp.domain.audit.AuditEvent;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;

/**
 * The audit trail, filtered and paged like its page, newest first, with each event's hash and
 * its predecessor's, so that a program can check the chain itself. The service admits auditors
 * (and IT administrators, as the page does).
 */
@Path("audit/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit trail")
public class AuditResource {

    @EJB
    private AuditService audit;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Schema(name = "AuditEvent")
    public record Event(long number, Instant occurredAt, String actor, String action, String objectType,
                        String objectId, String before, String after, String previousHash, String hash) {

        static Event of(AuditEvent e) {
            return new Event(e.getNumber(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getObjectType(),
                    e.getObjectId(), e.getBefore(), e.getAfter(), e.getPreviousHash(), e.getHash());
        }
    }

    @GET
    @Operation(summary = "Audit events, newest first (auditors)")
    public Response events(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                           @QueryParam("from") @Parameter(description = "First day, UTC (yyyy-mm-dd)") String from,
                           @QueryParam("to") @Parameter(description = "Last day, UTC (yyyy-mm-dd)") String to,
                           @QueryParam("actor") String actor,
                           @QueryParam("action") @Parameter(description = "Action, or its beginning (e.g. objective.)") String action,
                           @QueryParam("objectType") String objectType,
                           @QueryParam("objectId") String objectId) {
        AuditFilter filter = new AuditFilter(day(from, 0), day(to, 1), blankToNull(actor), blankToNull(action),
                blankToNull(objectType), blankToNull(objectId));
        // The total and the rows in one call and transaction (as on the audit page), so that an
        // event recorded in between cannot make the page and its links disagree.
        int pageNumber = Paging.page(page);
        int pageSize = Paging.size(size);
        AuditService.Page read = audit.page(filter, Paging.first(pageNumber, pageSize), pageSize);
        return Paging.response(uri, read.events().stream().map(Event::of).toList(), pageNumber, pageSize,
                read.total());
    }

    /** The start of the day, or of the next one for an inclusive end. */
    private Instant day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            Locale locale = ApiLocale.of(headers);
            throw new WebApplicationException(Problem.response(400, "invalid",
                    Problem.text(locale, "error.api.date", text), null));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
