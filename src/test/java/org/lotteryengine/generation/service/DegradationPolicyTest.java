package org.lotteryengine.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.platform.config.DegradationConfig;

/**
 * Spec 10.3's levels from CPU, memory and active sessions, and what each one does to a generation.
 */
class DegradationPolicyTest {

    private static DegradationPolicy policy(boolean enabled) {
        return new DegradationPolicy(new DegradationConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public List<Integer> cpuPercent() {
                return List.of(60, 70, 80, 90);
            }

            @Override
            public List<Integer> memoryPercent() {
                return List.of(55, 65, 75, 85);
            }

            @Override
            public List<Integer> activeSessions() {
                return List.of(500, 700, 900);
            }
        }, null);
    }

    @Test
    void theHighestLevelAnyMeasureReachesApplies() {
        DegradationPolicy policy = policy(true);
        assertThat(policy.level(10, 10, 0)).isZero();
        assertThat(policy.level(60, 10, 0)).isZero();
        assertThat(policy.level(61, 10, 0)).isEqualTo(1);
        assertThat(policy.level(75, 10, 0)).isEqualTo(2);
        assertThat(policy.level(10, 76, 0)).isEqualTo(3);
        assertThat(policy.level(95, 10, 0)).isEqualTo(4);
        assertThat(policy.level(10, 10, 501)).isEqualTo(1);
        assertThat(policy.level(10, 10, 901)).isEqualTo(3);
        // Sessions alone never reach emergency, as in the spec.
        assertThat(policy.level(10, 10, 100_000)).isEqualTo(3);
    }

    @Test
    void eachLevelScalesTheRunAndCapsTickets() {
        assertThat(DegradationPolicy.LEVELS).extracting(Degradation::level)
                .containsExactly("normal", "reduced_quality", "simplified_algo", "basic_random", "emergency");
        assertThat(DegradationPolicy.LEVELS.get(1)).isEqualTo(new Degradation(1.0, 1.0, 0.9, 0, "reduced_quality"));
        assertThat(DegradationPolicy.LEVELS.get(2).ticketCap()).isEqualTo(100);
        assertThat(DegradationPolicy.LEVELS.get(3).ticketCap()).isEqualTo(50);
        assertThat(DegradationPolicy.LEVELS.get(4).ticketCap()).isEqualTo(20);
    }

    @Test
    void disabledMeansNormal() {
        assertThat(policy(false).current(10_000)).isEqualTo(Degradation.none());
    }
}
