package org.lotteryengine.lotteries.repository.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The prize for one match count of a game (table {@code lottery_prize_tiers}).
 */
@Embeddable
public class PrizeTierEmbeddable {

    @Column(name = "match_count", nullable = false)
    public int matchCount;

    /** {@code fixed}, {@code free_ticket} or {@code pari_mutuel}. */
    @Column(name = "prize_type", nullable = false, length = 20)
    public String prizeType;

    /** The amount; null only for a pari-mutuel prize. */
    @Column(name = "prize_amount", precision = 12, scale = 2)
    public BigDecimal prizeAmount;

    @Column(length = 200)
    public String description;
}
