package org.lotteryengine.draws.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.history.GroupStats;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.Lift;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.PatternGroupingConfig;

import io.smallrye.mutiny.Uni;

/**
 * The spec 16.2 validator, run on measurements instead of constants: is the hot patterns' efficiency the promised
 * one?
 */
@ApplicationScoped
public class ValidationService {

    /** The spec's acceptance threshold: efficiency_multiplier >= 2.0 ("allow 5% margin" under the promise). */
    private static final double SPEC_ACCEPTED_EFFICIENCY = 2.0;

    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService analyses;
    private final PatternGroupingConfig config;

    ValidationService(LotteryConfigurationService configurations, PatternAnalysisService analyses,
            PatternGroupingConfig config) {
        this.configurations = configurations;
        this.analyses = analyses;
        this.config = config;
    }

    public Uni<HotPatternValidation> validate(String lotteryType) {
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> analyses.analyse(game)
                        .map(analysis -> measured(game, analysis)));
    }

    private HotPatternValidation measured(Lottery game, HistoryAnalysis analysis) {
        GroupStats hot = analysis.groups()
                .get(PatternGroup.HOT);
        Lift lift = hot.liftAtLeast();
        // The promise is the configured hot preference weight (the spec's 2.11), never a literal here.
        double promised = config.preferenceWeights()
                .hot();
        double minimum = SPEC_ACCEPTED_EFFICIENCY;
        Double actual = lift == null || analysis.drawCount() == 0 ? null : lift.lift();
        Boolean meets = actual == null ? null : actual >= minimum;
        List<Double> interval = actual == null || lift.low() == null ? List.of() : List.of(lift.low(), lift.high());
        int minimumMatches = Math.min(config.liftMinimumMatches(), analysis.format()
                .drawSize());
        String measuredText = actual == null ? null
                : String.format(Locale.ROOT,
                        "Over %d draws, combinations of the %d hot patterns won %d+ matches %.4f times as often as any"
                                + " combination",
                        analysis.drawCount(), hot.patterns()
                                .size(),
                        minimumMatches, actual);
        String explanation = actual == null ? "No stored draws (or a game too large) to measure hot patterns against."
                : measuredText + (interval.isEmpty() ? " (too few draws for an interval)"
                        : String.format(Locale.ROOT, " (%.0f%% interval %.4f to %.4f)", lift.confidenceLevel() * 100,
                                interval.get(0), interval.get(1)))
                        + String.format(Locale.ROOT, ". The spec promises %.2f and accepts %.2f or more; a fair draw"
                                + " gives every combination the same chance, so the expected value is 1.", promised,
                                minimum);
        return new HotPatternValidation(game.name(), game.id(), analysis.drawCount(), hot.patterns(), meets, actual,
                promised, minimum, actual == null ? null : actual - promised, actual == null ? null
                        : lift.confidenceLevel(),
                interval, interval.isEmpty() ? null : lift.consistentWithNoEffect(), lift == null ? null
                        : lift.baseRate(),
                actual == null ? null : lift.hitRate(), minimumMatches, explanation);
    }
}
