package org.lotteryengine.engine;

import java.math.BigDecimal;
import java.util.List;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;

/**
 * Formats used across engine tests, with the source of their facts.
 */
public final class Formats {

    private Formats() {
    }

    /** The specification's 5/35 game (spec 2.1 and 3.1): tier3 $15, tier4 $500, tier5 $100,000, ticket $1. */
    public static LotteryFormat spec535() {
        return LotteryFormat.of(1, 35, 5, new BigDecimal("1.00"),
                List.of(Prize.fixed(3, "15"), Prize.fixed(4, "500"), Prize.fixed(5, "100000")));
    }

    /** Texas Cash Five since 2018 (../shared/data/SOURCES.md): 2 = free $1 ticket, 3 = $15, 4 = $350, 5 = $25,000. */
    public static LotteryFormat texasCashFive() {
        return LotteryFormat.of(1, 35, 5, new BigDecimal("1.00"),
                List.of(new Prize(2, PrizeKind.FREE_TICKET, new BigDecimal("1.00"), null), Prize.fixed(3, "15"),
                        Prize.fixed(4, "350"), Prize.fixed(5, "25000")));
    }

    /** Texas Cash 5, 2002-2018 (../shared/data/SOURCES.md): 2 = $2, 3/4/5 pari-mutuel. */
    public static LotteryFormat texasCash5() {
        return LotteryFormat.of(1, 37, 5, new BigDecimal("1.00"), List.of(Prize.fixed(2, "2"),
                new Prize(3, PrizeKind.PARI_MUTUEL, null, null), new Prize(4, PrizeKind.PARI_MUTUEL, null, null),
                new Prize(5, PrizeKind.PARI_MUTUEL, null, null)));
    }

    /** A classic 6/49 game with a $10 third tier (prize amounts are illustrative; draw counts are exact). */
    public static LotteryFormat lotto649() {
        return LotteryFormat.of(1, 49, 6, new BigDecimal("2.00"), List.of(Prize.fixed(3, "10"), Prize.fixed(4, "90"),
                Prize.fixed(5, "3000"), Prize.fixed(6, "5000000")));
    }
}
