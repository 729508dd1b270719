package org.lotteryengine.engine.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * N tickets of one format, in order. Duplicates are allowed, as real quick picks can repeat; the evaluator works on
 * the distinct tickets with their multiplicities.
 */
public final class TicketSet {

    private final LotteryFormat format;
    private final long[] masks;
    private final long[] distinct;
    private final int[] multiplicity;

    private TicketSet(LotteryFormat format, long[] masks) {
        this.format = format;
        this.masks = masks;
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (long mask : masks) {
            counts.merge(mask, 1, Integer::sum);
        }
        this.distinct = new long[counts.size()];
        this.multiplicity = new int[counts.size()];
        int i = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            distinct[i] = entry.getKey();
            multiplicity[i] = entry.getValue();
            i++;
        }
    }

    /**
     * A set from tickets given as numbers.
     *
     * @throws InvalidTicketException naming the first ticket that is not k distinct numbers of the game
     */
    public static TicketSet of(LotteryFormat format, List<int[]> tickets) {
        long[] masks = new long[tickets.size()];
        for (int i = 0; i < masks.length; i++) {
            try {
                masks[i] = format.maskOf(tickets.get(i));
            } catch (InvalidFormatException e) {
                throw new InvalidTicketException(i, e.getMessage());
            }
        }
        return new TicketSet(format, masks);
    }

    /**
     * A set from masks (bit i for number min + i).
     *
     * @throws InvalidTicketException naming the first mask that does not hold k numbers of the game
     */
    public static TicketSet ofMasks(LotteryFormat format, long... masks) {
        long pool = CombinationMasks.pool(format.poolSize());
        for (int i = 0; i < masks.length; i++) {
            if (Long.bitCount(masks[i]) != format.drawSize() || (masks[i] & ~pool) != 0) {
                throw new InvalidTicketException(i, "not %d numbers of the game".formatted(format.drawSize()));
            }
        }
        return new TicketSet(format, masks.clone());
    }

    public LotteryFormat format() {
        return format;
    }

    /** N, duplicates counted. */
    public int size() {
        return masks.length;
    }

    /** The mask of ticket {@code index}. */
    public long mask(int index) {
        return masks[index];
    }

    /** All masks, in order (a copy). */
    public long[] masks() {
        return masks.clone();
    }

    /** How many different tickets the set holds. */
    public int distinctCount() {
        return distinct.length;
    }

    /** The different tickets, each once (a copy; {@link #multiplicities()} says how often each is held). */
    public long[] distinctMasks() {
        return distinct.clone();
    }

    /** How many times the set holds each of {@link #distinctMasks()} (a copy). */
    public int[] multiplicities() {
        return multiplicity.clone();
    }

    /** What the set costs: N times the ticket price. */
    public BigDecimal cost() {
        return format.ticketPrice().multiply(BigDecimal.valueOf(masks.length));
    }

    @Override
    public String toString() {
        return "%d tickets of %s: %s".formatted(masks.length, format, Arrays.toString(masks));
    }
}
