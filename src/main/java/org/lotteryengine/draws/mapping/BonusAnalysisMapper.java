package org.lotteryengine.draws.mapping;

import java.util.List;

import org.lotteryengine.draws.rest.dto.BonusAnalysisResponse;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.platform.codes.Codes;

/** A bonus game's analysis as the API shows it. */
public final class BonusAnalysisMapper {

    static final String NOTE = "Patterns are grouped hot, warm and cold for generation by the rule of k-of-n games;"
            + " the groups' measured lift, hot numbers, pairs and triplets are built for k-of-n games only so far. In a"
            + " fair draw every combination of main and bonus numbers is equally likely, whatever these frequencies"
            + " show.";

    private BonusAnalysisMapper() {
    }

    public static BonusAnalysisResponse toResponse(String lotteryId, String lotteryType, BonusHistoryAnalysis analysis,
            double confidence) {
        int draws = analysis.draws();
        return new BonusAnalysisResponse(lotteryId, lotteryType, draws, numbers(analysis.mainNumbers(), draws),
                numbers(analysis.bonusNumbers(), draws), analysis.patterns()
                        .stream()
                        .map(pattern -> new BonusAnalysisResponse.PatternFrequency(pattern.pattern(), pattern
                                .observed(), percent(pattern.observed(), draws), pattern.expected(),
                                pattern
                                        .share() * 100,
                                Codes.of(pattern.group())))
                        .toList(),
                new BonusAnalysisResponse.BonusFairness(PatternAnalysisMapper.chiSquare(analysis.mainFairness(),
                        confidence, "main numbers"),
                        PatternAnalysisMapper.chiSquare(analysis.bonusFairness(),
                                confidence, "bonus numbers"),
                        PatternAnalysisMapper.chiSquare(analysis.patternFairness(), confidence, "patterns")),
                NOTE);
    }

    private static List<BonusAnalysisResponse.NumberFrequency> numbers(List<BonusHistoryAnalysis.NumberCount> counts,
            int draws) {
        return counts.stream()
                .map(count -> new BonusAnalysisResponse.NumberFrequency(count.number(), count.observed(), percent(count
                        .observed(), draws), count.expected(), draws == 0 ? null : count.expected() / draws * 100))
                .toList();
    }

    private static Double percent(double frequency, int draws) {
        return draws == 0 ? null : frequency / draws * 100;
    }
}
