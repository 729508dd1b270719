// The generation form: the chosen game's tiers, the live cost, the request body and field errors.
// The form checks nothing the service checks: the service is the one authority on what a valid request is, and
// its 400 names the field, which is shown next to that field.

import { byId, el, fill } from './dom.js';
import { money, number, oneIn } from './format.js';

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** The input that each error field points at, for focus and aria-invalid. */
const INPUTS = {
  lotteryType: () => byId('lotteryType'),
  targetTier: () => document.querySelector('input[name="tier"]'),
  strategy: () => document.querySelector('input[name="strategy"]'),
  numberOfTickets: () => byId('numberOfTickets'),
  budget: () => byId('budget'),
  seed: () => byId('seed'),
  'preferences.maxGenerationTime': () => byId('maxGenerationTime'),
  'preferences.qualityThreshold': () => byId('qualityThreshold'),
  'preferences.allowColdPatterns': () => byId('avoidColdPatterns'),
};

/** An error the page finds itself, shaped like the service's (a field and a message). */
class LocalFieldError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }

  describe() {
    return this.message;
  }
}

export const selectedTier = () => document.querySelector('input[name="tier"]:checked')?.value ?? null;
const selectedStrategy = () => document.querySelector('input[name="strategy"]:checked')?.value ?? null;

/** Facts of the game that hold for every ticket, exact. */
function renderGameFacts(game) {
  const currency = game.currency || 'USD';
  const facts = [
    `${game.drawSize} numbers from ${game.numberRange.min} to ${game.numberRange.max}${bonusText(game)}:`
    + ` ${number(game.totalCombinations, 0)} equally likely draws.`,
    `A ticket costs ${money(game.ticketPrice, currency)} and pays back ${money(game.expectedValuePerTicket, currency)}`
    + ` on average (${number(Number(game.returnToPlayer) * 100, 1)}% of its price), whatever its numbers.`,
  ];
  if (game.bonus) facts.push(`One ticket wins some prize ${oneIn(game.bonus.anyPrizeOneIn)}.`);
  if (game.hasPariMutuelPrizes) facts.push('Pari-mutuel prizes have no fixed amount and count as 0 in these averages.');
  if (game.bonus) {
    facts.push('Pattern quotas and strategies apply to the main numbers; the bonus numbers are placed apart or'
      + ' shared, whichever the exact evaluation scores better for the strategy.');
  }
  fill('gameFacts', facts.join(' '));
}

function bonusText(game) {
  const bonus = game.bonus;
  if (!bonus) return '';
  if (bonus.drum === 'same') return ', then a bonus ball from the rest';
  const plural = bonus.drawSize === 1 ? 'number' : 'numbers';
  return ` and ${bonus.drawSize} bonus ${plural} from ${bonus.numberRange.min} to ${bonus.numberRange.max}`;
}

function prizeText(odd, game) {
  const currency = game.currency || 'USD';
  const described = odd.description ?? game.prizeStructure?.[odd.tier]?.description;
  const note = described && described !== odd.tier ? ` (${described})` : '';
  switch (odd.prizeType) {
    case 'fixed': return `Prize ${money(odd.prize, currency)}${note}`;
    case 'free_ticket': return `Prize: a free ticket${odd.prize == null ? '' : ` worth ${money(odd.prize, currency)}`}${note}`;
    case 'pari_mutuel': return `Prize: pari-mutuel, amount not known in advance${note}`;
    default: return `Prize${note}`;
  }
}

/** One card per prize tier, lowest first; keeps the chosen tier when the new game has it, else tier3. */
function renderTiers(game) {
  if (game.bonus) {
    renderBonusTiers(game);
    return;
  }
  const previous = selectedTier();
  const tiers = game.odds
    .filter((odd) => odd.prizeType != null || game.prizeStructure?.[odd.tier])
    .sort((a, b) => a.matches - b.matches);
  fill('tiers', tiers.map((odd) => el('label', { class: 'tier-card', dataset: { tier: odd.tier } },
    el('input', { type: 'radio', name: 'tier', value: odd.tier }),
    el('span', { class: 'card-title' }, `${odd.matches} of ${game.drawSize} numbers`),
    el('span', { class: 'odds' }, oneIn(odd.oneIn)),
    el('span', { class: 'exact' }, `exact: ${odd.exact}`),
    el('span', { class: 'prize' }, prizeText(odd, game)))));
  const names = tiers.map((odd) => odd.tier);
  const chosen = [previous, 'tier3', names[0]].find((tier) => tier && names.includes(tier));
  const input = chosen && document.querySelector(`input[name="tier"][value="${chosen}"]`);
  if (input) input.checked = true;
}

/**
 * A bonus game's tiers, lowest first, as (main + bonus) with their exact odds; each is chosen as tierM+B. Keeps the
 * chosen tier when the new game has it, else the lowest.
 */
function renderBonusTiers(game) {
  const previous = selectedTier();
  const bonusWord = game.bonus.drum === 'same' ? 'bonus ball' : 'bonus';
  const tiers = [...game.bonusTiers].sort((a, b) => b.rank - a.rank);
  fill('tiers', tiers.map((tier) => el('label', { class: 'tier-card', dataset: { tier: `tier${tier.tier}` } },
    el('input', { type: 'radio', name: 'tier', value: `tier${tier.tier}` }),
    el('span', { class: 'card-title' }, `${tier.mainMatches} + ${tier.bonusMatches} ${bonusWord}`),
    el('span', { class: 'odds' }, oneIn(tier.oneIn)),
    el('span', { class: 'exact' }, `exact: ${tier.exact}`),
    el('span', { class: 'prize' }, prizeText(tier, game)))));
  const names = tiers.map((tier) => `tier${tier.tier}`);
  const chosen = [previous, names[0]].find((tier) => tier && names.includes(tier));
  const input = chosen && document.querySelector(`input[name="tier"][value="${CSS.escape(chosen)}"]`);
  if (input) input.checked = true;
}

export function renderGame(game) {
  renderGameFacts(game);
  renderTiers(game);
  updateCost(game);
}

/** numberOfTickets × ticketPrice, in cents so that 3 × 0.10 is 0.30 and not 0.30000000000000004. */
export function updateCost(game) {
  const count = Number(byId('numberOfTickets').value);
  if (!game || !Number.isInteger(count) || count < 0 || byId('numberOfTickets').value === '') {
    fill('cost', '–');
    fill('costDetail', '');
    return;
  }
  const currency = game.currency || 'USD';
  const cost = (Math.round(Number(game.ticketPrice) * 100) * count) / 100;
  fill('cost', money(cost, currency));
  const budget = byId('budget').value === '' ? null : Number(byId('budget').value);
  const over = budget != null && budget < cost ? ' — above the budget' : '';
  fill('costDetail', `(${number(count, 0)} × ${money(game.ticketPrice, currency)})${over}`);
}

/** A number field as typed: absent when empty, a number when it is one, else the text for the service to refuse. */
function numeric(id) {
  const text = byId(id).value.trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/**
 * The request body as JSON text. The seed is a 64-bit integer: written through a JS number, one above 2^53 would
 * be rounded and reproduce another run, so it is copied into the JSON text as typed.
 */
export function requestJson(game) {
  const numberOfTickets = numeric('numberOfTickets');
  // The service reads 2.5 tickets as 2 without a word; a count must be whole, so this one is checked here.
  if (typeof numberOfTickets === 'number' && !Number.isInteger(numberOfTickets)) {
    throw new LocalFieldError('numberOfTickets', 'numberOfTickets must be a whole number');
  }
  const body = {
    targetTier: selectedTier(),
    numberOfTickets: numberOfTickets ?? null,
    strategy: selectedStrategy(),
    lotteryType: game ? game.name : byId('lotteryType').value,
  };
  const budget = numeric('budget');
  if (budget !== undefined) body.budget = budget;
  const preferences = {};
  const maxGenerationTime = numeric('maxGenerationTime');
  if (maxGenerationTime !== undefined) preferences.maxGenerationTime = maxGenerationTime;
  const qualityThreshold = numeric('qualityThreshold');
  if (qualityThreshold !== undefined) preferences.qualityThreshold = qualityThreshold;
  if (byId('avoidColdPatterns').checked) preferences.allowColdPatterns = false;
  if (Object.keys(preferences).length > 0) body.preferences = preferences;
  const json = JSON.stringify(body);
  const seed = byId('seed').value.trim();
  if (seed === '') return json;
  if (!/^-?\d+$/.test(seed)) return `${json.slice(0, -1)},"seed":${JSON.stringify(seed)}}`;
  // Outside a Java long the service would only say "not valid JSON"; this says which field.
  if (BigInt(seed) > LONG_MAX || BigInt(seed) < LONG_MIN) {
    throw new LocalFieldError('seed', 'seed must be a whole number between -2^63 and 2^63 - 1');
  }
  return `${json.slice(0, -1)},"seed":${seed}}`;
}

/** The requested qualityThreshold, when it is a number. */
export function requestedQuality() {
  const value = numeric('qualityThreshold');
  return typeof value === 'number' ? value : null;
}

export function clearErrors() {
  for (const span of document.querySelectorAll('.field-error')) span.textContent = '';
  for (const input of document.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  fill('formError');
}

/** The span of an error field: preferences.* fields share the preferences span. */
function spanFor(field) {
  const key = field.startsWith('preferences') ? 'preferences' : field;
  return document.querySelector(`.field-error[data-field="${CSS.escape(key)}"]`);
}

/**
 * Shows an error (an ApiError, or a LocalFieldError from requestJson) next to the field the service named (details.field, or each of details.violations); anything
 * else goes to #formError.
 */
export function showError(error) {
  const named = error.field ? [{ field: error.field, message: error.message }]
    : (error.details?.violations ?? []).filter((violation) => typeof violation.field === 'string');
  let shown = false;
  for (const { field, message } of named) {
    const span = spanFor(field);
    if (!span) continue;
    span.textContent = message;
    const input = INPUTS[field]?.();
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      if (!shown) input.focus();
    }
    shown = true;
  }
  if (!shown) fill('formError', typeof error.describe === 'function' ? error.describe() : String(error.message));
}
