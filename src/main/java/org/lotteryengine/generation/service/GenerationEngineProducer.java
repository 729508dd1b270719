package org.lotteryengine.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.generation.BonusGenerator;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.RequestField;
import org.lotteryengine.platform.config.EngineConfig;

/**
 * The one generation engine of the application, configured from {@code lottery.*} and the changes made at run time
 * ({@link RuntimeSettings}). The engine is thread-safe and
 * keeps no state between runs, so every generation shares it.
 */
@ApplicationScoped
public class GenerationEngineProducer {

    @Produces
    @Singleton
    GenerationEngine generationEngine(EngineConfig engine, RuntimeSettings settings, RequestField.Names fields) {
        // The settings in force are read at each request: operators may change them at run time.
        return new GenerationEngine(settings::current, TicketSetEvaluator.withMaxDraws(engine.maxEvaluatedDraws()),
                System::nanoTime, fields);
    }

    /** The generator of bonus games' sets, with the same settings. */
    @Produces
    @Singleton
    BonusGenerator bonusGenerator(RuntimeSettings settings, RequestField.Names fields) {
        return new BonusGenerator(settings::current, System::nanoTime, fields);
    }
}
