// The finished set (GET /sessions/{id}): grade, quality, pattern coverage, tickets, exact performance per tier
// against random quick picks, the payout distribution, and downloads.

import { ApiError, evaluate, exportUrl, pause } from './api.js';
import { offerBacktest } from './backtest.js';
import { renderPayoutChart, resetChart } from './charts.js';
import { byId, definitionList, el, fill, fillTable, table } from './dom.js';
import { duration, matchesOf, money, number, percent } from './format.js';
import { term } from './glossary.js';
import { stoppingReason } from './progress.js';

const EVALUATE_RETRIES = 3;

/** A seed is a 64-bit integer; JSON.parse rounds it above 2^53, so it is read from the answer's text. */
function exactSeed(text, parsed) {
  const match = /"seed"\s*:\s*(-?\d+)/.exec(text);
  return match ? match[1] : String(parsed ?? '–');
}

function renderStatus(set) {
  const generation = set.generation;
  const lines = [`Status: ${set.status}. ${number(generation.attempts, 0)} attempts in ${duration(generation.timeElapsed)};`
    + ` it stopped because ${stoppingReason(generation.stoppingReason)}.`];
  const reason = term('stoppingReason', generation.stoppingReason);
  if (generation.degradationLevel && generation.degradationLevel !== 'normal') {
    lines.push(`The service was under load (${generation.degradationLevel}):`
      + ` ${set.tickets.length} of ${generation.ticketsRequested} requested tickets.`);
  }
  const failure = generation.failure;
  fill('resultStatus',
    el('p', {}, lines.join(' '), ' (', reason, ')'),
    failure && el('div', { class: 'notice' },
      el('p', {}, 'This is the best set found, but it falls short of the request'
        + (failure.failedThresholds?.length ? ` (${failure.failedThresholds.join(', ')})` : '') + '.'),
      failure.suggestions?.length ? el('ul', {}, failure.suggestions.map((text) => el('li', {}, text))) : null));
}

function renderGrade(overall) {
  fill('grade', el('span', { class: 'grade-letter' }, overall.qualityGrade ?? '–'),
    el('span', { class: 'grade-score' }, ` score ${number(overall.optimizationScore, 3)}`));
}

function renderQuality(set, seed) {
  const { overall, coverage, diversity } = set.quality;
  const generation = set.generation;
  const n = set.tickets.length;
  const tier = `${coverage.targetTier}+ matches`;
  fill('quality',
    el('h3', {}, 'Quality'),
    el('p', { class: 'muted' }, 'The score and grade are the specification\'s heuristics. The chances below are exact,'
      + ' over every possible draw.'),
    definitionList([
      ['What the strategy maximised', coverage.objective ?? generation.objective],
      [term('coverage', `P(at least one win, ${tier}), this set`), percent(coverage.atLeastOneWin, 4)],
      [`… ${n} random distinct tickets`, percent(coverage.randomDistinctAtLeastOne, 4)],
      [`… ${n} random quick picks`, percent(coverage.randomQuickPicksAtLeastOne, 4)],
      [`P(at least two wins, ${tier}), this set`, percent(coverage.atLeastTwoWins, 4)],
      ['All thresholds passed', overall.passedAllThresholds ? 'yes' : 'no'],
      ['Different numbers used', `${diversity.uniqueNumbers} (${percent(diversity.coverageRatio, 3)} of the game's)`],
      ['Mean numbers shared by two tickets', number(diversity.averageOverlap, 2)],
      ['Seed (reproduces this set)', seed],
    ]),
    generation.thresholds?.length ? el('details', {},
      el('summary', {}, 'Stopping thresholds'),
      el('div', { class: 'table-scroll' }, table(['Threshold', 'Type', 'Achieved', 'Required', 'Met'],
        generation.thresholds.map((t) => [t.name, t.type, number(t.achieved, 3), number(t.required, 3),
          t.met ? 'yes' : 'no'])))) : null);
}

function renderPatternCoverage(set) {
  const grouping = set.quality.patternGrouping;
  const patterns = set.patterns;
  const guarantees = (patterns.wheelGuarantees ?? [])
    .map((matches, inPool) => ({ inPool, matches }))
    .filter(({ matches }) => matches > 0);
  fill('patternCoverage',
    el('h3', {}, 'Pattern coverage'),
    definitionList([
      ['Hot patterns', percent(grouping.hotPatternCoverage, 3)],
      ['Warm patterns', percent(grouping.warmPatternCoverage, 3)],
      ['Cold patterns', percent(grouping.coldPatternCoverage, 3)],
      grouping.unknownPatternCoverage > 0 ? ['In no group', percent(grouping.unknownPatternCoverage, 3)] : null,
      ['Different hot patterns', number(grouping.patternDiversity.uniqueHotPatterns, 0)],
      ['Most tickets on one pattern', number(grouping.patternDiversity.maxSinglePatternUsage, 0)],
      ['Preference score (patternEfficiency)', number(grouping.patternEfficiency, 3)],
    ]),
    el('p', { class: 'muted' }, patterns.source === 'observed'
      ? 'Groups come from the stored draws. A hot pattern is frequent mostly because it holds many combinations;'
        + ' it does not make a ticket more likely to win.'
      : 'Too few draws are stored: groups follow the exact expected frequencies (pattern sizes).'),
    patterns.pool?.length ? el('p', {}, `Pool of numbers: ${patterns.pool.join(' ')}.`) : null,
    guarantees.length ? el('ul', { class: 'guarantees' }, guarantees.map(({ inPool, matches }) =>
      el('li', {}, `If ${inPool} drawn numbers are in the pool, some ticket matches at least ${matches}.`))) : null);
}

function renderTickets(tickets) {
  fillTable(byId('tickets'), ['#', 'Numbers', 'Pattern', 'Group', 'Built by',
    term('qualityScore', 'Unique share of its wins')],
    tickets.map((ticket, index) => ({
      attrs: { class: 'ticket' },
      cells: [
        String(index + 1),
        el('td', { class: 'numbers' }, ticket.numbers.flatMap((value, i) =>
          [i > 0 ? ' ' : null, el('span', { class: 'ball' }, value)])),
        el('td', { class: 'pattern' }, ticket.pattern),
        el('td', { class: `group ${ticket.patternGroup}` },
          el('span', { class: `badge ${ticket.patternGroup}` }, ticket.patternGroup)),
        ticket.generationStrategy,
        percent(ticket.qualityScore, 3),
      ],
    })));
}

/** One row per tier, highest first: this set's P(at least one win) against random quick picks. */
function renderPerformance(set) {
  const { theoretical, optimized, improvement } = set.expectedPerformance;
  const tiers = Object.keys(theoretical)
    .map((key) => key.replace(/Wins$/, ''))
    .sort((a, b) => matchesOf(b) - matchesOf(a));
  fillTable(byId('performance'),
    ['Tier', 'P(≥1 win), this set', 'P(≥1 win), random quick picks', 'Change against quick picks', 'Expected winning tickets'],
    tiers.map((tier) => ({
      attrs: { dataset: { tier } },
      cells: [
        `${matchesOf(tier)}+ matches`,
        percent(optimized[`${tier}AtLeastOneWin`], 4),
        percent(optimized[`${tier}RandomQuickPicks`], 4),
        improvement[tier] ?? '–',
        number(theoretical[`${tier}Wins`], 4),
      ],
    })));
}

function renderFinancials(projection, currency) {
  const roi = projection.roi == null ? '–' : `${Number(projection.roi) >= 0 ? '+' : ''}${number(projection.roi, 2)}%`;
  fill('roi', `${roi} — the tickets cost ${money(projection.cost, currency)} and return`
    + ` ${money(projection.expectedRevenue, currency)} on average (exact)`);
  fill('breakEven', `${percent(projection.breakEvenProbability, 4)} — the chance that the total payout is at least`
    + ' the cost (exact)');
}

function renderDownloads(sessionId) {
  for (const [id, format] of [['downloadCsv', 'csv'], ['downloadJson', 'json'], ['downloadPdf', 'pdf']]) {
    byId(id).href = exportUrl(sessionId, format);
  }
}

/**
 * The payout distribution is not part of the stored set: it comes from the exact evaluation of the same tickets.
 * The evaluation runs on the engine's bounded pool and may answer 503 with Retry-After when it is full.
 */
async function renderPayout(set, isCurrent) {
  const container = byId('payoutChart');
  for (let attempt = 1; ; attempt++) {
    try {
      const evaluation = await evaluate(set.patterns.lotteryType, set.tickets.map((ticket) => ticket.numbers));
      if (!isCurrent()) return;
      renderPayoutChart(container, evaluation);
      fill('payoutNote', evaluation.payout.excludesPariMutuel
        ? 'Pari-mutuel prizes have no fixed amount and count as 0 here.' : '');
      return;
    } catch (error) {
      const retry = error instanceof ApiError && error.status === 503 && attempt < EVALUATE_RETRIES;
      if (!retry) {
        if (isCurrent()) fill('payoutNote', `The payout distribution could not be computed: ${error.message}`);
        return;
      }
      await pause(Math.min(error.retryAfter || 2, 10));
    }
  }
}

export function hideResults() {
  byId('results').hidden = true;
  resetChart(byId('payoutChart'));
}

/** Renders the set; the payout chart follows asynchronously. isCurrent() says whether the page still shows it. */
export function showResults(set, text, game, isCurrent) {
  if (set.evaluation) {
    showBonusResults(set, text, game);
    return;
  }
  const currency = game?.currency || 'USD';
  renderStatus(set);
  renderGrade(set.quality.overall);
  renderQuality(set, exactSeed(text, set.generation.seed));
  renderPatternCoverage(set);
  renderTickets(set.tickets);
  byId('ticketsNote').hidden = false;
  renderPerformance(set);
  renderFinancials(set.expectedPerformance.financialProjection, currency);
  renderDownloads(set.sessionId);
  offerBacktest(set.sessionId);
  fill('payoutNote', 'Computing the exact payout distribution…');
  byId('results').hidden = false;
  // Drawn after the section is visible: a chart initialised in a hidden box has no size.
  renderPayout(set, isCurrent);
  byId('resultsTitle').focus();
}

// A bonus game's set carries its exact evaluation: every tier as (main + bonus) matches, and the payout distribution.

function renderBonusQuality(set, seed) {
  const generation = set.generation;
  const evaluation = set.evaluation;
  const target = generation.targetTier.replace(/^tier/, '');
  const tier = evaluation.tiers.find((row) => row.tier === target);
  const n = set.tickets.length;
  const placement = {
    spread: 'apart: tickets alike in their main numbers hold different bonus numbers',
    shared: 'shared: every ticket holds the same bonus numbers',
    none: 'none: the bonus ball comes from the main drum',
  }[generation.bonusPlacement];
  fill('grade', el('span', { class: 'grade-letter' }, '–'),
    el('span', { class: 'grade-score' }, ` objective ${number(generation.objectiveValue, 6)} (exact)`));
  fill('quality',
    el('h3', {}, 'Quality'),
    el('p', { class: 'muted' }, 'A set of a game with bonus numbers is judged by its exact objective, over every'
      + ' possible draw; it has no heuristic grade.'),
    definitionList([
      ['What the strategy maximised', generation.objective],
      [term('coverage', `P(at least one win, ${target} or better), this set`),
        percent(generation.probabilityAtLeastOneWin, 4)],
      [`… ${n} random distinct tickets`, percent(tier.randomDistinctTickets, 4)],
      [`… ${n} random quick picks`, percent(tier.randomQuickPicks, 4)],
      [`P(at least two wins, ${target} or better), this set`, percent(generation.probabilityAtLeastTwoWins, 4)],
      ['Bonus numbers placed', placement],
      ['Seed (reproduces this set)', seed],
    ]),
    el('ul', { class: 'muted' }, generation.notes.map((note) => el('li', {}, note))));
  fill('patternCoverage',
    el('h3', {}, 'Pattern thresholds'),
    el('p', { class: 'muted' }, `Pattern groups of the main numbers from ${set.patterns.source === 'observed'
      ? 'observed draw frequencies' : 'class sizes (too few stored draws)'}.`),
    el('div', { class: 'table-scroll' }, table(['Threshold', 'Achieved', 'Required', 'Met'],
      generation.thresholds.map((t) => [t.name, number(t.achieved, 3), number(t.required, 3), t.met ? 'yes' : 'no']))));
}

function renderBonusTickets(tickets) {
  const balls = (numbers, kind) => numbers.flatMap((value, i) =>
    [i > 0 ? ' ' : null, el('span', { class: kind }, value)]);
  fillTable(byId('tickets'), ['#', 'Numbers', 'Bonus', 'Pattern', 'Group', 'Placed'],
    tickets.map((ticket, index) => ({
      attrs: { class: 'ticket' },
      cells: [
        String(index + 1),
        el('td', { class: 'numbers' }, balls(ticket.numbers, 'ball')),
        el('td', { class: 'numbers bonus' }, ticket.bonusNumbers.length ? balls(ticket.bonusNumbers, 'ball bonus')
          : '–'),
        el('td', { class: 'pattern' }, ticket.pattern),
        el('td', { class: `group ${ticket.patternGroup}` },
          el('span', { class: `badge ${ticket.patternGroup}` }, ticket.patternGroup)),
        ticket.generationStrategy,
      ],
    })));
}

/** One row per tier, best first: this set's P(at least one win at the tier or better) against random tickets. */
function renderBonusPerformance(evaluation) {
  fillTable(byId('performance'),
    ['Tier (main + bonus)', 'P(≥1 win), this set', 'P(≥1 win), random quick picks', 'Change against random tickets',
      'Expected winning tickets'],
    evaluation.tiers.map((tier) => ({
      attrs: { dataset: { tier: `tier${tier.tier}` } },
      cells: [
        `${tier.matches} + ${tier.bonusMatches} or better`,
        percent(tier.probabilityAtLeastOne, 4),
        percent(tier.randomQuickPicks, 4),
        tier.improvement ?? '–',
        number(tier.expectedWinningTickets, 4),
      ],
    })));
}

function showBonusResults(set, text, game) {
  const currency = game?.currency || set.evaluation.currency || 'USD';
  const payout = set.evaluation.payout;
  renderStatus(set);
  renderBonusQuality(set, exactSeed(text, set.generation.seed));
  renderBonusTickets(set.tickets);
  // A bonus game's tickets carry no unique share: the note on it is for k-of-n sets.
  byId('ticketsNote').hidden = true;
  renderBonusPerformance(set.evaluation);
  renderFinancials({ roi: payout.roi, cost: set.evaluation.cost, expectedRevenue: payout.expectedRevenue,
    breakEvenProbability: payout.breakEvenProbability }, currency);
  renderDownloads(set.sessionId);
  offerBacktest(set.sessionId);
  fill('payoutNote', payout.excludesPariMutuel ? 'Pari-mutuel prizes have no fixed amount and count as 0 here.' : '');
  byId('results').hidden = false;
  // Drawn after the section is visible: a chart initialised in a hidden box has no size.
  renderPayoutChart(byId('payoutChart'), set.evaluation);
  byId('resultsTitle').focus();
}
