// The pattern analysis page: GET /pattern-analysis/{id} beside what a fair game predicts, and CSV draw imports.
// body[data-state] goes loading → loaded | error after each analysis; #uploadResult[data-upload] is "done" after
// an import (and its new analysis), "error" when the service refused the file.

import { getPatternAnalysis, importDraws } from './api.js';
import { renderFrequencyChart, resetChart } from './charts.js';
import { byId, definitionList, el, fill, fillTable, setState } from './dom.js';
import { number, percentValue, pValue, significant } from './format.js';
import { loadGames } from './games.js';
import { explainTerms } from './glossary.js';

const GROUPS = ['hot', 'warm', 'cold'];

/** Observed beside expected, as "123 draws (12.4%; a fair draw: 14.3%)". */
const observed = (item) => `${number(item.frequency, 0)} draws (${percentValue(item.percentage)};`
  + ` a fair draw: ${percentValue(item.expectedPercentage)})`;

/** A game with bonus numbers answers a BonusAnalysis: both drums and the main numbers' patterns, no groups. */
const isBonus = (analysis) => Array.isArray(analysis.bonusNumbers);

function renderSummary(analysis) {
  if (isBonus(analysis)) {
    fill('summary', el('p', {}, `${number(analysis.totalAnalyzedDraws, 0)} stored draws. Main numbers, bonus numbers`
      + ' and the patterns of the main numbers beside a fair game.'), el('p', { class: 'notice', id: 'bonusNote' },
      analysis.note));
    return;
  }
  const range = analysis.firstDrawDate ? ` from ${analysis.firstDrawDate} to ${analysis.lastDrawDate}` : '';
  fill('summary',
    el('p', {}, `${number(analysis.totalAnalyzedDraws, 0)} stored draws${range}. Groups follow the`
      + ` ${analysis.source} frequencies.`),
    analysis.notice ? el('p', { class: 'notice', id: 'fewDraws' }, analysis.notice, ' ',
      el('a', { href: '#uploadForm' }, 'Upload a draw history'), ' to analyse observed draws.') : null);
}

function liftText(lift) {
  if (!lift) return 'not measured';
  const interval = lift.low == null || lift.high == null ? ''
    : ` (${number(lift.confidenceLevel * 100, 0)}% interval ${significant(lift.low, 3)} to ${significant(lift.high, 3)})`;
  return `${significant(lift.lift, 3)}${interval}`;
}

/** Groups: observed against expected share, measured lift, and the configured preference weight, named as such. */
function renderGroups(analysis) {
  fillTable(byId('patternGroups'),
    ['Group', 'Patterns', 'Observed share', 'Fair-game share', 'Measured lift', 'Preference weight (not an effect)'],
    GROUPS.filter((name) => analysis.patternGroups?.[name]).map((name) => {
      const group = analysis.patternGroups[name];
      return {
        attrs: { dataset: { group: name } },
        cells: [el('span', { class: `badge ${name}` }, name),
          group.patterns.filter(Boolean).map((pattern) => pattern.pattern).join(' ') || '–',
          percentValue(group.percentage), percentValue(group.expectedPercentage), liftText(group.efficiency),
          number(group.preferenceWeight, 2)],
      };
    }));
}

function renderLift(analysis) {
  const hot = analysis.patternGroups?.hot?.efficiency;
  // A verdict needs an interval: without one (no draws, or too few) the page says so and judges nothing.
  let verdict;
  if (!hot) verdict = 'Not measured: there are no stored draws of this game to measure the hot patterns on.';
  else if (hot.consistentWithNoEffect == null) verdict = 'Too few stored draws for an interval: no verdict yet.';
  else if (hot.consistentWithNoEffect) verdict = 'The interval contains 1: the hot patterns show no effect beyond chance.';
  else verdict = 'The interval does not contain 1: unusual for a fair game, or chance at the stated confidence level.';
  fill('liftFigures',
    definitionList(GROUPS.map((name) => [`${name[0].toUpperCase()}${name.slice(1)} patterns`,
      liftText(analysis.patternGroups?.[name]?.efficiency)])),
    el('p', { class: 'verdict' }, verdict));
}

function fillList(id, items, text, emptyText) {
  const list = fill(id, items.map((item) => el('li', {}, text(item))));
  // The explanation goes beside the list, not in it: the list holds only figures.
  if (list.nextElementSibling?.classList.contains('empty-note')) list.nextElementSibling.remove();
  if (items.length === 0) list.after(el('p', { class: 'empty-note muted' }, emptyText));
}

function renderCombinations(analysis) {
  const none = isBonus(analysis) ? 'Not built yet for games with bonus numbers.'
    : analysis.totalAnalyzedDraws === 0 ? 'None: no draws of this game are stored.'
      : 'None: too few stored draws.';
  fillList('hotNumbers', analysis.hotNumbers ?? [], (n) => `${n.number}: ${observed(n)}`, none);
  fillList('hotPairs', analysis.provenCombinations?.frequentPairs ?? [],
    (p) => `${p.pair.join(' + ')}: ${observed(p)}`, none);
  fillList('hotTriplets', analysis.provenCombinations?.provenTriplets ?? [],
    (t) => `${t.triplet.join(' + ')}: ${observed(t)}`, none);
}

function renderFairness(analysis) {
  const tests = [['Number counts', analysis.fairness?.numbers], ['Main number counts', analysis.fairness?.mainNumbers],
    ['Bonus number counts', analysis.fairness?.bonusNumbers], ['Pattern counts', analysis.fairness?.patterns]]
    .filter(([, test]) => test);
  fillTable(byId('fairness'), ['Test', 'Chi-square', 'Degrees of freedom', 'p-value', 'Verdict'],
    tests.map(([name, test]) => [name, number(test.chiSquare, 2), number(test.degreesOfFreedom, 0),
      pValue(test.pValue), test.interpretation]));
  fill('notes', (analysis.notes ?? []).map((note) => el('li', {}, note)));
}

async function loadAnalysis(lotteryId) {
  setState('loading');
  fill('analysisError');
  resetChart(byId('frequencyChart'));
  try {
    const analysis = await getPatternAnalysis(lotteryId);
    if (byId('lotteryType').value !== lotteryId) return null; // Another game was chosen meanwhile.
    renderSummary(analysis);
    renderFrequencyChart(byId('frequencyChart'), analysis.patterns ?? []);
    renderGroups(analysis);
    renderLift(analysis);
    renderCombinations(analysis);
    renderFairness(analysis);
    setState('loaded');
    return analysis;
  } catch (error) {
    fill('analysisError', `The analysis could not be loaded: ${error.message}`);
    setState('error');
    return null;
  }
}

/**
 * The first other game with stored draws, or null. Asked only when the page opened on its default game and that
 * game has none: an analysis of expected frequencies is not what a visitor came to see.
 */
async function gameWithDraws(games, except) {
  for (const id of games.keys()) {
    if (id === except) continue;
    try {
      const analysis = await getPatternAnalysis(id);
      if (analysis.totalAnalyzedDraws > 0) return id;
    } catch {
      // A game whose analysis fails is simply not chosen.
    }
  }
  return null;
}

function showImport(result) {
  fill('acceptedCount', number(result.stored, 0));
  fill('alreadyStoredCount', number(result.alreadyStored, 0));
  fill('rejectedCount', number(result.rejected.length, 0));
  fill('uploadMessage', `${number(result.rowsRead, 0)} rows read; ${number(result.totalDraws, 0)} draws of`
    + ` ${result.lotteryType} are stored now.`);
  fill('rejectedRows', result.rejected.map((row) => el('li', {}, `Line ${row.line}: ${row.reason}`)));
}

async function upload(event) {
  event.preventDefault();
  const resultBox = byId('uploadResult');
  const file = byId('drawFile').files[0];
  delete resultBox.dataset.upload;
  if (!file) {
    resultBox.hidden = false;
    fill('uploadMessage', 'Choose a CSV file first.');
    byId('drawFile').focus();
    return;
  }
  const lotteryId = byId('lotteryType').value;
  byId('uploadButton').disabled = true;
  try {
    const result = await importDraws(lotteryId, await file.text(), byId('apiKey').value.trim());
    showImport(result);
    resultBox.hidden = false;
    await loadAnalysis(lotteryId);
    resultBox.dataset.upload = 'done';
  } catch (error) {
    for (const id of ['acceptedCount', 'alreadyStoredCount', 'rejectedCount']) fill(id, '0');
    // A strict import would list its bad rows in details.rejected; show them if the service sent any.
    fill('rejectedRows', (error.details?.rejected ?? []).map((row) => el('li', {}, `Line ${row.line}: ${row.reason}`)));
    fill('uploadMessage', `Nothing was imported: ${typeof error.describe === 'function' ? error.describe() : error.message}`);
    resultBox.hidden = false;
    resultBox.dataset.upload = 'error';
  } finally {
    byId('uploadButton').disabled = false;
  }
}

async function init() {
  setState('loading');
  explainTerms();
  const select = byId('lotteryType');
  let games;
  try {
    games = await loadGames(select);
  } catch (error) {
    fill('analysisError', `The games could not be loaded: ${error.message}`);
    setState('error');
    return;
  }
  select.addEventListener('change', () => loadAnalysis(select.value));
  byId('uploadForm').addEventListener('submit', upload);
  const first = await loadAnalysis(select.value);
  const chosen = new URLSearchParams(window.location.search).has('game');
  if (!chosen && first && first.totalAnalyzedDraws === 0) {
    const empty = games.get(select.value)?.name ?? select.value;
    const initial = select.value;
    const other = await gameWithDraws(games, initial);
    // Unless the visitor chose a game meanwhile.
    if (other && select.value === initial) {
      select.value = other;
      await loadAnalysis(other);
      byId('summary').prepend(el('p', { class: 'notice', id: 'openedOn' },
        `${empty} has no stored draws, so the page opened on ${games.get(other).name}, a game that has some.`));
    }
  }
}

init();
