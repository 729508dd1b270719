package org.lotteryengine.draws.mapping;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.draws.service.AnalysisDocuments;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.platform.config.PatternGroupingConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The analysis document: {@link org.lotteryengine.draws.rest.dto.PatternAnalysisResponse} written by Jackson. */
@ApplicationScoped
public class PatternAnalysisDocuments implements AnalysisDocuments {

    private final ObjectMapper json;

    PatternAnalysisDocuments(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String write(String lotteryId, String lotteryType, HistoryAnalysis analysis,
            PatternGroupingConfig.PreferenceWeights weights, Instant computedAt) {
        try {
            return json.writeValueAsString(PatternAnalysisMapper.toResponse(lotteryId, lotteryType, analysis, weights,
                    computedAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the pattern analysis of " + lotteryId, e);
        }
    }

    @Override
    public String writeBonus(String lotteryId, String lotteryType, BonusHistoryAnalysis analysis, double confidence) {
        try {
            return json.writeValueAsString(BonusAnalysisMapper.toResponse(lotteryId, lotteryType, analysis,
                    confidence));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the analysis of " + lotteryId, e);
        }
    }
}
