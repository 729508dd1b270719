package org.lotteryengine.generation.service;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.platform.codes.Codes;

/** Why a generated set falls short of its request, as the spec's 422 details (spec 3.1). */
public final class GenerationFailures {

    private GenerationFailures() {
    }

    /** The details, or null when the set meets the request. */
    public static Map<String, Object> details(GenerationResult result) {
        GenerationResult.Failure failure = result.failure();
        if (failure == null) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attempts", failure.attempts());
        details.put("timeElapsed", failure.timeElapsedMs());
        details.put("bestQuality", failure.bestQuality());
        details.put("requiredQuality", failure.requiredQuality());
        details.put("failedThresholds", failure.failedThresholds());
        details.put("stoppingReason", Codes.ofNullable(result.stoppingReason()));
        details.put("suggestions", failure.suggestions());
        return details;
    }
}
