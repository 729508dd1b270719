package org.lotteryengine.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@link ClientFilter} reads {@link RequiresScope} and {@link CountedAs} from the matched resource method through
 * {@code ResourceInfo.getResourceMethod()}, which looks the method up by reflection: in a native image the resource
 * classes' methods must be registered for it.
 */
@RegisterForReflection(targets = { AdminResource.class, ApiKeyResource.class, DrawResource.class,
        EvaluationResource.class, GenerationResource.class, LotteryConfigurationResource.class,
        PatternAnalysisResource.class, SessionResource.class }, fields = false)
final class NativeResourceReflection {

    private NativeResourceReflection() {
    }
}
