package org.lotteryengine.generation.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.generation.RequestField;

/**
 * The JSON paths of a generate request's fields (spec 3.1), as the engine's validation errors, their details and its
 * suggestions name them.
 */
@ApplicationScoped
public class ApiRequestFields implements RequestField.Names {

    @Override
    public String of(RequestField field) {
        return switch (field) {
            case TARGET_TIER -> "targetTier";
            case NUMBER_OF_TICKETS -> "numberOfTickets";
            case STRATEGY -> "strategy";
            case BUDGET -> "budget";
            case MAX_GENERATION_TIME -> "preferences.maxGenerationTime";
            case QUALITY_THRESHOLD -> "preferences.qualityThreshold";
            case ALLOW_COLD_PATTERNS -> "preferences.allowColdPatterns";
        };
    }
}
