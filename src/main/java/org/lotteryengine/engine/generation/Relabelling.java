package org.lotteryengine.engine.generation;

import java.util.random.RandomGenerator;

import org.lotteryengine.engine.format.LotteryFormat;

/**
 * A permutation of a game's numbers that keeps what a generated set reports about its tickets.
 * <p>
 * Every exact figure of a set (coverage per tier, the payout distribution, expected wins, guarantees, each ticket's
 * share) counts draws by how tickets meet them; a permutation of the numbers maps draws one to one, so the relabelled
 * set has the same figures. The permutation is further restricted so that the tickets keep their reports: numbers move
 * only within their decade (the pattern string, hence its group, stays) and only among numbers of the same kind, hot
 * or not (the hot-number coverage and an aggressive pool of hot numbers stay); the numbers a ticket's strategy placed
 * (a frequent pair, a proven triplet, a consecutive run: the {@linkplain GeneratedTicket#anchor() anchors}) do not
 * move, so a hot_pair ticket still holds its frequent pair.
 */
public final class Relabelling {

    /** For each element (number - numberMin) the element it becomes. */
    private final int[] image;

    private Relabelling(int[] image) {
        this.image = image;
    }

    /** The permutation that moves nothing. */
    public static Relabelling identity(LotteryFormat format) {
        int[] image = new int[format.poolSize()];
        for (int element = 0; element < image.length; element++) {
            image[element] = element;
        }
        return new Relabelling(image);
    }

    /**
     * A uniformly random permutation among those that keep decades, keep hot numbers among hot numbers, and fix the
     * given numbers.
     *
     * @param hotNumbers the hot numbers, as a mask of the format
     * @param fixed numbers that must not move, as a mask
     */
    public static Relabelling random(LotteryFormat format, long hotNumbers, long fixed, RandomGenerator random) {
        Relabelling relabelling = identity(format);
        int firstDecade = format.numberMin() / 10;
        int decades = format.numberMax() / 10 - firstDecade + 1;
        for (int decade = 0; decade < decades; decade++) {
            long cell = 0;
            for (int element = 0; element < format.poolSize(); element++) {
                if ((format.numberMin() + element) / 10 - firstDecade == decade) {
                    cell |= 1L << element;
                }
            }
            cell &= ~fixed;
            relabelling.shuffle(cell & hotNumbers, random);
            relabelling.shuffle(cell & ~hotNumbers, random);
        }
        return relabelling;
    }

    /** Fisher-Yates over the cell's elements: each element of the cell goes to a uniformly random one of the cell. */
    private void shuffle(long cell, RandomGenerator random) {
        int[] elements = new int[Long.bitCount(cell)];
        int count = 0;
        for (long rest = cell; rest != 0; rest &= rest - 1) {
            elements[count++] = Long.numberOfTrailingZeros(rest);
        }
        int[] targets = elements.clone();
        for (int i = targets.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = targets[i];
            targets[i] = targets[j];
            targets[j] = swap;
        }
        for (int i = 0; i < elements.length; i++) {
            image[elements[i]] = targets[i];
        }
    }

    /** The image of a set of numbers, given and returned as masks of the format. */
    public long apply(long mask) {
        long mapped = 0;
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            mapped |= 1L << image[Long.numberOfTrailingZeros(rest)];
        }
        return mapped;
    }

    /** Whether the permutation moves nothing. */
    public boolean isIdentity() {
        for (int element = 0; element < image.length; element++) {
            if (image[element] != element) {
                return false;
            }
        }
        return true;
    }
}
