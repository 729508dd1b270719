package org.lotteryengine.platform.config;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Fails the start of the service when the configuration is inconsistent. Single keys are checked earlier, by bean
 * validation of the {@code @ConfigMapping} interfaces.
 */
@ApplicationScoped
public class ConfigConsistencyCheck {

    private final GenerationConfig generation;
    private final PatternGroupingConfig grouping;
    private final StoppingCriteriaConfig criteria;

    ConfigConsistencyCheck(GenerationConfig generation, PatternGroupingConfig grouping,
            StoppingCriteriaConfig criteria) {
        this.generation = generation;
        this.grouping = grouping;
        this.criteria = criteria;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> problems = ConfigConsistency.problems(generation, grouping, criteria);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid lottery-engine configuration:\n  - " + String.join("\n  - ", problems));
        }
    }
}
