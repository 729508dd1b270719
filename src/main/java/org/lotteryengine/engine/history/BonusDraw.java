package org.lotteryengine.engine.history;

import java.time.LocalDate;
import java.util.Arrays;

import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;

/**
 * One drawing of a bonus game: its main numbers and its bonus numbers (for a same-drum game, the one bonus ball),
 * each ascending.
 */
public record BonusDraw(LocalDate date, int[] main, int[] bonus) {

    /**
     * A checked draw.
     *
     * @throws InvalidDrawException with the reason a draw file's row would be refused for
     */
    public static BonusDraw of(BonusGame game, LocalDate date, int[] main, int[] bonus) {
        int[] sortedMain = checked(main, game.mainDrawn(), game.mainMin(), game.mainMax(), "main number");
        boolean sameDrum = game.drum() == BonusDrum.SAME;
        int[] sortedBonus = checked(bonus, game.bonusDrawn(), game.bonusMin(), game.bonusMax(), sameDrum
                ? "bonus ball"
                : "bonus number");
        if (sameDrum && Arrays.binarySearch(sortedMain, sortedBonus[0]) >= 0) {
            throw new InvalidDrawException("the bonus ball %d is also a main number: it is drawn from the balls left"
                    .formatted(sortedBonus[0]));
        }
        return new BonusDraw(date, sortedMain, sortedBonus);
    }

    private static int[] checked(int[] numbers, int size, int min, int max, String what) {
        if (numbers == null || numbers.length != size) {
            throw new InvalidDrawException("expected %d %s%s, found %d".formatted(size, what, size == 1 ? "" : "s",
                    numbers == null ? 0 : numbers.length));
        }
        int[] sorted = numbers.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < min || sorted[i] > max) {
                throw new InvalidDrawException("%s %d is outside %d..%d".formatted(what, sorted[i], min, max));
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new InvalidDrawException("%s %d appears twice".formatted(what, sorted[i]));
            }
        }
        return sorted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BonusDraw draw && date.equals(draw.date) && Arrays.equals(main, draw.main) && Arrays
                .equals(bonus, draw.bonus);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * date.hashCode() + Arrays.hashCode(main)) + Arrays.hashCode(bonus);
    }

    @Override
    public String toString() {
        return date + " " + Arrays.toString(main) + " + " + Arrays.toString(bonus);
    }
}
