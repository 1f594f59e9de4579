package md.itpp.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.Objective;
import md.itpp.domain.objective.ObjectiveLevel;
import md.itpp.domain.objective.ObjectiveRevision;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.objective.RevisionSummary;
import md.itpp.persistence.approval.ApprovalRecord;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveQuery;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.ObjectiveSummary;
import md.itpp.persistence.objective.SaveResult;

/**
 * Objectives: the list (filtered and paged in the database, as the page does), one objective
 * with its ETag, its revisions with their SHA-256, its approval record, and the negotiator's
 * translation confirmation as a write guarded by If-Match. What a caller may see is the
 * services' decision: a consultee's request for another institution's objective answers 404.
 */
@Path("objectives")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Objectives")
@APIResponse(responseCode = "401", description = "No valid API token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class ObjectivesResource {

    @EJB
    private ObjectiveService objectives;

    @EJB
    private DraftingService drafting;

    @EJB
    private ApprovalService approval;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** A row of the list. */
    @Schema(name = "ObjectiveSummary")
    public record Item(long id, String code, ObjectiveLevel level, String titleEn, String titleRo,
                       String areaCode, String leadInstitution, ObjectiveStatus status, Instant updatedAt) {

        static Item of(ObjectiveSummary s) {
            return new Item(s.id(), s.code(), s.level(), s.titleEn(), s.titleRo(), s.areaCode(),
                    s.leadInstitution(), s.status(), s.updatedAt());
        }
    }

    /** A milestone of one year. */
    @Schema(name = "Milestone")
    public record MilestoneItem(int year, String descriptionEn, String descriptionRo) {
    }

    /** An indicator: baseline, target, unit and how it is verified. */
    @Schema(name = "Indicator")
    public record IndicatorItem(String nameEn, String nameRo, String baseline, String target, String unitEn,
                                String unitRo, String meansOfVerificationEn, String meansOfVerificationRo) {
    }

    /** One objective as its page shows it. {@code version} is also the response's ETag. */
    @Schema(name = "Objective")
    public record Detail(long id, long version, String code, ObjectiveLevel level, Long parentId,
                         String titleEn, String titleRo, String textEn, String textRo, String authoritativeLanguage,
                         boolean translationOutdated, String areaCode, String leadInstitution,
                         List<String> contributingInstitutions, String sourceInstrument, String priority,
                         String resources, String risks, String context, ObjectiveStatus status,
                         List<MilestoneItem> milestones, List<IndicatorItem> indicators,
                         Instant createdAt, Instant updatedAt) {

        static Detail of(Objective o) {
            return new Detail(o.getId(), o.getVersion(), o.getCode(), o.getLevel(),
                    o.getParent().map(Objective::getId).orElse(null), o.getTitleEn(), o.getTitleRo(),
                    o.getTextEn(), o.getTextRo(), o.getAuthoritativeLanguage().name(), o.isTranslationOutdated(),
                    o.getArea().getCode(), o.getLeadInstitution().getAbbreviation(),
                    o.getContributingInstitutions().stream().map(i -> i.getAbbreviation()).sorted().toList(),
                    o.getSourceInstrument() == null ? null : o.getSourceInstrument().name(),
                    o.getPriority() == null ? null : o.getPriority().name(),
                    o.getResources(), o.getRisks(), o.getContext(), o.getStatus(),
                    o.getMilestones().stream().map(ObjectivesResource::milestone).toList(),
                    o.getIndicators().stream().map(ObjectivesResource::indicator).toList(),
                    o.getCreatedAt(), o.getUpdatedAt());
        }
    }

    /** A revision: immutable, identified by its number and its content's SHA-256. */
    @Schema(name = "Revision")
    public record Revision(int number, String kind, String author, Instant createdAt, String sha256, String content) {
    }

    /** A decision of a reviewer or approver, bound to the revision it decided on. */
    @Schema(name = "Decision")
    public record DecisionItem(String kind, int stepNumber, String username, Instant decidedAt, int revisionNumber,
                               String revisionSha256, String reason, boolean stale) {
    }

    /** Where the objective stands in review and approval. */
    @Schema(name = "ApprovalRecord")
    public record Approval(int currentRevision, String currentSha256, String submissionState, Integer submittedRevision,
                           Instant dueAt, boolean awaitingApproval, List<DecisionItem> decisions) {

        static Approval of(ApprovalRecord r) {
            return new Approval(r.currentRevision(), r.currentSha256(),
                    r.submissionState() == null ? null : r.submissionState().name(), r.submittedRevision(), r.dueAt(),
                    r.awaitingApproval(), r.decisions().stream()
                            .map(d -> new DecisionItem(d.kind().name(), d.stepNumber(), d.username(), d.decidedAt(),
                                    d.revisionNumber(), d.revisionSha256(), d.reason(), d.stale()))
                            .toList());
        }
    }

    @GET
    @Operation(summary = "Objectives the caller may see, filtered and paged")
    @APIResponse(responseCode = "200", description = "One page of objectives, with links to the others",
            headers = @Header(name = "Link", description = "first, prev, next, last", schema = @Schema(type = SchemaType.STRING)))
    public Response list(@QueryParam("page") @Parameter(description = "Page number, from 1") Integer page,
                         @QueryParam("size") @Parameter(description = "Items per page, 1-100 (default 50)") Integer size,
                         @QueryParam("status") ObjectiveStatus status,
                         @QueryParam("level") ObjectiveLevel level,
                         @QueryParam("areaId") Long areaId,
                         @QueryParam("institutionId") @Parameter(description = "Led by or contributed to by this institution") Long institutionId,
                         @QueryParam("text") @Parameter(description = "Words in the code or either title") String text) {
        ObjectiveQuery query = new ObjectiveQuery();
        query.setStatus(status);
        query.setLevel(level);
        query.setAreaId(areaId);
        query.setInstitutionId(institutionId);
        query.setText(text);
        return Paging.page(uri, page, size, () -> objectives.count(query),
                (first, max) -> objectives.find(query, first, max), Item::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One objective, with its milestones and indicators")
    @APIResponse(responseCode = "200", description = "The objective; ETag is its version",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "No such objective, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response objective(@PathParam("id") long id) {
        Objective objective = objectives.getObjective(id);
        return Response.ok(Detail.of(objective)).tag(Versions.tag(objective.getVersion())).build();
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The objective's revisions, newest first, without their content")
    public Response revisions(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        // The service checks that the caller may see the objective, on each call.
        return Paging.page(uri, page, size, () -> drafting.countRevisions(id),
                (first, max) -> drafting.revisions(id, first, max), ObjectivesResource::revision);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision with its content (canonical JSON) and SHA-256")
    @APIResponse(responseCode = "200", description = "The revision; ETag is its SHA-256",
            content = @Content(schema = @Schema(implementation = Revision.class)))
    public Response revision(@PathParam("id") long id, @PathParam("number") int number) {
        ObjectiveRevision revision = drafting.getRevision(id, number);
        return Response.ok(new Revision(revision.getNumber(), revision.getKind().name(), revision.getAuthor(),
                        revision.getCreatedAt(), revision.getSha256(), revision.getSnapshot()))
                .tag(new jakarta.ws.rs.core.EntityTag(revision.getSha256()))
                .build();
    }

    @GET
    @Path("{id}/approval")
    @Operation(summary = "The approval record: submission, review steps and decisions, each bound to a revision's SHA-256")
    @APIResponse(responseCode = "200", description = "The approval record; its ETag (weak) changes with the current"
            + " revision and with every decision",
            content = @Content(schema = @Schema(implementation = Approval.class)))
    public Response approvalRecord(@PathParam("id") long id) {
        Approval record = Approval.of(approval.record(id));
        return Response.ok(record).tag(Versions.tag(record.currentRevision(), record)).build();
    }

    @POST
    @Path("{id}/translation-confirmation")
    @Operation(summary = "Confirm that the other language still says what the authoritative one says (negotiators)")
    @APIResponse(responseCode = "200", description = "Confirmed; the new version is returned, and as the ETag",
            content = @Content(schema = @Schema(implementation = Written.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response confirmTranslation(@PathParam("id") long id,
                                       @Parameter(in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
                                               name = "If-Match", required = true,
                                               description = "The ETag of the objective as last read")
                                       @jakarta.ws.rs.HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.expected(headers);
        SaveResult saved = drafting.confirmTranslation(id, expected, UUID.randomUUID().toString());
        return written(new Written(saved.objectiveId(), saved.version(), saved.changed() ? saved.revision() : null));
    }

    /**
     * What a write answers: the objective's version after it (also the ETag, for the next
     * If-Match) and the revision it wrote, if any. Read the objective again for the rest.
     */
    @Schema(name = "ObjectiveWritten")
    public record Written(long id, long version, Integer revision) {
    }

    private static Response written(Written written) {
        return Response.ok(written).tag(Versions.tag(written.version())).build();
    }

    /** What a submission says: the reason is required when the objective was not consulted on. */
    @Schema(name = "SubmissionRequest")
    public record SubmissionRequest(String reason) {
    }

    @POST
    @Path("{id}/submission")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the objective's latest revision for review and approval (negotiators)")
    @APIResponse(responseCode = "200", description = "Submitted; the new version is returned, and as the ETag",
            content = @Content(schema = @Schema(implementation = Written.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the objective's state",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") long id,
                           @Parameter(in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
                                   name = "If-Match", required = true, description = "The ETag of the objective as last read")
                           @jakarta.ws.rs.HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SubmissionRequest request) {
        long expected = Versions.expected(headers);
        long version = approval.submit(id, expected, request == null ? null : request.reason());
        return written(new Written(id, version, null));
    }

    private static MilestoneItem milestone(Milestone m) {
        return new MilestoneItem(m.getYear(), m.getDescriptionEn(), m.getDescriptionRo());
    }

    private static IndicatorItem indicator(Indicator i) {
        return new IndicatorItem(i.getNameEn(), i.getNameRo(), i.getBaseline(), i.getTarget(), i.getUnitEn(),
                i.getUnitRo(), i.getMeansOfVerificationEn(), i.getMeansOfVerificationRo());
    }

    private static Revision revision(RevisionSummary r) {
        return new Revision(r.number(), r.kind().name(), r.author(), r.createdAt(), r.sha256(), null);
    }
}
