package org.lotteryengine.draws.mapping;

import org.lotteryengine.draws.rest.dto.ValidationResponse;
import org.lotteryengine.draws.service.HotPatternValidation;

/** The spec 16.2 validation as the API shows it. */
public final class ValidationMapper {

    private ValidationMapper() {
    }

    public static ValidationResponse toResponse(HotPatternValidation validation) {
        return new ValidationResponse(validation.lotteryType(), validation.lotteryId(), validation
                .totalAnalyzedDraws(), validation.hotPatterns(), validation.meetsCriteria(),
                validation
                        .actualEfficiency(),
                validation.promisedEfficiency(), validation.minimumAccepted(), validation.margin(), validation
                        .confidenceLevel(),
                validation.confidenceInterval(), validation.consistentWithNoEffect(), validation.baseRate(), validation
                        .hotHitRate(),
                validation.minimumMatches(), validation.explanation());
    }
}
