package org.lotteryengine.lotteries.repository.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A lottery game: its numbers (and bonus numbers, if it has any), ticket price, pattern rule and prizes (table
 * {@code lottery_configurations}).
 */
@Entity
@Table(name = "lottery_configurations")
public class LotteryConfigurationEntity {

    /** Path-safe id used in URLs, e.g. {@code tx-cash-five-5-35}. */
    @Id
    @Column(length = 64)
    public String id;

    /** Display name, the spec's {@code lotteryType}, e.g. {@code 5/35}. */
    @Column(nullable = false, length = 100, unique = true)
    public String name;

    @Column(length = 500)
    public String description;

    @Column(name = "number_min", nullable = false)
    public int numberMin;

    @Column(name = "number_max", nullable = false)
    public int numberMax;

    @Column(name = "draw_size", nullable = false)
    public int drawSize;

    @Column(name = "pattern_length", nullable = false)
    public int patternLength;

    @Column(name = "pattern_rule", nullable = false, length = 20)
    public String patternRule;

    @Column(name = "ticket_price", nullable = false, precision = 10, scale = 2)
    public BigDecimal ticketPrice;

    @Column(nullable = false, length = 3)
    public String currency;

    /** {@code separate} or {@code same} for a bonus game; null for a k-of-n game. */
    @Column(name = "bonus_drum", length = 10)
    public String bonusDrum;

    @Column(name = "bonus_min")
    public Integer bonusMin;

    @Column(name = "bonus_max")
    public Integer bonusMax;

    @Column(name = "bonus_drawn")
    public Integer bonusDrawn;

    /**
     * One entry per prized match count, ascending; a bonus game's are sorted by their rank when read. Always loaded: a
     * configuration is useless without them.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lottery_prize_tiers", joinColumns = @JoinColumn(name = "lottery_config_id"))
    @OrderBy("matchCount")
    public List<PrizeTierEmbeddable> prizeTiers = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
