package org.lotteryengine.generation.mapping;

import org.lotteryengine.generation.rest.dto.GenerateTicketsRequest;
import org.lotteryengine.generation.service.GenerateCommand;

/** A generation request as the service takes it. */
public final class GenerationRequestMapper {

    private GenerationRequestMapper() {
    }

    /**
     * @param maxTickets shown as the allowed range when the ticket count is missing
     * @throws org.lotteryengine.platform.error.InvalidRequestException for the first field that is missing or
     *         unreadable: tier, count, strategy (the engine checks their values once the game is known)
     */
    public static GenerateCommand toCommand(GenerateTicketsRequest request, int maxTickets) {
        return new GenerateCommand(request.lotteryType(), request.targetTier(),
                GenerationRequests.toEngineRequest(request, maxTickets));
    }
}
