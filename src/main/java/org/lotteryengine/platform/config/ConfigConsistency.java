package org.lotteryengine.platform.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rules that span several configuration keys, which bean validation of a single key cannot see. Each problem names
 * the keys at fault, so a bad deployment fails at start with a message an operator can act on.
 */
public final class ConfigConsistency {

    static final Set<String> STRATEGIES = Set.of("conservative", "balanced", "aggressive");
    static final Set<String> TICKET_STRATEGIES = Set.of("hot_pair", "triplet_foundation", "consecutive_enhanced",
            "pattern_specific", "balanced_range");
    private static final Pattern TIER_NAME = Pattern.compile("tier(10|[0-9])");
    private static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private ConfigConsistency() {
    }

    /**
     * The problems of a configuration, each naming its keys; empty when it is consistent.
     */
    public static List<String> problems(GenerationConfig generation, PatternGroupingConfig grouping,
            StoppingCriteriaConfig criteria) {
        List<String> problems = new ArrayList<>();
        if (generation.defaultTimeoutMs() > generation.maxTimeoutMs()) {
            problems.add("lottery.generation.default-timeout-ms (%d) must not exceed lottery.generation.max-timeout-ms (%d)"
                    .formatted(generation.defaultTimeoutMs(), generation.maxTimeoutMs()));
        }
        Set<String> strategies = generation.strategyDefaults().keySet();
        if (!strategies.equals(STRATEGIES)) {
            problems.add("lottery.generation.strategy-defaults must define exactly %s, found %s"
                    .formatted(new TreeSet<>(STRATEGIES), new TreeSet<>(strategies)));
        }
        if (criteria.tiers().isEmpty()) {
            problems.add("lottery.stopping-criteria must define at least one tier, e.g. lottery.stopping-criteria.tier3");
        }
        for (Map.Entry<String, StoppingCriteriaConfig.TierCriteria> entry : criteria.tiers().entrySet()) {
            tierProblems(entry.getKey(), entry.getValue(), generation, grouping, problems);
        }
        return problems;
    }

    private static void sharesProblems(String prefix, Map<String, Map<String, Integer>> shares,
            List<String> problems) {
        if (!shares.keySet()
                .equals(STRATEGIES)) {
            problems.add("%s must define exactly %s, found %s".formatted(prefix, new TreeSet<>(STRATEGIES),
                    new TreeSet<>(shares.keySet())));
        }
        for (Map.Entry<String, Map<String, Integer>> strategy : shares.entrySet()) {
            Set<String> unknown = new TreeSet<>(strategy.getValue()
                    .keySet());
            unknown.removeAll(TICKET_STRATEGIES);
            if (!unknown.isEmpty()) {
                problems.add("%s.%s: unknown ticket strategies %s; known: %s".formatted(prefix, strategy.getKey(),
                        unknown, new TreeSet<>(TICKET_STRATEGIES)));
            }
            int sum = strategy.getValue()
                    .values()
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (sum <= 0) {
                problems.add("%s.%s: the shares must add up to more than 0".formatted(prefix, strategy.getKey()));
            }
        }
    }

    /** A sum as people write it: 1.1, not 1.0999999999999999. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value)
                .round(new MathContext(12))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void tierProblems(String tier, StoppingCriteriaConfig.TierCriteria tierCriteria,
            GenerationConfig generation, PatternGroupingConfig grouping, List<String> problems) {
        String prefix = "lottery.stopping-criteria." + tier;
        if (!TIER_NAME.matcher(tier).matches()) {
            problems.add("%s: tier names are tierM with M the number of matches (0 to 10), e.g. tier3".formatted(prefix));
        }
        StoppingCriteriaConfig.ScoreWeights weights = tierCriteria.scoreWeights();
        double sum = weights.pattern() + weights.number() + weights.diversity();
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            problems.add("%s.score-weights.pattern, .number and .diversity must add up to 1, they add up to %s"
                    .formatted(prefix, plain(sum)));
        }
        if (tierCriteria.meta().timeoutMsBase() > generation.maxTimeoutMs()) {
            problems.add("%s.meta.timeout-ms-base (%d) must not exceed lottery.generation.max-timeout-ms (%d)"
                    .formatted(prefix, tierCriteria.meta().timeoutMsBase(), generation.maxTimeoutMs()));
        }
        int uniqueHot = tierCriteria.patternGrouping().diversityMinimumUniqueHot();
        if (uniqueHot > grouping.hotGroupSize()) {
            problems.add(
                    "%s.pattern-grouping.diversity-minimum-unique-hot (%d) must not exceed lottery.pattern-grouping.hot-group-size (%d)"
                            .formatted(prefix, uniqueHot, grouping.hotGroupSize()));
        }
        sharesProblems(prefix + ".strategy-shares", tierCriteria.strategyShares(), problems);
        StoppingCriteriaConfig.Traditional traditional = tierCriteria.traditional();
        if (traditional.diversityBalanceMinimum() > traditional.diversityBalanceMaximum()) {
            problems.add(
                    "%s.traditional.diversity-balance-minimum (%s) must not exceed %s.traditional.diversity-balance-maximum (%s)"
                            .formatted(prefix, traditional.diversityBalanceMinimum(), prefix,
                                    traditional.diversityBalanceMaximum()));
        }
    }
}
