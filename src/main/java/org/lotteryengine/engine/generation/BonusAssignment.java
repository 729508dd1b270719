package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;

/**
 * Gives main-number tickets their bonus numbers (separate drum only: a same-drum game's tickets hold none).
 * <ul>
 * <li>{@link Mode#SPREAD}, for a set that should win somewhere: each ticket takes the bonus numbers that the tickets
 * most like it (most main numbers in common) hold least, so that the draws on which some ticket is one bonus match
 * from a prize differ from ticket to ticket. With at least as many tickets as bonus numbers, every bonus number is
 * held, so a game that pays the bonus alone (Powerball's 0 + 1) pays on every draw.</li>
 * <li>{@link Mode#SHARED}, for wins that come together: every ticket holds the same bonus numbers, chosen by the
 * seed, so a bonus match lifts every ticket at once and the payout's variance grows.</li>
 * </ul>
 * Neither changes the expected payout: each ticket keeps its own odds.
 */
public final class BonusAssignment {

    /** How bonus numbers are placed. */
    public enum Mode {
        SPREAD,
        SHARED
    }

    private BonusAssignment() {
    }

    public static List<BonusTicket> assign(BonusGame game, List<int[]> mainTickets, Mode mode, long seed) {
        List<BonusTicket> tickets = new ArrayList<>();
        if (game.drum() == BonusDrum.SAME) {
            for (int t = 0; t < mainTickets.size(); t++) {
                tickets.add(BonusTicket.of(game, t, mainTickets.get(t), new int[0]));
            }
            return tickets;
        }
        List<int[]> choices = bonusSets(game);
        SplittableRandom random = new SplittableRandom(seed);
        if (mode == Mode.SHARED) {
            int[] shared = choices.get(random.nextInt(choices.size()));
            for (int t = 0; t < mainTickets.size(); t++) {
                tickets.add(BonusTicket.of(game, t, mainTickets.get(t), shared));
            }
            return tickets;
        }
        int pool = game.bonusMax() - game.bonusMin() + 1;
        long[] used = new long[pool];
        // The seed decides where the spreading starts, so that two seeds give different sets.
        int offset = random.nextInt(choices.size());
        for (int t = 0; t < mainTickets.size(); t++) {
            int[] main = mainTickets.get(t);
            int[] best = null;
            long bestCost = Long.MAX_VALUE;
            for (int c = 0; c < choices.size(); c++) {
                int[] choice = choices.get((c + offset) % choices.size());
                long cost = 0;
                for (int before = 0; before < t; before++) {
                    int shared = common(tickets.get(before)
                            .bonus(), choice);
                    if (shared > 0) {
                        // The whole set of bonus numbers again weighs 4 (a pair repeated covers no new pair), one
                        // number 1; each main number in common multiplies by 16, more than any count of less alike
                        // tickets.
                        int alike = common(tickets.get(before)
                                .main(), main);
                        cost += (1L << (2 * (shared - 1))) << (4 * alike);
                    }
                }
                for (int number : choice) {
                    cost += used[number - game.bonusMin()];
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = choice;
                }
            }
            for (int number : best) {
                used[number - game.bonusMin()]++;
            }
            tickets.add(BonusTicket.of(game, t, main, best));
        }
        return tickets;
    }

    /** Every set of b bonus numbers, ascending. */
    private static List<int[]> bonusSets(BonusGame game) {
        List<int[]> sets = new ArrayList<>();
        for (int first = game.bonusMin(); first <= game.bonusMax(); first++) {
            if (game.bonusDrawn() == 1) {
                sets.add(new int[] { first });
                continue;
            }
            for (int second = first + 1; second <= game.bonusMax(); second++) {
                sets.add(new int[] { first, second });
            }
        }
        return sets;
    }

    private static int common(int[] a, int[] b) {
        int count = 0;
        for (int x : a) {
            for (int y : b) {
                count += x == y ? 1 : 0;
            }
        }
        return count;
    }
}
