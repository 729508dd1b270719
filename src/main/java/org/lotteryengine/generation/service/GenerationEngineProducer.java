package org.lotteryengine.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.generation.BonusGenerator;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.RequestField;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.config.PatternGroupingConfig;
import org.lotteryengine.platform.config.StoppingCriteriaConfig;

/**
 * The one generation engine of the application, configured from {@code lottery.*}. The engine is thread-safe and
 * keeps no state between runs, so every generation shares it.
 */
@ApplicationScoped
public class GenerationEngineProducer {

    @Produces
    @Singleton
    GenerationEngine generationEngine(EngineConfig engine, GenerationConfig generation, PatternGroupingConfig grouping,
            StoppingCriteriaConfig criteria, RequestField.Names fields) {
        return new GenerationEngine(GenerationSettingsMapper.settings(engine, generation, grouping, criteria),
                TicketSetEvaluator.withMaxDraws(engine.maxEvaluatedDraws()), System::nanoTime, fields);
    }

    /** The generator of bonus games' sets, with the same settings. */
    @Produces
    @Singleton
    BonusGenerator bonusGenerator(EngineConfig engine, GenerationConfig generation, PatternGroupingConfig grouping,
            StoppingCriteriaConfig criteria, RequestField.Names fields) {
        return new BonusGenerator(GenerationSettingsMapper.settings(engine, generation, grouping, criteria),
                System::nanoTime, fields);
    }
}
