package org.lotteryengine.generation.repository.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The result of one session (table {@code generated_ticket_sets}).
 */
@Entity
@Table(name = "generated_ticket_sets")
public class GeneratedTicketSetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    /** The owning session's row id ({@code user_sessions.id}). */
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    /** {@code success}, {@code partial}, {@code fallback} or {@code failed}. */
    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "generation_attempts", nullable = false)
    public int generationAttempts;

    @Column(name = "generation_time_ms", nullable = false)
    public int generationTimeMs;

    @Column(name = "stopping_reason", nullable = false, length = 50)
    public String stoppingReason;

    @Column(name = "overall_quality", nullable = false, precision = 5, scale = 3)
    public BigDecimal overallQuality;

    @Column(name = "quality_grade", nullable = false, length = 5)
    public String qualityGrade;

    @Column(name = "pattern_hot_coverage", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternHotCoverage;

    @Column(name = "pattern_warm_coverage", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternWarmCoverage;

    @Column(name = "pattern_cold_coverage", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternColdCoverage;

    @Column(name = "pattern_efficiency", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternEfficiency;

    @Column(name = "expected_tier3_wins", precision = 8, scale = 4)
    public BigDecimal expectedTier3Wins;

    @Column(name = "expected_tier4_wins", precision = 8, scale = 4)
    public BigDecimal expectedTier4Wins;

    @Column(name = "expected_tier5_wins", precision = 8, scale = 6)
    public BigDecimal expectedTier5Wins;

    /** The whole GeneratedTicketSet as the API returned it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> result = new HashMap<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
