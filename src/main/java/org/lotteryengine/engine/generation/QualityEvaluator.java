package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.PatternGroup;

/**
 * Computes {@link QualityMetrics} (spec 5.1 and 6.2) and checks them against the stopping criteria (spec 4.2).
 */
final class QualityEvaluator {

    static final String PATTERN_GROUPING = "pattern_grouping";
    static final String TRADITIONAL = "traditional";

    private final LotteryFormat format;
    private final PatternData patterns;
    private final PreferenceWeights weights;
    private final BaseCriteria base;
    private final StoppingCriteria criteria;
    private final long hotNumbers;

    QualityEvaluator(LotteryFormat format, PatternData patterns, PreferenceWeights weights, BaseCriteria base,
            StoppingCriteria criteria) {
        this.format = format;
        this.patterns = patterns;
        this.weights = weights;
        this.base = base;
        this.criteria = criteria;
        long hot = 0;
        for (int number : patterns.hotNumbers()) {
            hot |= 1L << (number - format.numberMin());
        }
        this.hotNumbers = hot;
    }

    /** The metrics of a set, with its exact coverage. */
    QualityMetrics evaluate(List<GeneratedTicket> tickets, QualityMetrics.Coverage coverage) {
        int n = tickets.size();
        int k = format.drawSize();
        Map<PatternGroup, Integer> byGroup = new HashMap<>();
        Map<String, Integer> byPattern = new HashMap<>();
        for (GeneratedTicket ticket : tickets) {
            byGroup.merge(ticket.group(), 1, Integer::sum);
            byPattern.merge(ticket.pattern(), 1, Integer::sum);
        }
        int uniqueHot = (int) byPattern.keySet()
                .stream()
                .filter(pattern -> patterns.groupOf()
                        .get(pattern) == PatternGroup.HOT)
                .count();
        int uniqueWarm = (int) byPattern.keySet()
                .stream()
                .filter(pattern -> patterns.groupOf()
                        .get(pattern) == PatternGroup.WARM)
                .count();
        int maxSingle = byPattern.values()
                .stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        double diversityScore = Math.min(1.0, (double) byPattern.size() / n);
        // Summed by group, so that a set of one group scores its weight / maximum exactly (1.0, not 1.0000000000000024).
        double weightSum = 0;
        for (Map.Entry<PatternGroup, Integer> group : byGroup.entrySet()) {
            weightSum += group.getValue() * weight(group.getKey());
        }
        double efficiency = Math.min(1.0, weightSum / (n * weights.maximum()));
        QualityMetrics.PatternGrouping grouping = new QualityMetrics.PatternGrouping(share(byGroup, PatternGroup.HOT, n),
                share(byGroup, PatternGroup.WARM, n), share(byGroup, PatternGroup.COLD, n),
                share(byGroup, PatternGroup.UNKNOWN, n),
                new QualityMetrics.PatternDiversity(uniqueHot, uniqueWarm, maxSingle, diversityScore), efficiency);

        int withHot = 0;
        int consecutive = 0;
        int withPair = 0;
        int withTriplet = 0;
        int overlapping = 0;
        long union = 0;
        for (GeneratedTicket ticket : tickets) {
            long mask = ticket.mask();
            union |= mask;
            withHot += (mask & hotNumbers) != 0 ? 1 : 0;
            consecutive += (mask & (mask >>> 1)) != 0 ? 1 : 0;
            withPair += containsAny(mask, patterns.frequentPairs()) ? 1 : 0;
            withTriplet += containsAny(mask, patterns.provenTriplets()) ? 1 : 0;
            overlapping += byPattern.get(ticket.pattern()) > 1 ? 1 : 0;
        }
        QualityMetrics.NumberAnalysis numbers = new QualityMetrics.NumberAnalysis((double) withHot / n,
                distribution(tickets), (double) consecutive / n,
                new QualityMetrics.ProvenCombinationUsage((double) withPair / n, (double) withTriplet / n,
                        (double) overlapping / n));

        double overlap = 0;
        if (n > 1) {
            long shared = 0;
            for (int i = 0; i < n; i++) {
                long mask = tickets.get(i)
                        .mask();
                for (int j = i + 1; j < n; j++) {
                    shared += Long.bitCount(mask & tickets.get(j)
                            .mask());
                }
            }
            overlap = (double) shared / ((long) n * (n - 1) / 2);
        }
        int unique = Long.bitCount(union);
        QualityMetrics.Diversity diversity = new QualityMetrics.Diversity(unique, overlap,
                (double) unique / format.poolSize());

        double patternScore = patternScore(grouping);
        double numberScore = numbers.hotNumberCoverage() * 0.5 + numbers.provenCombinationUsage()
                .frequentPairs() * 0.3 + numbers.consecutiveNumberRate() * 0.2;
        double diversityPart = diversity.coverageRatio() * 0.6 + (1.0 - overlap / k) * 0.4;
        double score = clamp(patternScore * base.patternScoreWeight() + numberScore * base.numberScoreWeight()
                + diversityPart * base.diversityScoreWeight());
        QualityMetrics partial = new QualityMetrics(new QualityMetrics.Overall(score, QualityMetrics.grade(score),
                false), grouping, numbers, diversity, coverage);
        boolean passed = checks(partial).stream()
                .allMatch(ThresholdCheck::met);
        return new QualityMetrics(new QualityMetrics.Overall(score, QualityMetrics.grade(score), passed), grouping,
                numbers, diversity, coverage);
    }

    private static double patternScore(QualityMetrics.PatternGrouping grouping) {
        return grouping.hotPatternCoverage() * 0.4 + grouping.patternEfficiency() * 0.3 + grouping.patternDiversity()
                .diversityScore() * 0.2 + (1.0 - grouping.coldPatternCoverage()) * 0.1;
    }

    /** A score tracker for the set, whose group shares (and so pattern part, but for its diversity) moves keep. */
    SetScore tracker(List<GeneratedTicket> tickets, QualityMetrics metrics, int distinctPatterns) {
        QualityMetrics.PatternGrouping grouping = metrics.patternGrouping();
        double base = (grouping.hotPatternCoverage() * 0.4 + grouping.patternEfficiency() * 0.3 + (1.0 - grouping
                .coldPatternCoverage()) * 0.1) * this.base.patternScoreWeight();
        return new SetScore(base, 0.2 * this.base.patternScoreWeight(), distinctPatterns, this.base
                .numberScoreWeight(), this.base.diversityScoreWeight(), format.poolSize(), format.drawSize(), hotNumbers,
                patterns.frequentPairs(), tickets);
    }

    /** Every threshold of the criteria against the metrics: pattern grouping first (spec 4.2), then traditional. */
    List<ThresholdCheck> checks(QualityMetrics metrics) {
        StoppingCriteria.PatternThresholds p = criteria.patternGrouping();
        QualityMetrics.PatternGrouping g = metrics.patternGrouping();
        List<ThresholdCheck> checks = new ArrayList<>();
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "hotPatternCoverage", g.hotPatternCoverage(),
                p.hotCoverageMinimum(), false));
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "warmPatternLimit", g.warmPatternCoverage(),
                p.warmCoverageMaximum(), true));
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "coldPatternAllowance", g.coldPatternCoverage(),
                p.coldCoverageMaximum(), true));
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "minimumUniqueHot", g.patternDiversity()
                .uniqueHotPatterns(), p.minimumUniqueHot(), false));
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "maximumSinglePattern", g.patternDiversity()
                .maxSinglePatternUsage(), p.maximumSinglePatternCount(), true));
        checks.add(new ThresholdCheck(PATTERN_GROUPING, "patternEfficiency", g.patternEfficiency(),
                p.efficiencyMinimum(), false));
        StoppingCriteria.TraditionalThresholds t = criteria.traditional();
        checks.add(new ThresholdCheck(TRADITIONAL, "optimizationScore", metrics.overall()
                .optimizationScore(), t.optimizationScoreMinimum(), false));
        checks.add(new ThresholdCheck(TRADITIONAL, "hotNumberCoverage", metrics.numberAnalysis()
                .hotNumberCoverage(), t.hotNumberCoverageMinimum(), false));
        double diversityPart = metrics.diversity()
                .coverageRatio() * 0.6
                + (1.0 - metrics.diversity()
                        .averageOverlap() / format.drawSize()) * 0.4;
        checks.add(new ThresholdCheck(TRADITIONAL, "diversityBalanceMinimum", diversityPart,
                t.diversityBalanceMinimum(), false));
        checks.add(new ThresholdCheck(TRADITIONAL, "diversityBalanceMaximum", diversityPart,
                t.diversityBalanceMaximum(), true));
        StoppingCriteria.Bases bases = criteria.bases();
        return checks.stream()
                .map(check -> new ThresholdCheck(check.type(), check.name(), check.achieved(), check.required(), check
                        .atMost(), bases.of(check.name(), check.required())))
                .toList();
    }

    private double weight(PatternGroup group) {
        return switch (group) {
            case HOT -> weights.hot();
            case WARM -> weights.warm();
            case COLD -> weights.cold();
            case UNKNOWN -> weights.unknown();
        };
    }

    private static double share(Map<PatternGroup, Integer> byGroup, PatternGroup group, int n) {
        return (double) byGroup.getOrDefault(group, 0) / n;
    }

    private static boolean containsAny(long mask, List<Long> combinations) {
        for (long combination : combinations) {
            if ((mask & combination) == combination) {
                return true;
            }
        }
        return false;
    }

    /** Numbers on all tickets in five equal ranges of the game's numbers. */
    private Map<String, Integer> distribution(List<GeneratedTicket> tickets) {
        int n = format.poolSize();
        Map<String, Integer> ranges = new LinkedHashMap<>();
        for (int r = 0; r < 5; r++) {
            int low = r * n / 5;
            int high = (r + 1) * n / 5 - 1;
            long rangeMask = 0;
            for (int element = low; element <= high; element++) {
                rangeMask |= 1L << element;
            }
            int count = 0;
            for (GeneratedTicket ticket : tickets) {
                count += Long.bitCount(ticket.mask() & rangeMask);
            }
            ranges.put("range%d_%d".formatted(format.numberMin() + low, format.numberMin() + high), count);
        }
        return ranges;
    }

    private static double clamp(double value) {
        return Math.min(1.0, Math.max(0.0, value));
    }
}
