package org.lotteryengine.generation.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson writes outside any REST method signature (the stored set is written to JSON once, on the engine
 * thread), registered with their nested types for a native image. Quarkus finds
 * these through the REST signatures as well; this keeps them registered if a signature changes. {@code .ci/run} checks
 * that every response, request and entity type is in the native image's reflection configuration.
 */
@RegisterForReflection(targets = { GeneratedTicketSetResponse.class, QualityMetricsResponse.class,
        ExpectedPerformanceResponse.class, GeneratedBonusSetResponse.class,
        org.lotteryengine.evaluation.rest.dto.EvaluationResponse.class }, ignoreNested = false)
final class NativeReflection {

    private NativeReflection() {
    }
}
