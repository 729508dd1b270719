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
 * A number's observed frequency in one game (table {@code hot_numbers}).
 */
@Entity
@Table(name = "hot_numbers")
public class HotNumberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "lottery_config_id", nullable = false, length = 64)
    public String lotteryConfigId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int frequency;

    @Column(name = "historical_percentage", nullable = false, precision = 6, scale = 3)
    public BigDecimal historicalPercentage;

    @Column(name = "associated_patterns", nullable = false, columnDefinition = PostgresArrays.TEXT_ARRAY)
    public String[] associatedPatterns = new String[0];

    @Column(name = "last_seen_draw")
    public Integer lastSeenDraw;

    @Column(name = "average_gap", precision = 8, scale = 2)
    public BigDecimal averageGap;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
