package org.lotteryengine.generation.service;

import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An event of a generation's status stream (spec 3.3). Each record is the event's data as the stream shows it, its
 * components in the order of the JSON; {@link #type()} names it. Jackson writes them by reflection, so a native image
 * must register them (with their nested records).
 */
@RegisterForReflection(ignoreNested = false)
public sealed interface SessionEvent {

    /** The event's name on the stream. */
    enum Type {
        PROGRESS("progress"),
        THRESHOLD_MET("threshold_met"),
        COMPLETE("complete"),
        ERROR("error");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** Whether nothing follows an event of this type. */
        public boolean terminal() {
            return this == COMPLETE || this == ERROR;
        }
    }

    Type type();

    /**
     * A running generation's best set so far, with the run's targets.
     *
     * @param patternCoverage coverage of each pattern group
     * @param thresholds each bar's target, so that a client draws each against its own
     */
    record Progress(String sessionId, int attempt, double currentQuality, Map<String, Double> patternCoverage,
            double objective, long timeElapsed, long estimatedTimeRemaining, Map<String, Double> thresholds,
            String status) implements SessionEvent {

        @Override
        public Type type() {
            return Type.PROGRESS;
        }
    }

    /** A stopping threshold reached during the run. */
    record ThresholdMet(String sessionId, String thresholdType, String thresholdName, double achieved,
            double required, long timeElapsed, String timestamp) implements SessionEvent {

        @Override
        public Type type() {
            return Type.THRESHOLD_MET;
        }
    }

    /**
     * The set is stored.
     *
     * @param finalQuality the set's optimizationScore: as computed when live, as stored (3 decimals) when replayed
     */
    record Complete(String sessionId, String status, Number finalQuality, int totalAttempts, long totalTime,
            String stoppingReason) implements SessionEvent {

        @Override
        public Type type() {
            return Type.COMPLETE;
        }
    }

    /** The session ended without a set, or can no longer end. */
    record Error(String sessionId, String status, String message) implements SessionEvent {

        @Override
        public Type type() {
            return Type.ERROR;
        }
    }
}
