package org.lotteryengine.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.wheel.WheelRequirement;
import org.lotteryengine.evaluation.repository.WheelDesignRepository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The background search of wheel designs: a poor stored design is replaced by a smaller one that still meets its
 * guarantee, and the search time spent on it is recorded.
 */
@QuarkusTest
class WheelImproverTest {

    /** Pairs of 13 numbers in tickets of 4: the projective plane of order 3 does it with 13. */
    private static final WheelRequirement PAIRS = new WheelRequirement(13, 4, 2, 2);

    @Inject
    WheelImprover improver;

    @Inject
    WheelDesignRepository designs;

    @Inject
    Pool pool;

    @Test
    void aStoredDesignIsReplacedByASmallerOneThatStillMeetsItsGuarantee() {
        long[] poor = onePerPair();
        pool.preparedQuery("DELETE FROM wheel_designs WHERE points = $1 AND ticket_size = $2 AND drawn_in_pool = $3"
                + " AND matches = $4")
                .executeAndAwait(Tuple.of(PAIRS.points(), PAIRS.ticketSize(), PAIRS.drawnInPool(), PAIRS.matches()));
        // Other tests' designs are marked as searched, so that this one is the first the search leases.
        pool.query("UPDATE wheel_designs SET background_ms = 1000000000000")
                .executeAndAwait();
        assertThat(designs.offer(PAIRS, poor, 0)
                .await()
                .indefinitely()).contains(1);

        improver.start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> stored().tickets().length < poor.length);
        } finally {
            improver.stop();
        }

        WheelDesignRepository.StoredWheel smaller = stored();
        assertThat(smaller.revision()).isGreaterThanOrEqualTo(2);
        assertThat(smaller.tickets().length).isGreaterThanOrEqualTo((int) PAIRS.lowerBound());
        for (long pair : CombinationMasks.subsetsOf(CombinationMasks.pool(PAIRS.points()), 2)) {
            assertThat(Arrays.stream(smaller.tickets())
                    .anyMatch(ticket -> (ticket & pair) == pair)).as("pair %s", Long.toBinaryString(pair))
                    .isTrue();
        }
        // The lease is given back with the search time added.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> {
                    var row = pool.preparedQuery("SELECT background_ms, claimed_by FROM wheel_designs WHERE points = $1"
                            + " AND ticket_size = $2 AND drawn_in_pool = $3 AND matches = $4")
                            .executeAndAwait(Tuple.of(PAIRS.points(), PAIRS.ticketSize(), PAIRS.drawnInPool(), PAIRS
                                    .matches()))
                            .iterator()
                            .next();
                    return row.getString("claimed_by") == null && row.getLong("background_ms") > 0;
                });
    }

    private WheelDesignRepository.StoredWheel stored() {
        Optional<WheelDesignRepository.StoredWheel> found = designs.find(PAIRS)
                .await()
                .indefinitely();
        return found.orElseThrow();
    }

    /** A ticket for each pair, filled up with the next numbers: every pair covered, 78 tickets before duplicates. */
    private static long[] onePerPair() {
        Set<Long> tickets = new LinkedHashSet<>();
        for (long pair : CombinationMasks.subsetsOf(CombinationMasks.pool(PAIRS.points()), 2)) {
            long ticket = pair;
            for (int point = 0; Long.bitCount(ticket) < PAIRS.ticketSize(); point++) {
                ticket |= 1L << point;
            }
            tickets.add(ticket);
        }
        return tickets.stream()
                .mapToLong(Long::longValue)
                .toArray();
    }
}
