package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stopping criteria and strategy modifiers as named values, by the names of their configuration keys (below
 * {@code lottery.stopping-criteria.<tier>.} and {@code lottery.generation.strategy-defaults.<strategy>.}), and the
 * rules every set of them must keep. The service checks the settings it starts with and every change an operator makes
 * at run time by these same rules.
 */
public final class SettingsRules {

    /** A change named a value that does not exist, gave a fraction where a whole number belongs, or broke a rule. */
    public static final class InvalidSettingsException extends RuntimeException {

        private final List<String> problems;

        public InvalidSettingsException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final double WEIGHT_SUM_TOLERANCE = 1e-9;
    /** Values from 0 to 1, as the configuration's @DecimalMax("1") says. */
    private static final List<String> SHARES = List.of("pattern-grouping.hot-coverage-minimum",
            "pattern-grouping.warm-coverage-maximum", "pattern-grouping.cold-coverage-maximum",
            "pattern-grouping.diversity-maximum-single-pattern", "traditional.optimization-score-minimum",
            "traditional.hot-number-coverage-minimum", "traditional.diversity-balance-minimum",
            "traditional.diversity-balance-maximum", "meta.minimum-quality-gate");
    private static final List<String> WHOLE = List.of("pattern-grouping.diversity-minimum-unique-hot",
            "meta.max-attempts-base", "meta.timeout-ms-base", "meta.stall-threshold", "meta.moves-per-attempt");

    private SettingsRules() {
    }

    /** The criteria's values by key, in the order of the configuration. */
    public static Map<String, Number> values(BaseCriteria c) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("pattern-grouping.hot-coverage-minimum", c.hotCoverageMinimum());
        values.put("pattern-grouping.hot-coverage-weight", c.hotCoverageWeight());
        values.put("pattern-grouping.warm-coverage-maximum", c.warmCoverageMaximum());
        values.put("pattern-grouping.warm-coverage-weight", c.warmCoverageWeight());
        values.put("pattern-grouping.cold-coverage-maximum", c.coldCoverageMaximum());
        values.put("pattern-grouping.cold-coverage-weight", c.coldCoverageWeight());
        values.put("pattern-grouping.diversity-minimum-unique-hot", c.minimumUniqueHot());
        values.put("pattern-grouping.diversity-maximum-single-pattern", c.maximumSinglePatternShare());
        values.put("pattern-grouping.diversity-weight", c.diversityWeight());
        values.put("pattern-grouping.efficiency-minimum", c.efficiencyMinimum());
        values.put("pattern-grouping.efficiency-weight", c.efficiencyWeight());
        values.put("traditional.optimization-score-minimum", c.optimizationScoreMinimum());
        values.put("traditional.hot-number-coverage-minimum", c.hotNumberCoverageMinimum());
        values.put("traditional.diversity-balance-minimum", c.diversityBalanceMinimum());
        values.put("traditional.diversity-balance-maximum", c.diversityBalanceMaximum());
        values.put("traditional.diversity-balance-weight", c.diversityBalanceWeight());
        values.put("meta.max-attempts-base", c.maxAttemptsBase());
        values.put("meta.timeout-ms-base", c.timeoutMsBase());
        values.put("meta.stall-threshold", c.stallThreshold());
        values.put("meta.minimum-quality-gate", c.minimumQualityGate());
        values.put("meta.moves-per-attempt", c.movesPerAttempt());
        values.put("score-weights.pattern", c.patternScoreWeight());
        values.put("score-weights.number", c.numberScoreWeight());
        values.put("score-weights.diversity", c.diversityScoreWeight());
        return values;
    }

    /** The modifiers' values by key. */
    public static Map<String, Number> values(StrategyModifiers m) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("diversity-weight", m.diversityWeight());
        values.put("concentration-limit", m.concentrationLimit());
        values.put("hot-pattern-bonus", m.hotPatternBonus());
        return values;
    }

    /**
     * The criteria with {@code changes} applied, checked by the rules.
     *
     * @param maxTimeoutMs the largest time limit a request may set ({@code meta.timeout-ms-base} may not exceed it)
     * @param hotGroupSize patterns in a hot group ({@code diversity-minimum-unique-hot} may not exceed it)
     * @throws InvalidSettingsException with every problem found
     */
    public static BaseCriteria criteriaWith(String tier, BaseCriteria current, Map<String, ? extends Number> changes,
            long maxTimeoutMs, int hotGroupSize) {
        Map<String, Number> values = merged(values(current), changes, WHOLE);
        BaseCriteria next = new BaseCriteria(d(values, "pattern-grouping.hot-coverage-minimum"), d(values,
                "pattern-grouping.hot-coverage-weight"), d(values, "pattern-grouping.warm-coverage-maximum"),
                d(values,
                        "pattern-grouping.warm-coverage-weight"),
                d(values, "pattern-grouping.cold-coverage-maximum"), d(values, "pattern-grouping.cold-coverage-weight"),
                (int) l(values, "pattern-grouping.diversity-minimum-unique-hot"), d(values,
                        "pattern-grouping.diversity-maximum-single-pattern"),
                d(values, "pattern-grouping.diversity-weight"), d(values, "pattern-grouping.efficiency-minimum"), d(
                        values, "pattern-grouping.efficiency-weight"),
                d(values, "traditional.optimization-score-minimum"), d(values,
                        "traditional.hot-number-coverage-minimum"),
                d(values, "traditional.diversity-balance-minimum"), d(values, "traditional.diversity-balance-maximum"),
                d(values, "traditional.diversity-balance-weight"), (int) l(values, "meta.max-attempts-base"), l(values,
                        "meta.timeout-ms-base"),
                (int) l(values, "meta.stall-threshold"), d(values, "meta.minimum-quality-gate"), (int) l(values,
                        "meta.moves-per-attempt"),
                d(values, "score-weights.pattern"), d(values, "score-weights.number"), d(values,
                        "score-weights.diversity"));
        List<String> problems = problems(tier, next, maxTimeoutMs, hotGroupSize);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return next;
    }

    /** The modifiers with {@code changes} applied, checked by the rules. */
    public static StrategyModifiers modifiersWith(String strategy, StrategyModifiers current,
            Map<String, ? extends Number> changes) {
        Map<String, Number> values = merged(values(current), changes, List.of());
        StrategyModifiers next = new StrategyModifiers(d(values, "diversity-weight"), d(values,
                "concentration-limit"), d(values, "hot-pattern-bonus"));
        List<String> problems = problems(strategy, next);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return next;
    }

    /** What is wrong with a tier's criteria (nothing: empty), each problem naming its key. */
    public static List<String> problems(String tier, BaseCriteria c, long maxTimeoutMs, int hotGroupSize) {
        List<String> problems = new ArrayList<>();
        Map<String, Number> values = values(c);
        for (Map.Entry<String, Number> value : values.entrySet()) {
            String key = value.getKey();
            double number = value.getValue()
                    .doubleValue();
            boolean share = SHARES.contains(key) || key.startsWith("score-weights.");
            if (WHOLE.contains(key) && !key.contains("unique-hot")) {
                if (number < 1) {
                    problems.add("%s.%s must be at least 1, got %s".formatted(tier, key, plain(number)));
                }
            } else if (!(number >= 0) || (share && number > 1)) {
                problems.add("%s.%s must be %s, got %s".formatted(tier, key, share ? "between 0 and 1"
                        : "0 or more", plain(number)));
            }
        }
        if (c.maximumSinglePatternShare() <= 0) {
            problems.add("%s.pattern-grouping.diversity-maximum-single-pattern must be above 0, got %s".formatted(tier,
                    plain(c.maximumSinglePatternShare())));
        }
        double sum = c.patternScoreWeight() + c.numberScoreWeight() + c.diversityScoreWeight();
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            problems.add("%s.score-weights.pattern, .number and .diversity must add up to 1, they add up to %s"
                    .formatted(tier, plain(sum)));
        }
        if (c.timeoutMsBase() > maxTimeoutMs) {
            problems.add("%s.meta.timeout-ms-base (%d) must not exceed lottery.generation.max-timeout-ms (%d)"
                    .formatted(tier, c.timeoutMsBase(), maxTimeoutMs));
        }
        if (c.minimumUniqueHot() > hotGroupSize) {
            problems.add(("%s.pattern-grouping.diversity-minimum-unique-hot (%d) must not exceed"
                    + " lottery.pattern-grouping.hot-group-size (%d)").formatted(tier, c.minimumUniqueHot(),
                            hotGroupSize));
        }
        if (c.diversityBalanceMinimum() > c.diversityBalanceMaximum()) {
            problems.add(("%s.traditional.diversity-balance-minimum (%s) must not exceed"
                    + " %s.traditional.diversity-balance-maximum (%s)").formatted(tier, plain(
                            c
                                    .diversityBalanceMinimum()),
                            tier, plain(c.diversityBalanceMaximum())));
        }
        return problems;
    }

    /** What is wrong with a strategy's modifiers: each must be above 0. */
    public static List<String> problems(String strategy, StrategyModifiers m) {
        List<String> problems = new ArrayList<>();
        values(m).forEach((key, value) -> {
            if (!(value.doubleValue() > 0)) {
                problems.add("%s.%s must be above 0, got %s".formatted(strategy, key, plain(value.doubleValue())));
            }
        });
        return problems;
    }

    private static Map<String, Number> merged(Map<String, Number> values, Map<String, ? extends Number> changes,
            List<String> whole) {
        List<String> problems = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            problems.add("no value to change: give keys such as " + String.join(", ", values.keySet()
                    .stream()
                    .limit(2)
                    .toList()));
        } else {
            changes.forEach((key, value) -> {
                if (!values.containsKey(key)) {
                    problems.add("%s is not a setting; they are %s".formatted(shown(key), String.join(", ", values
                            .keySet())));
                } else if (value == null || !Double.isFinite(value.doubleValue())) {
                    problems.add("%s needs a number".formatted(key));
                } else if (whole.contains(key) && value.doubleValue() != Math.rint(value.doubleValue())) {
                    problems.add("%s must be a whole number, got %s".formatted(key, plain(value.doubleValue())));
                } else {
                    values.put(key, value);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return values;
    }

    private static double d(Map<String, Number> values, String key) {
        return values.get(key)
                .doubleValue();
    }

    private static long l(Map<String, Number> values, String key) {
        return Math.round(values.get(key)
                .doubleValue());
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String shown(String key) {
        return key.length() > 80 ? key.substring(0, 80) + "…" : key;
    }
}
