package org.lotteryengine.engine.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bonus games whose published odds the tests check, as their operators define them.
 */
public final class BonusGames {

    private BonusGames() {
    }

    /** Powerball since 2015-10-04: 5 of 1..69 and 1 of 1..26, $2 (powerball.com, Prize Chart and Powerball Odds). */
    public static BonusGame powerball() {
        return BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, new BigDecimal("2.00"), List.of(BonusTier
                .pariMutuel(5, 1), BonusTier.fixed(5, 0, "1000000"), BonusTier.fixed(4, 1, "50000"),
                BonusTier.fixed(
                        4, 0, "100"),
                BonusTier.fixed(3, 1, "100"), BonusTier.fixed(3, 0, "7"), BonusTier.fixed(2, 1,
                        "7"),
                BonusTier.fixed(1, 1, "4"), BonusTier.fixed(0, 1, "4")));
    }

    /** EuroMillions since 2016-09-27: 5 of 1..50 and 2 Lucky Stars of 1..12, 13 pari-mutuel tiers in rank order. */
    public static BonusGame euroMillions() {
        List<BonusTier> tiers = new ArrayList<>();
        for (int[] tier : new int[][] { { 5, 2 }, { 5, 1 }, { 5, 0 }, { 4, 2 }, { 4, 1 }, { 3, 2 }, { 4, 0 }, { 2, 2 },
                { 3, 1 }, { 3, 0 }, { 1, 2 }, { 2, 1 }, { 2, 0 } }) {
            tiers.add(BonusTier.pariMutuel(tier[0], tier[1]));
        }
        return BonusGame.of(1, 50, 5, BonusDrum.SEPARATE, 1, 12, 2, new BigDecimal("2.50"), tiers);
    }

    /** UK Lotto since 2015-10-10: 6 of 1..59 and a bonus ball from the same drum that counts for 5 + bonus only. */
    public static BonusGame ukLotto() {
        return BonusGame.of(1, 59, 6, BonusDrum.SAME, 0, 0, 1, new BigDecimal("2.00"), List.of(BonusTier.pariMutuel(
                6, 0), BonusTier.fixed(5, 1, "1000000"), BonusTier.fixed(5, 0, "1750"), BonusTier.fixed(4, 0, "140"),
                BonusTier.fixed(3, 0, "30"), new BonusTier(2, 0, PrizeKind.FREE_TICKET, new BigDecimal("2.00"),
                        "a free Lotto Lucky Dip")));
    }

    /** Powerball's tiers on a game small enough for brute force: 5 of 1..16 and 1 of 1..5. */
    public static BonusGame smallPowerball() {
        return BonusGame.of(1, 16, 5, BonusDrum.SEPARATE, 1, 5, 1, new BigDecimal("2.00"), List.of(BonusTier
                .pariMutuel(5, 1), BonusTier.fixed(5, 0, "1000"), BonusTier.fixed(4, 1, "200"),
                BonusTier.fixed(4, 0,
                        "20"),
                BonusTier.fixed(3, 1, "10"), BonusTier.fixed(3, 0, "3"), BonusTier.fixed(2, 1, "3"),
                BonusTier.fixed(1, 1, "2"), BonusTier.fixed(0, 1, "2")));
    }
}
