package org.lotteryengine.platform.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;

/**
 * What a request may ask of the engine, decided before it is queued: the game must be small enough to evaluate
 * exactly, and its cost, possible draws times tickets (the work of an exact evaluation grows with both), must stay
 * within {@code lottery.engine.max-request-cost} unless the client holds the admin scope. One place for both rules,
 * for generations and evaluations alike.
 */
@ApplicationScoped
public class EngineWorkLimits {

    private final EngineConfig config;

    EngineWorkLimits(EngineConfig config) {
        this.config = config;
    }

    /**
     * @param unlimited the client may exceed the cost limit (admin scope); the game size limit still holds
     * @throws InvalidRequestException (400) when the game is too large, or the request costs too much
     */
    public void check(LotteryFormat format, String gameName, int tickets, boolean unlimited) {
        check(format.totalDraws(), gameName, tickets, unlimited);
    }

    /**
     * The same rules for the draws an evaluation enumerates: a bonus game's main draws, whose bonus cases are counted
     * in closed form.
     *
     * @throws InvalidRequestException (400) when the game is too large, or the request costs too much
     */
    public void check(long draws, String gameName, int tickets, boolean unlimited) {
        if (draws > config.maxEvaluatedDraws()) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                    "Exact evaluation is limited to games with at most %,d possible draws; %s has %,d".formatted(config
                            .maxEvaluatedDraws(), gameName, draws),
                    Map.of("field", "lotteryType", "totalDraws", draws, "maximumDraws", config.maxEvaluatedDraws()));
        }
        long cost = Math.multiplyExact(draws, tickets);
        if (cost > config.maxRequestCost() && !unlimited) {
            long fitting = config.maxRequestCost() / draws;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("field", "numberOfTickets");
            details.put("provided", tickets);
            details.put("cost", cost);
            details.put("maximumCost", config.maxRequestCost());
            details.put("maximumTickets", fitting);
            throw new InvalidRequestException(ErrorCode.INVALID_TICKET_COUNT,
                    "%d tickets of %s cost %,d (possible draws %,d times tickets), above the limit of %,d: at most %d tickets of this game fit"
                            .formatted(tickets, gameName, cost, draws, config.maxRequestCost(), fitting),
                    details);
        }
    }
}
