package md.itpp.domain.monitoring;

import java.io.StringWriter;
import java.util.Comparator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

import md.itpp.domain.objective.ObjectiveSnapshot;

/**
 * The canonical JSON of a whole period (fixed member order, reports by objective code, inputs
 * by institution code, figures to one decimal), so that the same content always gives the same
 * SHA-256.
 */
public final class PeriodSnapshot {

    private PeriodSnapshot() {
    }

    public static String toJson(ReportingPeriod period) {
        RollUp.Figures figures = period.figures();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        period.getReports().stream().sorted(Comparator.comparing(r -> r.getObjective().getCode())).forEach(r -> {
            JsonArrayBuilder milestones = Json.createArrayBuilder();
            r.getMilestones().forEach(m -> milestones.add(Json.createObjectBuilder()
                    .add("index", m.getMilestoneIndex()).add("status", m.getStatus().name())
                    .add("comment", m.getComment()).add("weight", m.getWeight())));
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            r.getIndicators().forEach(i -> indicators.add(Json.createObjectBuilder()
                    .add("index", i.getIndicatorIndex()).add("value", i.getValueReached())
                    .add("weight", i.getWeight())));
            JsonArrayBuilder inputs = Json.createArrayBuilder();
            r.getInputs().stream().sorted(Comparator.comparing(i -> i.getInstitution().getCode()))
                    .forEach(i -> inputs.add(Json.createObjectBuilder()
                            .add("institution", i.getInstitution().getCode()).add("text", i.getText())
                            .add("author", i.getAuthor())));
            RollUp.Figure figure = figures.objective(r.getObjective().getCode());
            reports.add(Json.createObjectBuilder()
                    .add("objective", r.getObjective().getCode())
                    .add("institution", r.getInstitution().getCode())
                    .add("state", r.getState().name())
                    .add("narrativeRo", r.getNarrativeRo())
                    .add("narrativeEn", r.getNarrativeEn())
                    .add("milestones", milestones)
                    .add("indicators", indicators)
                    .add("inputs", inputs)
                    .add("override", r.getOverridePercent().map(p -> RollUp.Figure.computed(
                            java.util.OptionalDouble.of(p)).formatted()).orElse(""))
                    .add("overrideReason", r.getOverrideReason().orElse(""))
                    .add("submittedBy", r.getSubmittedBy().orElse(""))
                    .add("submittedAt", r.getSubmittedAt().map(Object::toString).orElse(""))
                    .add("acceptedBy", r.getAcceptedBy().orElse(""))
                    .add("progress", figure.formatted()));
        });
        JsonObjectBuilder areas = Json.createObjectBuilder();
        figures.byArea().forEach((code, f) -> areas.add(code, f.formatted()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("programme", period.getProgramme().getCode())
                .add("title", period.getTitle())
                .add("year", period.getYear())
                .add("institutionsDeadline", period.getInstitutionsDeadline().toString())
                .add("consolidationDeadline", period.getConsolidationDeadline().toString())
                .add("reports", reports)
                .add("areas", areas)
                .add("overall", figures.overall().formatted());
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toString();
    }

    public static String sha256(String json) {
        return ObjectiveSnapshot.sha256(json);
    }
}
