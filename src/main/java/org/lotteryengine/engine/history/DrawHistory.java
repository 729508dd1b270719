package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * A game's draws in chronological order (by date, then draw number).
 */
public final class DrawHistory {

    private static final Comparator<DrawRecord> CHRONOLOGICAL = Comparator.comparing(DrawRecord::date)
            .thenComparing(record -> record.drawNumber() == null ? 0 : record.drawNumber());

    private final LotteryFormat format;
    private final List<DrawRecord> draws;

    private DrawHistory(LotteryFormat format, List<DrawRecord> draws) {
        this.format = format;
        this.draws = draws;
    }

    /**
     * @throws InvalidFormatException when a draw does not hold k numbers of the game
     */
    public static DrawHistory of(LotteryFormat format, List<DrawRecord> draws) {
        long pool = CombinationMasks.pool(format.poolSize());
        for (DrawRecord draw : draws) {
            if (Long.bitCount(draw.mask()) != format.drawSize() || (draw.mask() & ~pool) != 0) {
                throw new InvalidFormatException("the draw of %s does not hold %d numbers of the game".formatted(
                        draw.date(), format.drawSize()));
            }
        }
        List<DrawRecord> sorted = new ArrayList<>(draws);
        sorted.sort(CHRONOLOGICAL);
        return new DrawHistory(format, List.copyOf(sorted));
    }

    public LotteryFormat format() {
        return format;
    }

    /** The draws, oldest first. */
    public List<DrawRecord> draws() {
        return draws;
    }

    public int size() {
        return draws.size();
    }
}
