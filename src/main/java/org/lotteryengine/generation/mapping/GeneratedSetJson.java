package org.lotteryengine.generation.mapping;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.BonusGenerationResult;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.generation.rest.dto.GeneratedBonusSetResponse;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.generation.service.GeneratedSetDocuments;
import org.lotteryengine.lotteries.service.Lottery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The generated set's document: {@link GeneratedTicketSetResponse} written by Jackson, and its rows. */
@ApplicationScoped
public class GeneratedSetJson implements GeneratedSetDocuments {

    private final ObjectMapper json;

    GeneratedSetJson(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Document write(String sessionId, String lotteryType, LotteryFormat format, GenerationResult result,
            double[] uniqueShares, boolean observed, String algorithmVersion, Instant generatedAt) {
        GeneratedTicketSetResponse response = GenerationResponseMapper.toResponse(sessionId, lotteryType, format,
                result, uniqueShares, observed, algorithmVersion, generatedAt);
        String document;
        try {
            document = json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ticket set could not be written as JSON", e);
        }
        return new Document(document, result.tickets()
                .isEmpty() ? null : GenerationResponseMapper.setRows(result, response, document, json));
    }

    @Override
    public Document writeBonus(String sessionId, Lottery game, String targetTier, BonusGenerationResult result,
            int ticketsRequested, boolean observed, String algorithmVersion, Instant generatedAt) {
        GeneratedBonusSetResponse response = BonusGenerationResponseMapper.toResponse(sessionId, game.id(), game
                .name(), game.currency(), targetTier, result, ticketsRequested, observed, algorithmVersion,
                generatedAt);
        String document;
        try {
            document = json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ticket set could not be written as JSON", e);
        }
        return new Document(document, BonusGenerationResponseMapper.setRows(result, response, document, json));
    }
}
