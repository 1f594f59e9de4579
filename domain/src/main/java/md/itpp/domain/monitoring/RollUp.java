package md.itpp.domain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import md.itpp.domain.ValidationException;
import md.itpp.domain.objective.Indicator;
import md.itpp.domain.objective.Objective;

/**
 * How reports add up to progress figures, in percent (0-100):
 * <ul>
 * <li>a milestone counts its status's share ({@link MilestoneStatus#percent()}); a cancelled one
 * does not count;</li>
 * <li>an indicator counts how far its value went from the baseline to the target, capped at
 * 0 and 100 (also for targets below the baseline); one without a value, or with a qualitative
 * baseline or target, does not count;</li>
 * <li>an objective's own figure is the weighted mean of what counts among its milestones and
 * indicators (weight 1 each unless a negotiator changed it; 0 leaves an item out);</li>
 * <li>a strategic objective's figure is the mean of its goals' figures; goals with nothing that
 * counts (empty goals) are left out, and with no goal figure at all its own figure is used;</li>
 * <li>an area's figure is the mean of its strategic objectives (and of goals reported without
 * their strategic objective); an institution's the mean of the objectives it reports on;</li>
 * <li>a negotiator's override replaces an objective's figure, and that is what rolls up.</li>
 * </ul>
 * Nothing that counts gives no figure (shown as "no data"), never 0.
 */
public final class RollUp {

    public static final int DEFAULT_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    /** {0}: the indicator's number. The value must be a number because its baseline and target are. */
    public static final String NOT_A_NUMBER = "error.monitoring.notANumber";
    /** {0}: field, {1}: lowest, {2}: highest. */
    public static final String OUT_OF_RANGE = "error.monitoring.outOfRange";

    /** A number, with either decimal separator, optionally followed by a percent sign. */
    private static final Pattern NUMBER = Pattern.compile("([-+]?\\d{1,15})(?:[.,](\\d{1,9}))?\\s*%?");

    private RollUp() {
    }

    /** A figure: the value shown, and whether a negotiator set it by hand (with the computed one). */
    public record Figure(Double value, Double computed, boolean overridden, String reason) {

        static final Figure NONE = new Figure(null, null, false, null);

        static Figure computed(OptionalDouble value) {
            return value.isPresent() ? new Figure(value.getAsDouble(), value.getAsDouble(), false, null) : NONE;
        }

        public boolean isPresent() {
            return value != null;
        }

        /** The value rounded to one decimal, as the documents print it; empty without data. */
        public String formatted() {
            return value == null ? "" : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** Every figure of a period: by objective code, area code and institution code. */
    public record Figures(Map<String, Figure> byObjective, Map<String, Figure> byArea,
                          Map<String, Figure> byInstitution, Figure overall) {

        public Figure objective(String code) {
            return byObjective.getOrDefault(code, Figure.NONE);
        }

        public Figure area(String code) {
            return byArea.getOrDefault(code, Figure.NONE);
        }

        public Figure institution(String code) {
            return byInstitution.getOrDefault(code, Figure.NONE);
        }
    }

    /** The figures of a period's reports. */
    public static Figures of(Collection<ProgressReport> reports) {
        Map<String, ProgressReport> byCode = new LinkedHashMap<>();
        Map<String, List<ProgressReport>> goalsOf = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            byCode.put(report.getObjective().getCode(), report);
        }
        for (ProgressReport report : reports) {
            report.getObjective().getParent().map(Objective::getCode).filter(byCode::containsKey)
                    .ifPresent(parent -> goalsOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(report));
        }
        Map<String, Figure> objectives = new TreeMap<>();
        for (ProgressReport report : reports) {
            Objective objective = report.getObjective();
            if (objective.getParent().isEmpty() || !byCode.containsKey(objective.getParent().get().getCode())) {
                objectives.put(objective.getCode(), figure(report, goalsOf.getOrDefault(objective.getCode(), List.of()),
                        objectives));
            }
        }
        Map<String, List<Double>> areas = new TreeMap<>();
        for (ProgressReport report : reports) {
            Objective objective = report.getObjective();
            boolean topLevel = objective.getParent().isEmpty()
                    || !byCode.containsKey(objective.getParent().get().getCode());
            Figure figure = objectives.get(objective.getCode());
            areas.computeIfAbsent(objective.getArea().getCode(), a -> new ArrayList<>());
            if (topLevel && figure.isPresent()) {
                areas.get(objective.getArea().getCode()).add(figure.value());
            }
        }
        Map<String, List<Double>> institutions = new TreeMap<>();
        for (ProgressReport report : reports) {
            Figure figure = objectives.get(report.getObjective().getCode());
            List<Double> values = institutions.computeIfAbsent(report.getInstitution().getCode(), i -> new ArrayList<>());
            if (figure.isPresent()) {
                values.add(figure.value());
            }
        }
        Map<String, Figure> areaFigures = means(areas);
        List<Double> areaValues = areaFigures.values().stream().filter(Figure::isPresent).map(Figure::value).toList();
        return new Figures(Collections.unmodifiableMap(objectives), areaFigures, means(institutions),
                Figure.computed(mean(areaValues)));
    }

    /** A top-level objective's figure, after its goals' (which it puts into {@code out}). */
    private static Figure figure(ProgressReport report, List<ProgressReport> goals, Map<String, Figure> out) {
        List<Double> goalValues = new ArrayList<>();
        for (ProgressReport goal : goals) {
            Figure goalFigure = withOverride(goal, own(goal));
            out.put(goal.getObjective().getCode(), goalFigure);
            if (goalFigure.isPresent()) {
                goalValues.add(goalFigure.value());
            }
        }
        OptionalDouble computed = goalValues.isEmpty() ? own(report) : mean(goalValues);
        return withOverride(report, computed);
    }

    private static Figure withOverride(ProgressReport report, OptionalDouble computed) {
        Optional<Double> override = report.getOverridePercent();
        if (override.isPresent()) {
            return new Figure(override.get(), computed.isPresent() ? computed.getAsDouble() : null, true,
                    report.getOverrideReason().orElse(""));
        }
        return Figure.computed(computed);
    }

    /** The weighted mean of what counts among the report's own milestones and indicators. */
    public static OptionalDouble own(ProgressReport report) {
        double sum = 0;
        double weights = 0;
        for (MilestoneProgress m : report.getMilestones()) {
            OptionalDouble percent = m.getStatus().percent();
            if (percent.isPresent() && m.getWeight() > 0) {
                sum += percent.getAsDouble() * m.getWeight();
                weights += m.getWeight();
            }
        }
        List<Indicator> definitions = report.getObjective().getIndicators();
        for (IndicatorProgress i : report.getIndicators()) {
            if (i.getIndicatorIndex() >= definitions.size() || i.getWeight() <= 0) {
                continue;
            }
            Indicator definition = definitions.get(i.getIndicatorIndex());
            OptionalDouble percent = indicatorPercent(definition.getBaseline(), definition.getTarget(),
                    i.getValueReached());
            if (percent.isPresent()) {
                sum += percent.getAsDouble() * i.getWeight();
                weights += i.getWeight();
            }
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weights);
    }

    /** How far the value went from the baseline to the target, 0-100; empty when not all are numbers. */
    public static OptionalDouble indicatorPercent(String baseline, String target, String value) {
        Optional<BigDecimal> b = number(baseline);
        Optional<BigDecimal> t = number(target);
        Optional<BigDecimal> v = number(value);
        if (b.isEmpty() || t.isEmpty() || v.isEmpty()) {
            return OptionalDouble.empty();
        }
        double span = t.get().subtract(b.get()).doubleValue();
        if (span == 0) {
            return OptionalDouble.of(v.get().compareTo(t.get()) >= 0 ? 100 : 0);
        }
        double share = v.get().subtract(b.get()).doubleValue() / span * 100;
        return OptionalDouble.of(Math.max(0, Math.min(100, share)));
    }

    /** The text as a number ({@code 12}, {@code 12.5}, {@code 12,5}, {@code 40 %}), if it is one. */
    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2)));
    }

    static int checkWeight(int weight) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new ValidationException(OUT_OF_RANGE, "weight", 0, MAX_WEIGHT);
        }
        return weight;
    }

    private static Map<String, Figure> means(Map<String, List<Double>> values) {
        Map<String, Figure> figures = new TreeMap<>();
        values.forEach((key, list) -> figures.put(key, Figure.computed(mean(list))));
        return Collections.unmodifiableMap(figures);
    }

    private static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
