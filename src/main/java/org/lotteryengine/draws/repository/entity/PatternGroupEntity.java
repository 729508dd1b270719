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

/**
 * A pattern's group and history in one game (table {@code pattern_groups}).
 */
@Entity
@Table(name = "pattern_groups")
public class PatternGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "lottery_config_id", nullable = false, length = 64)
    public String lotteryConfigId;

    @Column(nullable = false, length = 10)
    public String pattern;

    /** {@code hot}, {@code warm} or {@code cold}. */
    @Column(name = "group_type", nullable = false, length = 10)
    public String groupType;

    @Column(nullable = false)
    public int frequency;

    @Column(name = "historical_percentage", nullable = false, precision = 6, scale = 3)
    public BigDecimal historicalPercentage;

    /** The group's preference weight, not a measured effect on odds. */
    @Column(name = "efficiency_multiplier", nullable = false, precision = 4, scale = 2)
    public BigDecimal efficiencyMultiplier;

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
