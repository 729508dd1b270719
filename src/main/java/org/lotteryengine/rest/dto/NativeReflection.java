package org.lotteryengine.rest.dto;

import org.lotteryengine.engine.generation.ExpectedPerformance;
import org.lotteryengine.engine.generation.QualityMetrics;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson writes outside any REST method signature (the stored set and the cached analysis are written to JSON
 * once, by the services), registered with their nested types for a native image. Quarkus finds these today through
 * the REST signatures as well; this keeps them registered if a signature changes. {@code .ci/run} checks that every
 * response, request and entity type is in the native image's reflection configuration.
 */
@RegisterForReflection(targets = { GeneratedTicketSetResponse.class, PatternAnalysisResponse.class,
        QualityMetrics.class, ExpectedPerformance.class, ApiError.class }, ignoreNested = false)
final class NativeReflection {

    private NativeReflection() {
    }
}
