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
        int pool = game.bonusMax() - game.bonusMin() + 1;
        int[] observed = new int[pool];
        double[] expected = new double[pool];
        boolean sameDrum = game.drum() == BonusDrum.SAME;
        double perLeftBall = 1.0 / (game.mainPoolSize() - game.mainDrawn());
        for (BonusDraw draw : draws) {
            for (int number : draw.bonus()) {
                observed[number - game.bonusMin()]++;
            }
            if (sameDrum) {
                for (int i = 0; i < pool; i++) {
                    expected[i] += perLeftBall;
                }
                for (int number : draw.main()) {
                    expected[number - game.bonusMin()] -= perLeftBall;
                }
            }
        }
        if (!sameDrum) {
            Arrays.fill(expected, (double) draws.size() * game.bonusDrawn() / pool);
        }
        return FairnessTests.chiSquare(observed, expected);
    }
}
