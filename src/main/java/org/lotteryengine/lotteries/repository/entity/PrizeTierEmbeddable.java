package org.lotteryengine.lotteries.repository.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The prize for one match count (with a bonus game's bonus matches) of a game (table {@code lottery_prize_tiers}).
 */
@Embeddable
public class PrizeTierEmbeddable {

    @Column(name = "match_count", nullable = false)
    public int matchCount;

    /** Bonus numbers matched; 0 for a k-of-n game. */
    @Column(name = "bonus_matches", nullable = false)
    public int bonusMatches;

    /** 1 for a bonus game's best tier; null for a k-of-n game, whose tiers rank by match count. */
    @Column(name = "tier_rank")
    public Integer rank;

    /** {@code fixed}, {@code free_ticket} or {@code pari_mutuel}. */
    @Column(name = "prize_type", nullable = false, length = 20)
    public String prizeType;

    /** The amount; null only for a pari-mutuel prize. */
    @Column(name = "prize_amount", precision = 12, scale = 2)
    public BigDecimal prizeAmount;

    @Column(length = 200)
    public String description;
}
