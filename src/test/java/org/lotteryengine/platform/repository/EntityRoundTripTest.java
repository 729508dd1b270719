package org.lotteryengine.platform.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.draws.repository.DrawRepository;
import org.lotteryengine.draws.repository.HotNumberRepository;
import org.lotteryengine.draws.repository.PatternGroupRepository;
import org.lotteryengine.draws.repository.ProvenCombinationRepository;
import org.lotteryengine.draws.repository.entity.DrawEntity;
import org.lotteryengine.draws.repository.entity.HotNumberEntity;
import org.lotteryengine.draws.repository.entity.PatternGroupEntity;
import org.lotteryengine.draws.repository.entity.ProvenCombinationEntity;
import org.lotteryengine.generation.repository.GeneratedTicketSetRepository;
import org.lotteryengine.generation.repository.GenerationPerformanceRepository;
import org.lotteryengine.generation.repository.LotteryTicketRepository;
import org.lotteryengine.generation.repository.UserSessionRepository;
import org.lotteryengine.generation.repository.entity.GeneratedTicketSetEntity;
import org.lotteryengine.generation.repository.entity.GenerationPerformanceEntity;
import org.lotteryengine.generation.repository.entity.LotteryTicketEntity;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;

import io.quarkus.test.TestReactiveTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.UniAsserter;

/**
 * Every entity is written and read back through its repository with the same values: arrays, JSON columns and
 * decimals included. Each test runs in a transaction that is rolled back.
 */
@QuarkusTest
class EntityRoundTripTest {

    @Inject
    UserSessionRepository sessions;
    @Inject
    GeneratedTicketSetRepository ticketSets;
    @Inject
    LotteryTicketRepository tickets;
    @Inject
    GenerationPerformanceRepository performance;
    @Inject
    DrawRepository draws;
    @Inject
    PatternGroupRepository patternGroups;
    @Inject
    HotNumberRepository hotNumbers;
    @Inject
    ProvenCombinationRepository provenCombinations;

    @Test
    @TestReactiveTransaction
    void aSessionWithItsSetTicketsAndAttempts(UniAsserter asserter) {
        UserSessionEntity session = new UserSessionEntity();
        session.sessionId = UUID.randomUUID().toString();
        session.lotteryConfigId = "5-35";
        session.targetTier = "tier4";
        session.numberOfTickets = 100;
        session.strategy = "aggressive";
        session.budget = new BigDecimal("500.00");
        session.preferences = Map.of("maxGenerationTime", 30000, "allowColdPatterns", false);
        session.status = "active";

        GeneratedTicketSetEntity set = new GeneratedTicketSetEntity();
        set.status = "success";
        set.generationAttempts = 23;
        set.generationTimeMs = 123;
        set.stoppingReason = "pattern_thresholds";
        set.overallQuality = new BigDecimal("0.823");
        set.qualityGrade = "A";
        set.patternHotCoverage = new BigDecimal("0.940");
        set.patternWarmCoverage = new BigDecimal("0.060");
        set.patternColdCoverage = new BigDecimal("0.000");
        set.patternEfficiency = new BigDecimal("0.890");
        set.expectedTier3Wins = new BigDecimal("1.3400");
        set.expectedTier4Wins = new BigDecimal("0.0462");
        set.expectedTier5Wins = new BigDecimal("0.000308");

        LotteryTicketEntity ticket = new LotteryTicketEntity();
        ticket.ticketIndex = 0;
        ticket.numbers = new int[] { 5, 16, 23, 28, 34 };
        ticket.pattern = "01223";
        ticket.patternGroup = "hot";
        ticket.generationStrategy = "hot_pair";
        ticket.qualityScore = new BigDecimal("0.847");
        ticket.expectedMatches = new BigDecimal("0.71");

        GenerationPerformanceEntity attempt = new GenerationPerformanceEntity();
        attempt.attemptNumber = 1;
        attempt.qualityScore = new BigDecimal("0.700");
        attempt.patternHotCoverage = new BigDecimal("0.900");
        attempt.patternDiversityScore = new BigDecimal("0.500");
        attempt.timeElapsedMs = 12;
        attempt.thresholdStatus = Map.of("hotPatternCoverage", true);

        asserter.execute(() -> sessions.persist(session));
        asserter.execute(() -> {
            set.sessionId = session.id;
            attempt.sessionId = session.id;
            return ticketSets.persist(set);
        });
        asserter.execute(() -> {
            ticket.ticketSetId = set.id;
            return tickets.persist(ticket)
                    .chain(() -> performance.persist(attempt))
                    .chain(() -> sessions.flush());
        });
        asserter.execute(() -> sessions.getSession()
                .invoke(hibernate -> hibernate.clear()));

        asserter.assertThat(() -> sessions.findBySessionId(session.sessionId), found -> {
            UserSessionEntity read = found.orElseThrow();
            assertThat(read.targetTier).isEqualTo("tier4");
            assertThat(read.budget).isEqualByComparingTo("500.00");
            assertThat(read.preferences).containsEntry("maxGenerationTime", 30000)
                    .containsEntry("allowColdPatterns", false);
            assertThat(read.createdAt).isNotNull();
        });
        asserter.assertThat(() -> ticketSets.findBySession(session.id), found -> {
            GeneratedTicketSetEntity read = found.orElseThrow();
            assertThat(read.stoppingReason).isEqualTo("pattern_thresholds");
            assertThat(read.expectedTier5Wins).isEqualByComparingTo("0.000308");
        });
        asserter.assertThat(() -> tickets.listBySet(set.id), read -> {
            assertThat(read).hasSize(1);
            assertThat(read.get(0).numbers).containsExactly(5, 16, 23, 28, 34);
            assertThat(read.get(0).pattern).isEqualTo("01223");
        });
        asserter.assertThat(() -> performance.listBySession(session.id), read -> {
            assertThat(read).hasSize(1);
            assertThat(read.get(0).thresholdStatus).containsEntry("hotPatternCoverage", true);
        });
    }

    @Test
    @TestReactiveTransaction
    void drawsAndPatternData(UniAsserter asserter) {
        DrawEntity draw = new DrawEntity();
        draw.lotteryConfigId = "5-35";
        draw.drawDate = LocalDate.of(2018, 9, 24);
        draw.numbers = new int[] { 8, 15, 16, 20, 35 };

        PatternGroupEntity group = new PatternGroupEntity();
        group.lotteryConfigId = "5-35";
        group.pattern = "01123";
        group.groupType = "hot";
        group.frequency = 87;
        group.historicalPercentage = new BigDecimal("8.406");
        group.efficiencyMultiplier = new BigDecimal("2.11");
        group.lastSeenDraw = 3;
        group.averageGap = new BigDecimal("11.90");

        HotNumberEntity hot = new HotNumberEntity();
        hot.lotteryConfigId = "5-35";
        hot.number = 20;
        hot.frequency = 170;
        hot.historicalPercentage = new BigDecimal("16.425");
        hot.associatedPatterns = new String[] { "01223", "11223" };

        ProvenCombinationEntity pair = new ProvenCombinationEntity();
        pair.lotteryConfigId = "5-35";
        pair.combinationType = "pair";
        pair.numbers = new int[] { 19, 28 };
        pair.frequency = 24;
        pair.historicalPercentage = new BigDecimal("2.319");
        pair.associatedPatterns = new String[] { "01223" };

        // Other tests may have stored an analysis of 5-35 (the pattern refresh does): this transaction, rolled back
        // at the end, starts from none.
        asserter.execute(() -> patternGroups.delete("lotteryConfigId", "5-35")
                .chain(() -> hotNumbers.delete("lotteryConfigId", "5-35"))
                .chain(() -> provenCombinations.delete("lotteryConfigId", "5-35"))
                .chain(() -> draws.delete("lotteryConfigId", "5-35")));
        asserter.execute(() -> draws.persist(draw)
                .chain(() -> patternGroups.persist(group))
                .chain(() -> hotNumbers.persist(hot))
                .chain(() -> provenCombinations.persist(pair))
                .chain(() -> draws.flush()));
        asserter.execute(() -> draws.getSession()
                .invoke(hibernate -> hibernate.clear()));

        asserter.assertThat(() -> draws.listByLottery("5-35"), read -> {
            assertThat(read).hasSize(1);
            assertThat(read.get(0).drawDate).isEqualTo(LocalDate.of(2018, 9, 24));
            assertThat(read.get(0).drawNumber).isNull();
            assertThat(read.get(0).numbers).containsExactly(8, 15, 16, 20, 35);
        });
        asserter.assertEquals(() -> draws.countByLottery("5-35"), 1L);
        asserter.assertThat(() -> patternGroups.listByLottery("5-35"), read -> {
            assertThat(read).hasSize(1);
            assertThat(read.get(0).historicalPercentage).isEqualByComparingTo("8.406");
            assertThat(read.get(0).averageGap).isEqualByComparingTo("11.90");
        });
        asserter.assertThat(() -> hotNumbers.listByLottery("5-35"),
                read -> assertThat(read.get(0).associatedPatterns).containsExactly("01223", "11223"));
        asserter.assertThat(() -> provenCombinations.listByLottery("5-35", "pair"),
                read -> assertThat(read.get(0).numbers).containsExactly(19, 28));
    }
}
