package md.itpp.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import md.itpp.domain.reference.Programme;
import md.itpp.persistence.reference.ReferenceService;

/** The programme, its cooperation areas and the institutions: what the other resources' ids mean. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reference data")
public class ReferenceResource {

    @EJB
    private ReferenceService reference;

    @Schema(name = "Programme")
    public record ProgrammeItem(long id, String code, String titleEn, String titleRo, int startYear, int endYear) {
    }

    @Schema(name = "CooperationArea")
    public record AreaItem(long id, String code, String nameEn, String nameRo, int sortOrder) {
    }

    @Schema(name = "Institution")
    public record InstitutionItem(long id, String code, String abbreviation, String nameEn, String nameRo) {
    }

    @GET
    @Path("programme")
    @Operation(summary = "The programme: ITPP Moldova-NATO 2025-2028")
    public ProgrammeItem programme() {
        Programme p = reference.programme();
        return new ProgrammeItem(p.getId(), p.getCode(), p.getTitleEn(), p.getTitleRo(), p.getStartYear(), p.getEndYear());
    }

    @GET
    @Path("areas")
    @Operation(summary = "The cooperation areas, in programme order")
    public List<AreaItem> areas() {
        return reference.areas().stream()
                .map(a -> new AreaItem(a.getId(), a.getCode(), a.getNameEn(), a.getNameRo(), a.getSortOrder()))
                .toList();
    }

    @GET
    @Path("institutions")
    @Operation(summary = "The institutions that lead or contribute to objectives")
    public List<InstitutionItem> institutions() {
        return reference.institutions().stream()
                .map(i -> new InstitutionItem(i.getId(), i.getCode(), i.getAbbreviation(), i.getNameEn(), i.getNameRo()))
                .toList();
    }
}
