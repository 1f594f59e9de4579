package md.itpp.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Milestone;
import md.itpp.domain.objective.ObjectiveContent;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.objective.ObjectiveDraft;

/**
 * An objective as the tests draft it through the services: a code, bilingual title and text
 * derived from it, the reference data by code, and rows only where a test asks for them. Each
 * setting returns the fixture, so a test names only what it is about:
 * <pre>
 * ObjectiveDraft draft = ObjectiveFixture.objective(code).area(areas, "SCI").lead(institutions, "STISC")
 *         .withMilestone().withIndicator().draft();
 * </pre>
 * Runs in the server too (added to the test deployment): it holds no container state.
 */
public final class ObjectiveFixture {

    private final String code;
    private Long areaId;
    private Long leadId;
    private final List<Long> contributorIds = new ArrayList<>();
    private String titleEn;
    private String titleRo;
    private String textEn = "Text.";
    private String textRo = "Text.";
    private SourceInstrument source = SourceInstrument.NEW;
    private Priority priority = Priority.HIGH;
    private String resources;
    private String risks;
    private String context;
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private ObjectiveFixture(String code) {
        this.code = code;
        this.titleEn = "Title " + code;
        this.titleRo = "Titlu " + code;
    }

    /** A strategic objective (or, created under a parent, a goal) with this code. */
    public static ObjectiveFixture objective(String code) {
        return new ObjectiveFixture(code);
    }

    /** The id of the cooperation area with this code, e.g. {@code SCI}. */
    public static long areaId(Collection<CooperationArea> areas, String code) {
        return areas.stream().filter(a -> a.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no area " + code)).getId();
    }

    /** The id of the institution with this code, e.g. {@code STISC}. */
    public static long institutionId(Collection<Institution> institutions, String code) {
        return institutions.stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no institution " + code)).getId();
    }

    public ObjectiveFixture area(Collection<CooperationArea> areas, String areaCode) {
        return area(areaId(areas, areaCode));
    }

    public ObjectiveFixture area(Long id) {
        this.areaId = id;
        return this;
    }

    public ObjectiveFixture lead(Collection<Institution> institutions, String institutionCode) {
        return lead(institutionId(institutions, institutionCode));
    }

    public ObjectiveFixture lead(Long id) {
        this.leadId = id;
        return this;
    }

    public ObjectiveFixture contributors(Collection<Institution> institutions, String... institutionCodes) {
        for (String institutionCode : institutionCodes) {
            contributorIds.add(institutionId(institutions, institutionCode));
        }
        return this;
    }

    public ObjectiveFixture title(String en, String ro) {
        this.titleEn = en;
        this.titleRo = ro;
        return this;
    }

    public ObjectiveFixture text(String en, String ro) {
        this.textEn = en;
        this.textRo = ro;
        return this;
    }

    public ObjectiveFixture source(SourceInstrument instrument) {
        this.source = instrument;
        return this;
    }

    public ObjectiveFixture priority(Priority value) {
        this.priority = value;
        return this;
    }

    /** Resources, risks and context, which the tests of complete objectives fill. */
    public ObjectiveFixture notes(String resourcesText, String risksText, String contextText) {
        this.resources = resourcesText;
        this.risks = risksText;
        this.context = contextText;
        return this;
    }

    public ObjectiveFixture milestone(int year, String descriptionEn, String descriptionRo) {
        milestones.add(new Milestone(year, descriptionEn, descriptionRo));
        return this;
    }

    /** The usual milestone: 2026, "Framework adopted". */
    public ObjectiveFixture withMilestone() {
        return milestone(2026, "Framework adopted", "Cadru adoptat");
    }

    public ObjectiveFixture indicator(String nameEn, String nameRo, String baseline, String target, String unit,
                                      String meansOfVerification) {
        indicators.add(new Indicator(nameEn, nameRo, baseline, target, unit, meansOfVerification));
        return this;
    }

    /** The usual indicator: responders, from 0 to 40 persons. */
    public ObjectiveFixture withIndicator() {
        return indicator("Responders", "Specialiști", "0", "40", "persons", "Annual report");
    }

    public ObjectiveContent content() {
        return new ObjectiveContent(titleEn, titleRo, textEn, textRo, Language.EN, source, priority,
                resources, risks, context);
    }

    /** What the editor would send for this objective. */
    public ObjectiveDraft draft() {
        return new ObjectiveDraft(code, areaId, content(), leadId, contributorIds, milestones, indicators);
    }
}
