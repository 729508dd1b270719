package org.lotteryengine.engine.evaluation;

import java.util.Arrays;

import org.lotteryengine.engine.format.BonusGame;

/**
 * One ticket of a bonus game: its main numbers and, for a separate bonus drum, its bonus numbers, each ascending.
 */
public record BonusTicket(int[] main, int[] bonus) {

    /**
     * A validated ticket.
     *
     * @param index the ticket's position in its set, from 0, for the error
     * @throws InvalidTicketException when it does not hold k distinct main numbers of the game and, for a separate
     *         drum, b distinct bonus numbers of the bonus drum (none for the same drum)
     */
    public static BonusTicket of(BonusGame game, int index, int[] main, int[] bonus) {
        int[] sortedMain = checked(index, main, game.mainDrawn(), game.mainMin(), game.mainMax(), "main");
        int[] bonusNumbers = bonus == null ? new int[0] : bonus;
        int[] sortedBonus = game.ticketBonusSize() == 0 ? checkedNone(index, bonusNumbers)
                : checked(index, bonusNumbers, game.ticketBonusSize(), game.bonusMin(), game.bonusMax(), "bonus");
        return new BonusTicket(sortedMain, sortedBonus);
    }

    private static int[] checkedNone(int index, int[] bonus) {
        if (bonus.length > 0) {
            throw new InvalidTicketException(index, "the bonus ball of this game comes from the main drum: a ticket holds no"
                    + " bonus numbers, got " + Arrays.toString(bonus));
        }
        return bonus;
    }

    private static int[] checked(int index, int[] numbers, int size, int min, int max, String which) {
        if (numbers == null || numbers.length != size) {
            throw new InvalidTicketException(index, "a ticket holds %d %s number%s, got %d".formatted(size, which, size == 1
                    ? ""
                    : "s", numbers == null ? 0 : numbers.length));
        }
        int[] sorted = numbers.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < min || sorted[i] > max) {
                throw new InvalidTicketException(index, "%d is not a %s number of this game (%d..%d)".formatted(sorted[i],
                        which, min, max));
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new InvalidTicketException(index, "%s number %d appears twice".formatted(which, sorted[i]));
            }
        }
        return sorted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BonusTicket ticket && Arrays.equals(main, ticket.main) && Arrays.equals(bonus,
                ticket.bonus);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(main) + Arrays.hashCode(bonus);
    }

    @Override
    public String toString() {
        return Arrays.toString(main) + (bonus.length == 0 ? "" : " + " + Arrays.toString(bonus));
    }
}
