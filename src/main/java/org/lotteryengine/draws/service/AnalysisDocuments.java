package org.lotteryengine.draws.service;

import java.time.Instant;

import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.platform.config.PatternGroupingConfig;

/**
 * Writes a game's analysis as the JSON document the API serves. The service caches and serves the document as it is
 * (no mapping per request); its format belongs to the API layer, which implements this.
 */
public interface AnalysisDocuments {

    String write(String lotteryId, String lotteryType, HistoryAnalysis analysis,
            PatternGroupingConfig.PreferenceWeights weights, Instant computedAt);

    /** A bonus game's analysis, its chi-square screens judged at {@code confidence}. */
    String writeBonus(String lotteryId, String lotteryType, BonusHistoryAnalysis analysis, double confidence);
}
