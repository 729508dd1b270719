package org.lotteryengine.draws.repository.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.lotteryengine.platform.repository.PostgresArrays;

/**
 * A pair or triplet of numbers seen together in past draws (table {@code proven_combinations}). "Proven" is the
 * spec's word: it means observed, not predictive.
 */
@Entity
@Table(name = "proven_combinations")
public class ProvenCombinationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "lottery_config_id", nullable = false, length = 64)
    public String lotteryConfigId;

    /** {@code pair} or {@code triplet}. */
    @Column(name = "combination_type", nullable = false, length = 20)
    public String combinationType;

    @Column(nullable = false, columnDefinition = PostgresArrays.INTEGER_ARRAY)
    public int[] numbers;

    @Column(nullable = false)
    public int frequency;

    @Column(name = "historical_percentage", nullable = false, precision = 6, scale = 3)
    public BigDecimal historicalPercentage;

    @Column(name = "associated_patterns", nullable = false, columnDefinition = PostgresArrays.TEXT_ARRAY)
    public String[] associatedPatterns = new String[0];

    @Column(name = "last_seen_draw")
    public Integer lastSeenDraw;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
