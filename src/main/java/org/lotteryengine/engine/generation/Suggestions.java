package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a client can change when a generation falls short, computed from the thresholds the best set missed and from
 * what stopped the run.
 */
final class Suggestions {

    private Suggestions() {
    }

    static List<String> of(RequestField.Names fields, List<ThresholdCheck> failed, StoppingReason stoppingReason,
            GenerationRequest request,
            StoppingCriteria criteria, long timeElapsedMs, long maxTimeoutMs) {
        List<String> suggestions = new ArrayList<>();
        for (ThresholdCheck check : failed) {
            switch (check.name()) {
                case "optimizationScore" -> suggestions.add(String.format(Locale.ROOT,
                        "Lower %s to %.2f or less: the best set scored %.4f.", fields.of(RequestField.QUALITY_THRESHOLD),
                        Math.floor(check.achieved() * 100) / 100, check.achieved()));
                case "hotPatternCoverage" -> suggestions.add(
                        "Use the aggressive strategy or a lower tier: too few hot-pattern tickets fit the request.");
                case "minimumUniqueHot" -> suggestions.add(String.format(Locale.ROOT,
                        "Request at least %d tickets, so that %d different hot patterns fit.",
                        (int) Math.ceil(check.required()), (int) Math.ceil(check.required())));
                case "maximumSinglePattern" -> suggestions.add(
                        "Request fewer tickets or a conservative strategy: one pattern holds too many tickets.");
                case "coldPatternAllowance" -> suggestions.add(
                        "Set %s to true, or use a tier that allows cold patterns.".formatted(fields.of(
                                RequestField.ALLOW_COLD_PATTERNS)));
                case "hotNumberCoverage" -> suggestions.add(
                        "Use the aggressive or balanced strategy, which favour hot numbers more.");
                default -> suggestions.add("Relax the %s threshold (%s %s, achieved %s).".formatted(check.name(),
                        check.atMost() ? "at most" : "at least", plain(check.required()), plain(check.achieved())));
            }
        }
        if (stoppingReason == StoppingReason.TIMEOUT) {
            long doubled = Math.min(maxTimeoutMs, Math.max(2 * criteria.meta()
                    .timeoutMs(), timeElapsedMs * 2));
            suggestions.add("Raise %s to %d ms (at most %d ms); this run had %d ms."
                    .formatted(fields.of(RequestField.MAX_GENERATION_TIME), doubled, maxTimeoutMs, criteria.meta()
                            .timeoutMs()));
        }
        if (request.numberOfTickets() > 1 && failed.stream()
                .anyMatch(check -> check.type()
                        .equals(QualityEvaluator.PATTERN_GROUPING))) {
            suggestions.add("Try the balanced strategy, whose pattern thresholds sit between the other two.");
        }
        return suggestions.stream()
                .distinct()
                .toList();
    }

    /** Suggestions when the time limit passed before any set was built and evaluated. */
    static List<String> whenOutOfTime(RequestField.Names fields, long limitMs, long maxTimeoutMs) {
        List<String> suggestions = new ArrayList<>();
        if (limitMs < maxTimeoutMs) {
            suggestions.add("Raise %s to %d ms (at most %d ms); this run had %d ms."
                    .formatted(fields.of(RequestField.MAX_GENERATION_TIME), Math.min(maxTimeoutMs, Math.max(100, 4 * limitMs)),
                            maxTimeoutMs, limitMs));
        }
        suggestions.add("Request fewer tickets: evaluating a set exactly takes time in proportion to its tickets.");
        return suggestions;
    }

    /** Suggestions when no set could be built at all. */
    static List<String> whenUnbuildable(RequestField.Names fields, GenerationRequest request) {
        List<String> suggestions = new ArrayList<>();
        suggestions.add("Request fewer tickets than %d: the pattern quotas cannot hold that many distinct tickets."
                .formatted(request.numberOfTickets()));
        suggestions.add("Use the conservative strategy, which draws on all numbers rather than a pool.");
        if (!Boolean.TRUE.equals(request.allowColdPatterns())) {
            suggestions.add("Set %s to true.".formatted(fields.of(RequestField.ALLOW_COLD_PATTERNS)));
        }
        return suggestions;
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
