package md.itpp.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import md.itpp.domain.monitoring.ReportDraft;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.monitoring.PeriodSummary;
import md.itpp.persistence.monitoring.PeriodView;
import md.itpp.persistence.monitoring.ReportView;

/**
 * The monitoring periods and their progress reports, as the monitoring pages show them to the
 * caller: the very views {@link MonitoringService} builds for those pages (a consultee sees only
 * the reports its institution leads or contributes to, and another institution's report by id
 * answers 404). The lead institution's experts and focal point save a report's draft, and the
 * focal point submits it, through the service methods the report page calls, audited alike.
 */
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Monitoring")
@APIResponse(responseCode = "401", description = "No valid API token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's roles do not reach monitoring, or not this change",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class MonitoringResource {

    @EJB
    private MonitoringService monitoring;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("periods")
    @Operation(operationId = "monitoringPeriods",
            summary = "The reporting periods; a consultee's counts are of its own institution's reports")
    @APIResponse(responseCode = "200", description = "Every period, newest first")
    public List<PeriodSummary> periods() {
        return monitoring.periods();
    }

    @GET
    @Path("periods/{id}")
    @Operation(operationId = "monitoringPeriod",
            summary = "One period with one page of the reports the caller may see (?page=1&size=50, at most 100"
                    + " a page; reportCount counts them all, the Link header names the other pages), and"
                    + " (negotiators, auditors) its figures")
    @APIResponse(responseCode = "200", description = "The period; its ETag (weak) changes with the period's version"
            + " and with every report row it shows",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "404", description = "No such period",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response period(@PathParam("id") long id, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size, @Context UriInfo uri) {
        int reportPage = Paging.page(page);
        int pageSize = Paging.size(size);
        PeriodView period = monitoring.period(id, Paging.first(reportPage, pageSize), pageSize);
        Response.ResponseBuilder response = Response.ok(period).tag(Versions.tag(period.version(), period));
        Paging.links(uri, reportPage, pageSize, period.reportCount())
                .forEach((rel, href) -> response.links(Link.fromUri(href).rel(rel).build()));
        return response.build();
    }

    @GET
    @Path("reports/{id}")
    @Operation(operationId = "progressReport",
            summary = "One progress report: milestones, indicators, narrative, inputs, figure, and what the caller may do")
    @APIResponse(responseCode = "200", description = "The report; ETag is its version",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller's institution takes part in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id) {
        return report(monitoring.report(id));
    }

    @PUT
    @Path("reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveProgressReportDraft",
            summary = "Save the report's draft (experts and focal point of the lead institution)",
            description = "The narrative in both languages, a status and comment per milestone and a value per"
                    + " indicator, in the objective's order, as the report page saves them.")
    @APIResponse(responseCode = "200", description = "Saved; the report is returned with its new ETag",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A value the report refuses",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller's institution takes part in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the report's or the period's state, or not for"
            + " the caller's institution",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response saveDraft(@PathParam("id") long id,
                              @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
                                      description = "The ETag of the report as last read")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              ReportDraft draft) {
        long expected = Versions.expected(headers);
        return report(monitoring.saveDraft(id, expected, draft));
    }

    @POST
    @Path("reports/{id}/submission")
    @Operation(operationId = "submitProgressReport",
            summary = "Submit the report as saved (the lead institution's focal point); read-only from then on")
    @APIResponse(responseCode = "200", description = "Submitted; the report is returned with its new ETag",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller's institution takes part in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the report's state, incomplete, or the caller is"
            + " not the lead institution's focal point",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") long id,
                           @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
                                   description = "The ETag of the report as last read")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.expected(headers);
        return report(monitoring.submit(id, expected));
    }

    private static Response report(ReportView report) {
        return Response.ok(report).tag(Versions.tag(report.version())).build();
    }
}
