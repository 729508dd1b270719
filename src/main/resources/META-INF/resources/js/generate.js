// The generation page: form → POST /generate-tickets?async=true → status stream → stored set.
// body[data-state] goes loading → idle → running → complete | error; the browser tests wait on it.

import { cancelSession, extendSession, getSession, pause, startGeneration, statusStreamUrl } from './api.js';
import { byId, fill, setState } from './dom.js';
import { clearErrors, renderGame, requestedQuality, requestJson, showError, updateCost } from './form.js';
import { loadGames } from './games.js';
import { explainTerms } from './glossary.js';
import {
  finishProgress, logEvent, notify, resetProgress, showFinal, showFinalThresholds, showProgress, showThreshold,
  stoppingReason,
} from './progress.js';
import { hideResults, showResults } from './results.js';
import { followGeneration } from './stream.js';

const EXTEND_BY_MS = 10_000;
const POLL_INTERVAL_S = 2;
const POLL_LIMIT = 90;

let games = new Map();
/** The generation the page shows; a newer one makes every callback of an older one a no-op. */
let run = null;

const currentGame = () => games.get(byId('lotteryType').value);

function ended(message, state) {
  if (run) run.active = false;
  byId('generate').disabled = false;
  setState(state);
  if (message) fill('formError', message);
}

/** Fetches the stored set and shows it. */
async function showSession(current) {
  try {
    const { data, text } = await getSession(current.sessionId);
    if (run !== current) return;
    if (!Array.isArray(data.tickets)) {
      ended(`The session ended (${data.sessionStatus}) without a ticket set.`, 'error');
      return;
    }
    showFinalThresholds(data.generation?.thresholds);
    showResults(data, text, current.game, () => run === current);
    ended(null, 'complete');
  } catch (error) {
    if (run === current) ended(`The ticket set could not be loaded: ${error.message}`, 'error');
  }
}

function onEvent(current, name, data, id) {
  if (run !== current) return;
  logEvent(name, data, id);
  switch (name) {
    case 'progress':
      showProgress(data);
      break;
    case 'threshold_met':
      showThreshold(data);
      break;
    case 'complete':
      showFinal(data);
      finishProgress(`Finished: ${data.status}; it stopped because ${stoppingReason(data.stoppingReason)}.`);
      showSession(current);
      break;
    case 'error':
      finishProgress('The generation failed.');
      ended(data.message ?? 'The generation failed.', 'error');
      break;
    default:
      break;
  }
}

/**
 * The browser gave up on the stream (the service refused it). The generation runs on regardless, so the session
 * is asked directly until it has ended.
 */
async function pollUntilEnded(current) {
  fill('progressStatus', 'Live status is unavailable; checking the session every few seconds…');
  for (let i = 0; i < POLL_LIMIT && run === current; i++) {
    try {
      const { data } = await getSession(current.sessionId);
      if (data.sessionStatus !== 'active') {
        finishProgress(`Finished: ${data.sessionStatus}.`);
        await showSession(current);
        return;
      }
    } catch (error) {
      // 400/404: the session is gone or never was; asking again will not change that.
      if (error.status === 400 || error.status === 404) {
        finishProgress('The session could not be followed.');
        ended(error.message, 'error');
        return;
      }
      fill('progressStatus', `Checking the session failed: ${error.message}`);
    }
    await pause(POLL_INTERVAL_S);
  }
  if (run === current) {
    finishProgress('The generation did not report its end.');
    ended('The generation did not report its end; its session may still be stored.', 'error');
  }
}

async function start() {
  if (run?.active) return;
  clearErrors();
  hideResults();
  const game = currentGame();
  let json;
  try {
    json = requestJson(game);
  } catch (error) {
    showError(error);
    setState('error');
    return;
  }
  setState('running');
  byId('generate').disabled = true;
  let accepted;
  try {
    accepted = await startGeneration(json);
  } catch (error) {
    showError(error);
    ended(null, 'error');
    return;
  }
  const current = { sessionId: accepted.sessionId, game, active: true };
  run = current;
  resetProgress(requestedQuality());
  byId('progress').scrollIntoView({ block: 'start', behavior: 'smooth' });
  current.stream = followGeneration(accepted.statusUrl ?? statusStreamUrl(accepted.sessionId), {
    onEvent: (name, data, id) => {
      if (name === 'complete' || name === 'error') current.active = false;
      onEvent(current, name, data, id);
    },
    onReconnecting: () => {
      if (run === current) fill('progressStatus', 'Connection lost; reconnecting…');
    },
    onLost: () => pollUntilEnded(current),
  });
}

/** Cancel and extend reach the generation on any replica; a 409 means it has already ended. */
async function control(action) {
  const current = run;
  if (!current?.active) return;
  try {
    if (action === 'cancel') {
      byId('cancel').disabled = true;
      await cancelSession(current.sessionId);
      notify('Cancel requested: the generation stops after its current attempt and keeps its best set.');
    } else {
      const answer = await extendSession(current.sessionId, EXTEND_BY_MS);
      notify(`Added ${EXTEND_BY_MS / 1000} s; the total time limit stays at most ${answer.maximumTotalTime / 1000} s.`);
    }
  } catch (error) {
    notify(error.message, 'warning');
  }
}

async function init() {
  setState('loading');
  explainTerms();
  const select = byId('lotteryType');
  try {
    games = await loadGames(select);
  } catch (error) {
    fill('formError', `The games could not be loaded: ${error.message}`);
    setState('error');
    return;
  }
  if (games.size === 0) {
    fill('formError', 'No game is configured.');
    setState('error');
    return;
  }
  renderGame(currentGame());
  select.addEventListener('change', () => renderGame(currentGame()));
  for (const id of ['numberOfTickets', 'budget']) byId(id).addEventListener('input', () => updateCost(currentGame()));
  byId('generateForm').addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  byId('cancel').addEventListener('click', () => control('cancel'));
  byId('extend').addEventListener('click', () => control('extend'));
  byId('regenerate').addEventListener('click', () => start());
  window.addEventListener('pagehide', () => run?.stream?.close());
  setState('idle');
}

init();
