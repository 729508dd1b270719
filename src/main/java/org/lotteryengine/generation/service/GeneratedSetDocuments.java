package org.lotteryengine.generation.service;

import java.time.Instant;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.BonusGenerationResult;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.generation.repository.SessionResultRepository;
import org.lotteryengine.lotteries.service.Lottery;

/**
 * Writes a generated set as the JSON document the API answers, streams and stores with its session, and the rows
 * stored beside it. Written once, on the engine's thread; its format belongs to the API layer, which implements this.
 */
public interface GeneratedSetDocuments {

    /**
     * @param uniqueShares each ticket's exact unique share of its winning draws
     * @param observed whether the pattern groups came from observed draws
     */
    Document write(String sessionId, String lotteryType, LotteryFormat format, GenerationResult result,
            double[] uniqueShares, boolean observed, String algorithmVersion, Instant generatedAt);

    /**
     * A bonus game's set.
     *
     * @param targetTier the tier as the session stores it, e.g. {@code tier4+1}
     * @param ticketsRequested tickets asked for
     * @param observed whether the pattern groups came from observed draws
     */
    Document writeBonus(String sessionId, Lottery game, String targetTier, BonusGenerationResult result,
            int ticketsRequested, boolean observed, String algorithmVersion, Instant generatedAt);

    /**
     * @param json the set as answered
     * @param rows the rows to store, or null when the run produced no ticket
     */
    record Document(String json, SessionResultRepository.SetRows rows) {
    }
}
