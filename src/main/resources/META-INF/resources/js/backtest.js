// The session page's backtest (POST /backtest with the session's id): how the set would have done on every stored
// draw of its game, each figure beside what a fair game predicts for as many draws.

import { ApiError, backtest, downloadPost, exportUrl } from './api.js';
import { byId, el, fill, fillTable } from './dom.js';
import { money, number, percent } from './format.js';

let shown = null;

/** Luck in words: how unusual the observed value is under a fair game. */
function luck(expected) {
  const low = expected.probabilityAtMostObserved;
  const high = expected.probabilityAtLeastObserved;
  if (low == null || high == null) return 'within bounds only';
  if (low < 0.025) return `unlucky: P(≤ this) ${percent(low, 3)}`;
  if (high < 0.025) return `lucky: P(≥ this) ${percent(high, 3)}`;
  return `as expected: P(≤) ${percent(low, 3)}, P(≥) ${percent(high, 3)}`;
}

/** A k-of-n tier by its matches; a bonus game's as main + bonus matches. */
function tierLabel(tier) {
  return tier.bonusMatches == null ? `${tier.matches} matches` : `${tier.tier} (main + bonus)`;
}

function winLabel(tier) {
  return tier.startsWith('tier') ? tier.replace('tier', '') : `${tier} (main + bonus)`;
}

function numbers(win) {
  const main = win.numbers.join(' ');
  return win.bonusNumbers ? `${main} + ${win.bonusNumbers.join(' ')}` : main;
}

function render(answer) {
  const currency = answer.currency;
  const count = (label, observed, expected) => [label, number(observed, 0), number(expected.mean, 2),
    `${number(expected.low95, 0)} to ${number(expected.high95, 0)}`, luck(expected)];
  const cash = (label, figure) => [label, money(figure.observed, currency), money(figure.expected.mean, currency),
    `${money(figure.expected.low95, currency)} to ${money(figure.expected.high95, currency)}`, luck(figure.expected)];
  fill('backtestNote', `${number(answer.tickets, 0)} tickets on each of ${number(answer.draws, 0)} real draws,`
    + ` ${answer.from} to ${answer.to}, costing ${money(answer.cost, currency)}.`);
  fillTable(byId('backtestTable'), ['Figure', 'Observed', 'Expected', '95% interval', 'Luck'], [
    ...answer.tiers.map((tier) => ({
      attrs: { dataset: { tier: tier.tier } },
      cells: count(`${tierLabel(tier)} (${tier.prizeType.replace('_', ' ')})`, tier.winningTickets, tier.expected),
    })),
    { attrs: { dataset: { figure: 'payout' } }, cells: cash('Payout', answer.payout) },
    { attrs: { dataset: { figure: 'net' } }, cells: cash('Net', answer.net) },
    { attrs: { dataset: { figure: 'drawsWithWin' } }, cells: count('Draws with a win', answer.drawsWithWin.observed, answer.drawsWithWin.expected) },
    { attrs: { dataset: { figure: 'longestRun' } }, cells: count('Longest run without a win', answer.longestRunWithoutWin.observed, answer.longestRunWithoutWin.expected) },
  ]);
  const run = answer.longestRunWithoutWin;
  const best = answer.topWins[0];
  fill('backtestFacts',
    run.from ? el('p', {}, `The longest run without a win: ${run.observed} draws, ${run.from} to ${run.to}.`) : null,
    best ? el('p', {}, `The best win: ticket ${best.ticket} (${numbers(best)}) matched ${winLabel(best.tier)}`
      + ` on ${best.date}.`) : null,
    el('p', { class: 'muted' }, 'Past draws say nothing about future ones: a fair draw gives every ticket the same odds.'));
}

async function save(sessionId, accept, extension) {
  try {
    await downloadPost('/backtest', { sessionId }, accept, `backtest-${sessionId}.${extension}`);
  } catch (error) {
    fill('backtestNote', error instanceof ApiError ? error.describe() : String(error));
  }
}

async function run(sessionId) {
  const button = byId('runBacktest');
  button.disabled = true;
  fill('backtestNote', 'Replaying the tickets on the stored draws…');
  try {
    const answer = await backtest({ sessionId });
    if (shown === sessionId) {
      render(answer);
      byId('backtestDownloads').hidden = false;
    }
  } catch (error) {
    if (shown === sessionId) {
      fill('backtestNote', error instanceof ApiError ? error.describe() : String(error));
      fill('backtestTable');
    }
  } finally {
    button.disabled = false;
  }
}

/** Offers the backtest of a session's set, of either kind of game. */
export function offerBacktest(sessionId) {
  shown = sessionId;
  byId('backtest').hidden = false;
  fill('backtestNote');
  fill('backtestTable');
  fill('backtestFacts');
  byId('runBacktest').onclick = () => run(sessionId);
  byId('backtestDownloads').hidden = true;
  byId('backtestCsv').onclick = () => save(sessionId, 'text/csv', 'csv');
  byId('backtestPdf').onclick = () => save(sessionId, 'application/pdf', 'pdf');
  // The session's own printable sheet, its backtest at the end (GET /sessions/{id}/export?include=backtest).
  byId('backtestSheet').href = `${exportUrl(sessionId, 'pdf')}&include=backtest`;
}
