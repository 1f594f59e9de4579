package md.itpp.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundView;

/**
 * Consultation rounds: those the caller's institution is invited to (all for negotiators and
 * auditors), each with the comments the caller may read: a consultee's are their own
 * institution's, with the disposition once the synthesis is final.
 */
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ConsultationsResource {

    @EJB
    private ConsultationService consultation;

    @Schema(name = "RoundSummary")
    public record Summary(long id, String title, String state, Instant deadline, int objectives, int institutions,
                          int submitted) {
    }

    @Schema(name = "Comment")
    public record CommentItem(long id, long version, long objectiveId, String objectiveCode, String field, String type, String text,
                              String proposedWording, String status, String institution, String letterNumber,
                              LocalDate letterDate, String disposition, String justification) {
    }

    @Schema(name = "Round")
    public record Round(long id, long version, String title, String state, Instant deadline, Instant openedAt, Instant closedAt,
                        Instant finalizedAt, List<String> objectives, List<String> invitedInstitutions,
                        List<CommentItem> comments, int commentPage, int commentPageSize, long commentCount,
                        Map<String, String> commentLinks) {
    }

    @GET
    @Operation(summary = "The rounds the caller may see")
    public List<Summary> rounds() {
        return consultation.rounds().stream()
                .map(r -> new Summary(r.id(), r.title(), r.state().name(), r.deadline(), r.objectives(),
                        r.institutions(), r.submitted()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One round with one page of the comments the caller may read (?page=1&size=50,"
            + " at most 100 a page; links to the other pages in commentLinks)")
    @APIResponse(responseCode = "200", description = "The round; its ETag (weak) changes with the round's version"
            + " and with every comment, position and objective it shows",
            content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "404", description = "No such round, or not one the caller's institution is invited to",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response round(@PathParam("id") long id, @QueryParam("page") Integer page,
                          @QueryParam("size") Integer size, @Context UriInfo uri) {
        int commentPage = Paging.page(page);
        int pageSize = Paging.size(size);
        RoundView view = consultation.round(id, Paging.first(commentPage, pageSize), pageSize);
        Round round = round(view, commentPage, pageSize, Paging.links(uri, commentPage, pageSize, view.commentCount()));
        return Response.ok(round).tag(Versions.tag(round.version(), round)).build();
    }

    private static Round round(RoundView r, int page, int size, Map<String, String> links) {
        return new Round(r.id(), r.version(), r.title(), r.state().name(), r.deadline(), r.openedAt(), r.closedAt(), r.finalizedAt(),
                r.objectives().stream().map(RoundView.ObjectiveItem::code).toList(),
                r.invitations().stream().map(RoundView.InvitationItem::abbreviation).toList(),
                r.comments().stream().map(ConsultationsResource::comment).toList(), page, size, r.commentCount(),
                links);
    }

    private static CommentItem comment(RoundView.CommentItem c) {
        return new CommentItem(c.id(), c.version(), c.objectiveId(), c.objectiveCode(), c.field() == null ? null : c.field().name(),
                c.type() == null ? null : c.type().name(), c.text(), c.proposedWording(),
                c.status() == null ? null : c.status().name(), c.abbreviation(), c.letterNumber(), c.letterDate(),
                c.disposition() == null ? null : c.disposition().name(), c.justification());
    }
}
