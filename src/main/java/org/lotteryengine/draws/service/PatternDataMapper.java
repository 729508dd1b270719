package org.lotteryengine.draws.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.lotteryengine.draws.repository.entity.HotNumberEntity;
import org.lotteryengine.draws.repository.entity.PatternGroupEntity;
import org.lotteryengine.draws.repository.entity.ProvenCombinationEntity;
import org.lotteryengine.engine.history.CombinationStats;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.NumberStats;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.history.PatternStats;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.PatternGroupingConfig;

/**
 * The rows of spec 5.2 (pattern_groups, hot_numbers, proven_combinations) for an analysis.
 */
public final class PatternDataMapper {

    private PatternDataMapper() {
    }

    /** One row per hot, warm or cold pattern; efficiency_multiplier holds the group's preference weight. */
    public static List<PatternGroupEntity> patternGroups(String lotteryId, HistoryAnalysis analysis,
            PatternGroupingConfig.PreferenceWeights weights) {
        List<PatternGroupEntity> rows = new ArrayList<>();
        for (PatternStats stats : analysis.patterns()) {
            if (stats.group() == PatternGroup.UNKNOWN) {
                continue;
            }
            PatternGroupEntity row = new PatternGroupEntity();
            row.lotteryConfigId = lotteryId;
            row.pattern = stats.pattern();
            row.groupType = Codes.of(stats.group());
            row.frequency = stats.frequency();
            row.historicalPercentage = percent(stats.observedShare());
            row.efficiencyMultiplier = BigDecimal.valueOf(switch (stats.group()) {
                case HOT -> weights.hot();
                case WARM -> weights.warm();
                default -> weights.cold();
            })
                    .setScale(2, RoundingMode.HALF_UP);
            row.lastSeenDraw = stats.lastSeen();
            row.averageGap = gap(stats.averageGap());
            rows.add(row);
        }
        return rows;
    }

    /** The hot numbers. */
    public static List<HotNumberEntity> hotNumbers(String lotteryId, HistoryAnalysis analysis) {
        List<HotNumberEntity> rows = new ArrayList<>();
        for (NumberStats stats : analysis.hotNumbers()) {
            HotNumberEntity row = new HotNumberEntity();
            row.lotteryConfigId = lotteryId;
            row.number = stats.number();
            row.frequency = stats.frequency();
            row.historicalPercentage = percent(stats.observedShare());
            row.associatedPatterns = stats.patternAssociation()
                    .toArray(String[]::new);
            row.lastSeenDraw = stats.lastSeen();
            row.averageGap = gap(stats.averageGap());
            rows.add(row);
        }
        return rows;
    }

    /** The frequent pairs and triplets. */
    public static List<ProvenCombinationEntity> provenCombinations(String lotteryId, HistoryAnalysis analysis) {
        List<ProvenCombinationEntity> rows = new ArrayList<>();
        for (CombinationStats stats : analysis.frequentPairs()) {
            rows.add(combination(lotteryId, "pair", stats));
        }
        for (CombinationStats stats : analysis.frequentTriplets()) {
            rows.add(combination(lotteryId, "triplet", stats));
        }
        return rows;
    }

    private static ProvenCombinationEntity combination(String lotteryId, String type, CombinationStats stats) {
        ProvenCombinationEntity row = new ProvenCombinationEntity();
        row.lotteryConfigId = lotteryId;
        row.combinationType = type;
        row.numbers = stats.numbers()
                .stream()
                .mapToInt(Integer::intValue)
                .toArray();
        row.frequency = stats.frequency();
        row.historicalPercentage = percent(stats.observedShare());
        row.associatedPatterns = stats.associatedPatterns()
                .toArray(String[]::new);
        row.lastSeenDraw = stats.lastSeen();
        return row;
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100)
                .setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal gap(Double gap) {
        return gap == null ? null
                : BigDecimal.valueOf(gap)
                        .setScale(2, RoundingMode.HALF_UP);
    }
}
