package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a set meets its request, from its threshold checks and score: {@code success} when every threshold holds
 * and the score reaches the quality gate; {@code partial} when the gate and any requested qualityThreshold hold and
 * either all pattern or all traditional thresholds do; {@code fallback} otherwise, with the spec's failure details.
 * A set whose client cancelled the run (user_override) is at most {@code partial}: it is the best found when the run
 * was stopped, and a session read must not show {@code success} beside {@code sessionStatus: cancelled}. One rule for
 * a searched set and a stored one.
 *
 * @param failure why the set falls short, with suggestions; null unless fallback
 */
record SetVerdict(GenerationStatus status, GenerationResult.Failure failure) {

    static SetVerdict of(List<ThresholdCheck> checks, double score, StoppingCriteria criteria,
            GenerationRequest request, StoppingReason reason, int attempts, long elapsedMs, RequestField.Names fields,
            long maxTimeoutMs) {
        StoppingCriteria.Meta meta = criteria.meta();
        double requiredScore = criteria.traditional()
                .optimizationScoreMinimum();
        boolean gate = score >= meta.minimumQualityGate() - 1e-12;
        boolean requested = request.qualityThreshold() == null || score >= requiredScore - 1e-12;
        boolean patternOk = all(checks, QualityEvaluator.PATTERN_GROUPING);
        boolean traditionalOk = all(checks, QualityEvaluator.TRADITIONAL);
        if (patternOk && traditionalOk && gate) {
            return new SetVerdict(reason == StoppingReason.USER_OVERRIDE ? GenerationStatus.PARTIAL
                    : GenerationStatus.SUCCESS, null);
        }
        if (gate && requested && (patternOk || traditionalOk)) {
            return new SetVerdict(GenerationStatus.PARTIAL, null);
        }
        List<ThresholdCheck> failed = checks.stream()
                .filter(check -> !check.met())
                .toList();
        List<String> failedNames = new ArrayList<>(failed.stream()
                .map(ThresholdCheck::name)
                .toList());
        if (!gate) {
            failedNames.add("minimumQualityGate");
        }
        return new SetVerdict(GenerationStatus.FALLBACK, new GenerationResult.Failure(
                "the best set (quality %.4f) does not meet the request's criteria".formatted(score), attempts,
                elapsedMs, score, Math.max(requiredScore, meta.minimumQualityGate()), failedNames,
                Suggestions.of(fields, failed, reason, request, criteria, elapsedMs, maxTimeoutMs)));
    }

    static boolean all(List<ThresholdCheck> checks, String type) {
        return checks.stream()
                .filter(check -> check.type()
                        .equals(type))
                .allMatch(ThresholdCheck::met);
    }
}
