// The wheels page: POST /wheels with the player's numbers and a promise; shows the verified promise, the exact
// chances per tier and the tickets. body[data-state] goes loading → ready → working → done | error.

import { ApiError, makeWheel } from './api.js';
import { byId, definitionList, fill, fillTable, setState } from './dom.js';
import { number, percentValue } from './format.js';
import { loadGames } from './games.js';

const numbers = (text) => text.split(/[\s,;]+/).filter(Boolean).map(Number);

function request() {
  const pool = numbers(byId('pool').value);
  const tickets = byId('tickets').value;
  return {
    lotteryType: byId('lotteryType').value,
    ...(pool.length ? { pool } : {}),
    guarantee: { matches: Number(byId('matches').value), ifDrawnInPool: Number(byId('drawnInPool').value) },
    ...(tickets ? { tickets: Number(tickets) } : {}),
  };
}

function render(wheel) {
  const promise = `${wheel.guarantee.matches} matches on some ticket whenever ${wheel.guarantee.ifDrawnInPool}`
    + ' drawn numbers are among yours';
  fill('wheelSummary', definitionList([
    ['Tickets', number(wheel.ticketCount, 0)],
    ['Promise', promise],
    ['Checked', wheel.guaranteeHolds
      ? `holds for all ${number(wheel.ways, 0)} ways`
      : `holds for ${number(wheel.waysMet, 0)} of ${number(wheel.ways, 0)} ways`],
    wheel.bestKnown ? ['Best published design', `${wheel.bestKnown.tickets} tickets (${wheel.bestKnown.source})`] : null,
    ['Design', wheel.source === 'library' ? 'from the shared library' : 'searched for this request'],
  ]));
  fillTable('wheelTiers', ['Tier', 'P(at least one win), exact', 'Random tickets'],
    wheel.evaluation.tiers.map((tier) => [tier.tier, percentValue(tier.probabilityAtLeastOne * 100),
      percentValue(tier.randomDistinctTickets * 100)]));
  fillTable('wheelTickets', ['#', 'Numbers'],
    wheel.tickets.map((ticket, index) => ({ attrs: { class: 'wheel-ticket' }, cells: [index + 1, ticket.join(' ')] })));
}

async function submit(event) {
  event.preventDefault();
  fill('wheelError');
  setState('working');
  try {
    render(await makeWheel(request()));
    setState('done');
  } catch (failure) {
    fill('wheelError', failure instanceof ApiError ? failure.describe() : String(failure));
    setState('error');
  }
}

async function start() {
  try {
    await loadGames(byId('lotteryType'));
    byId('wheelForm').addEventListener('submit', submit);
    setState('ready');
  } catch (failure) {
    fill('wheelError', failure instanceof ApiError ? failure.describe() : String(failure));
    setState('error');
  }
}

start();
