package org.lotteryengine.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;

/**
 * A request's tickets and their bonus numbers (one list per ticket, for a separate bonus drum), checked as every
 * feature that takes tickets of a game checks them: the evaluation and the backtest.
 */
public final class BonusTickets {

    private BonusTickets() {
    }

    /**
     * Refuses bonus numbers for a game that draws none.
     *
     * @throws InvalidRequestException (400) when {@code bonus} is given
     */
    public static void requireNone(Lottery game, List<int[]> bonus) {
        if (bonus != null) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "%s draws no bonus numbers: leave bonus out"
                    .formatted(game.name()), Map.of("field", "bonus"));
        }
    }

    /**
     * The bonus game's tickets.
     *
     * @throws InvalidRequestException (400) when a separate drum's tickets miss their bonus lists
     * @throws org.lotteryengine.engine.evaluation.InvalidTicketException (400) for a ticket that is not of the game
     */
    public static List<BonusTicket> of(Lottery lottery, List<int[]> tickets, List<int[]> bonus) {
        BonusGame game = lottery.bonusGame();
        if (game.ticketBonusSize() > 0 && (bonus == null || bonus.size() != tickets.size())) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, ("%s tickets hold %d bonus number%s each:"
                    + " give bonus, one list per ticket (%d), e.g. [[7]]").formatted(lottery.name(), game
                            .ticketBonusSize(), game.ticketBonusSize() == 1 ? "" : "s", tickets.size()),
                    Map.of("field", "bonus"));
        }
        List<BonusTicket> set = new ArrayList<>(tickets.size());
        for (int i = 0; i < tickets.size(); i++) {
            set.add(BonusTicket.of(game, i, tickets.get(i), bonus == null || i >= bonus.size() ? null
                    : bonus.get(i)));
        }
        return set;
    }
}
