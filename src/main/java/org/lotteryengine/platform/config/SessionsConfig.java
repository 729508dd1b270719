package org.lotteryengine.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Live state of generation sessions shared through Redis (spec 3.3, 10.3).
 */
@ConfigMapping(prefix = "lottery.sessions")
public interface SessionsConfig {

    /** How long a session's events stay in Redis after its last event, for late or reconnecting SSE clients. */
    @WithDefault("PT1H")
    Duration eventTtl();

    /**
     * How long a running session's heartbeat lives in Redis without renewal; a session marked active whose heartbeat
     * is gone is taken as interrupted (its replica died).
     */
    @WithDefault("PT5S")
    Duration heartbeatTtl();

    /**
     * How often a status stream looks for new events while none arrive. New events are pushed (a Redis notification,
     * or directly on the replica that runs the session); this is the fallback when a notification is lost, and the
     * pace of the check whether an idle session's replica died.
     */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Status streams one client may hold open at once on a replica; beyond it, 429. */
    @WithDefault("10")
    @Positive
    int maxStreamsPerClient();

    /**
     * Sessions still active after this long are interrupted whatever their heartbeat says (used when Redis cannot
     * say): longer than any generation may run.
     */
    @WithDefault("PT5M")
    Duration staleAfter();
}
