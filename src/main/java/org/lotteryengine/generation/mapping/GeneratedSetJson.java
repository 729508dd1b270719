package org.lotteryengine.generation.mapping;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.generation.service.GeneratedSetDocuments;

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
}
