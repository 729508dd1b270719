package org.lotteryengine.generation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.StoppingCriteria;
import org.lotteryengine.engine.generation.ThresholdCheck;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.platform.codes.Codes;

/** Publishes a running generation's progress and thresholds to its status stream; runs on the engine thread. */
final class SessionProgressListener implements GenerationListener {

    private final String sessionId;
    /** Once abandoned (its session deleted), the run publishes nothing more. */
    private final GenerationControl control;
    private final SessionEvents events;
    private final long intervalNanos;
    private long lastProgress;
    private Map<String, Double> thresholds = Map.of();

    /** @param interval the smallest interval between two progress events */
    SessionProgressListener(String sessionId, GenerationControl control, SessionEvents events, Duration interval) {
        this.sessionId = sessionId;
        this.control = control;
        this.events = events;
        this.intervalNanos = interval.toNanos();
    }

    /** The run's targets, sent with every progress event so that a client can draw each bar against its own. */
    @Override
    public void started(StoppingCriteria criteria) {
        Map<String, Double> targets = patternTargets(criteria.patternGrouping());
        targets.put("qualityMinimum", criteria.traditional()
                .optimizationScoreMinimum());
        thresholds = Collections.unmodifiableMap(targets);
    }

    /** A bonus game's targets: its patterns' only (its one search has no quality score). */
    @Override
    public void started(StoppingCriteria.PatternThresholds pattern) {
        thresholds = Collections.unmodifiableMap(patternTargets(pattern));
    }

    // In this order on every run: Map.copyOf iterates in an order that changes from one JVM start to the next.
    private static Map<String, Double> patternTargets(StoppingCriteria.PatternThresholds pattern) {
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("hotCoverageMinimum", pattern.hotCoverageMinimum());
        targets.put("warmCoverageMaximum", pattern.warmCoverageMaximum());
        targets.put("coldCoverageMaximum", pattern.coldCoverageMaximum());
        return targets;
    }

    @Override
    public void progress(Progress progress) {
        if (control.abandoned()) {
            return;
        }
        long now = System.nanoTime();
        // The first attempt is always reported, then at most one per interval.
        if (progress.attempt() > 1 && now - lastProgress < intervalNanos) {
            return;
        }
        lastProgress = now;
        events.publish(sessionId, new SessionEvent.Progress(sessionId, progress.attempt(), progress
                .currentQuality(), byName(progress.patternCoverage()), progress.objective(), progress.timeElapsedMs(),
                progress.estimatedTimeRemainingMs(), thresholds, "generating"));
    }

    @Override
    public void thresholdMet(ThresholdCheck threshold, long timeElapsedMs) {
        if (control.abandoned()) {
            return;
        }
        events.publish(sessionId, new SessionEvent.ThresholdMet(sessionId, threshold.type(), threshold.name(),
                threshold.achieved(), threshold.required(), timeElapsedMs, Instant.now()
                        .toString()));
    }

    /** The coverage per group by the API's group names, in the engine's order (hot, warm, cold). */
    private static Map<String, Double> byName(Map<PatternGroup, Double> coverage) {
        Map<String, Double> named = new LinkedHashMap<>();
        coverage.forEach((group, share) -> named.put(Codes.of(group), share));
        return named;
    }
}
