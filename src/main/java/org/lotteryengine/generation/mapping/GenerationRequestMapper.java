package org.lotteryengine.generation.mapping;

import org.lotteryengine.generation.rest.dto.GenerateTicketsRequest;
import org.lotteryengine.generation.service.GenerateCommand;

/** A generation request as the service takes it. */
public final class GenerationRequestMapper {

    private GenerationRequestMapper() {
    }

    public static GenerateCommand toCommand(GenerateTicketsRequest request) {
        GenerateTicketsRequest.Preferences preferences = request.preferences();
        return new GenerateCommand(request.targetTier(), request.numberOfTickets(), request.strategy(), request
                .budget(), request.lotteryType(),
                preferences == null ? null
                        : new GenerateCommand.Preferences(preferences.maxGenerationTime(), preferences
                                .qualityThreshold(), preferences.allowColdPatterns()),
                request.seed());
    }
}
