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
 * One attempt of a generation (table {@code generation_performance}).
 */
@Entity
@Table(name = "generation_performance")
public class GenerationPerformanceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    /** The owning session's row id ({@code user_sessions.id}). */
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "attempt_number", nullable = false)
    public int attemptNumber;

    @Column(name = "quality_score", nullable = false, precision = 5, scale = 3)
    public BigDecimal qualityScore;

    @Column(name = "pattern_hot_coverage", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternHotCoverage;

    @Column(name = "pattern_diversity_score", nullable = false, precision = 5, scale = 3)
    public BigDecimal patternDiversityScore;

    @Column(name = "time_elapsed_ms", nullable = false)
    public int timeElapsedMs;

    /** Which thresholds this attempt met, by name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "threshold_status", nullable = false)
    public Map<String, Object> thresholdStatus = new HashMap<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
