package org.lotteryengine.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.mutiny.TimeoutException;

/**
 * The DOWN answer of a check whose dependency failed: what failed and after how long, never a stack trace.
 */
public final class HealthChecks {

    private HealthChecks() {
    }

    public static HealthCheckResponse down(String name, Throwable failure, long startedNanos) {
        String error = failure instanceof TimeoutException ? "no answer in time"
                : failure.getMessage() != null ? failure.getMessage() : "unreachable";
        return HealthCheckResponse.named(name)
                .down()
                .withData("error", error)
                .withData("elapsed_ms", (System.nanoTime() - startedNanos) / 1_000_000)
                .build();
    }
}
