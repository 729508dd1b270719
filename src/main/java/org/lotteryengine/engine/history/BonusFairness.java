package org.lotteryengine.engine.history;

import java.util.Arrays;
import java.util.List;

import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;

/**
 * The chi-square screen of a bonus game's bonus numbers, apart from its main numbers: a fair bonus drum draws each of
 * its m numbers in b/m of the draws. A same-drum bonus ball is one of the n - k balls left after the main draw, so a
 * number is expected as the bonus ball in the sum, over the draws that left it in the drum, of 1/(n - k).
 */
public final class BonusFairness {

    private BonusFairness() {
    }

    public static ChiSquareTest bonusNumbers(BonusGame game, List<BonusDraw> draws) {
        return FairnessTests.chiSquare(observedBonus(game, draws), expectedBonus(game, draws));
    }

    /** How often each bonus number, from {@link BonusGame#bonusMin()} up, was drawn as a bonus number. */
    static int[] observedBonus(BonusGame game, List<BonusDraw> draws) {
        int[] observed = new int[game.bonusMax() - game.bonusMin() + 1];
        for (BonusDraw draw : draws) {
            for (int number : draw.bonus()) {
                observed[number - game.bonusMin()]++;
            }
        }
        return observed;
    }

    /** How often a fair game would have drawn each bonus number as a bonus number in these draws. */
    static double[] expectedBonus(BonusGame game, List<BonusDraw> draws) {
        int pool = game.bonusMax() - game.bonusMin() + 1;
        double[] expected = new double[pool];
        if (game.drum() == BonusDrum.SEPARATE) {
            Arrays.fill(expected, (double) draws.size() * game.bonusDrawn() / pool);
            return expected;
        }
        double perLeftBall = 1.0 / (game.mainPoolSize() - game.mainDrawn());
        for (BonusDraw draw : draws) {
            for (int i = 0; i < pool; i++) {
                expected[i] += perLeftBall;
            }
            for (int number : draw.main()) {
                expected[number - game.bonusMin()] -= perLeftBall;
            }
        }
        return expected;
    }
}
