// The live view of a running generation, fed by the status stream's events:
//   progress      {attempt, currentQuality, patternCoverage {hot, warm, cold}, objective, timeElapsed,
//                  estimatedTimeRemaining, thresholds {hotCoverageMinimum, warmCoverageMaximum,
//                  coldCoverageMaximum, qualityMinimum}, status}
//   threshold_met {thresholdType, thresholdName, achieved, required, timeElapsed, timestamp}
//   complete      {status, finalQuality, totalAttempts, totalTime, stoppingReason}
//   error         {status, message}
// Every bar is drawn against the run's own threshold, as the progress events state it (after the strategy's
// modifiers and any degradation), never a constant of the page.

import { byId, el, fill } from './dom.js';
import { duration, number, percent } from './format.js';

/** The threshold that each bar is measured against, and which way it points. */
const BAR_OF_THRESHOLD = {
  optimizationScore: { bar: 'qualityBar', bound: 'at least' },
  hotPatternCoverage: { bar: 'hotBar', bound: 'at least' },
  warmPatternLimit: { bar: 'warmBar', bound: 'at most' },
  coldPatternAllowance: { bar: 'coldBar', bound: 'at most' },
};
const SHARE_BARS = ['hotBar', 'warmBar', 'coldBar'];
const MAX_NOTIFICATIONS = 5;

const STOPPING_REASONS = {
  pattern_thresholds: 'the pattern thresholds were met',
  quality_thresholds: 'the quality thresholds were met',
  max_attempts: 'the attempt limit was reached',
  timeout: 'the time limit was reached',
  quality_stall: 'the quality stopped improving',
  stored_design: 'the design library held a set for this request',
  user_override: 'you cancelled it',
};

export const stoppingReason = (reason) => STOPPING_REASONS[reason] ?? reason ?? 'unknown';

/** A bar's value as text: the quality score is a 0..1 score, the others shares of the tickets. */
const shown = (bar, value) => (bar === 'qualityBar' ? number(value, 3) : percent(value, 3));

function setBar(bar, value) {
  byId(bar).value = Math.min(1, Math.max(0, Number(value) || 0));
  fill(`${bar}Value`, shown(bar, value));
}

function setTarget(bar, value, bound, source) {
  const marker = byId(`${bar}Marker`);
  marker.style.left = `${Math.min(1, Math.max(0, value)) * 100}%`;
  marker.hidden = false;
  fill(`${bar}Target`, `${source}: ${bound} ${shown(bar, value)}`);
}

/** Shows a short notice (threshold met, cancel or extend accepted) in the live region. */
export function notify(text, kind = 'info') {
  const list = byId('notifications');
  list.append(el('p', { class: `notification ${kind}` }, text));
  while (list.children.length > MAX_NOTIFICATIONS) list.firstElementChild.remove();
}

export function resetProgress(requestedQuality) {
  byId('progress').hidden = false;
  for (const bar of ['qualityBar', ...SHARE_BARS]) {
    byId(bar).value = 0;
    fill(`${bar}Value`, '–');
    byId(`${bar}Marker`).hidden = true;
    fill(`${bar}Target`, 'threshold: shown when the service reports it');
  }
  if (requestedQuality != null) setTarget('qualityBar', requestedQuality, 'at least', 'requested');
  for (const id of ['attempts', 'elapsed', 'remaining', 'objective']) fill(id, '–');
  fill('progressStatus', 'Starting…');
  fill('events');
  fill('notifications');
  byId('cancel').disabled = false;
  byId('extend').disabled = false;
}

export function showProgress(data) {
  setBar('qualityBar', data.currentQuality);
  for (const bar of SHARE_BARS) setBar(bar, data.patternCoverage?.[bar.replace('Bar', '')]);
  fill('attempts', number(data.attempt, 0));
  fill('elapsed', duration(data.timeElapsed));
  fill('remaining', duration(data.estimatedTimeRemaining));
  fill('objective', percent(data.objective, 4));
  const targets = data.thresholds ?? {};
  if (targets.qualityMinimum != null) setTarget('qualityBar', targets.qualityMinimum, 'at least', 'threshold');
  if (targets.hotCoverageMinimum != null) setTarget('hotBar', targets.hotCoverageMinimum, 'at least', 'threshold');
  if (targets.warmCoverageMaximum != null) setTarget('warmBar', targets.warmCoverageMaximum, 'at most', 'threshold');
  if (targets.coldCoverageMaximum != null) setTarget('coldBar', targets.coldCoverageMaximum, 'at most', 'threshold');
  fill('progressStatus', 'Generating…');
}

export function showThreshold(data) {
  const target = BAR_OF_THRESHOLD[data.thresholdName];
  if (target) setTarget(target.bar, data.required, target.bound, 'threshold');
  notify(`Threshold met: ${data.thresholdName} reached ${number(data.achieved, 3)}`
    + ` (threshold ${number(data.required, 3)}) after ${duration(data.timeElapsed)}.`, 'success');
}

/** The final thresholds of the set, from generation.thresholds, mark every bar that has one. */
export function showFinalThresholds(thresholds = []) {
  for (const threshold of thresholds) {
    const target = BAR_OF_THRESHOLD[threshold.name];
    if (target) setTarget(target.bar, threshold.required, target.bound, 'threshold');
  }
}

/** One line per received event, whatever it is: the list is the stream as it arrived. */
export function logEvent(name, data, id) {
  const text = {
    progress: () => `attempt ${data.attempt}: quality ${number(data.currentQuality, 3)},`
      + ` objective ${percent(data.objective, 4)}, ${duration(data.timeElapsed)} elapsed`,
    threshold_met: () => `threshold met: ${data.thresholdName} (${data.thresholdType})`
      + ` ${number(data.achieved, 3)}, threshold ${number(data.required, 3)}`,
    complete: () => `complete: ${data.status}, ${data.totalAttempts} attempts in ${duration(data.totalTime)};`
      + ` stopped because ${stoppingReason(data.stoppingReason)}`,
    error: () => `error: ${data.message ?? data.status ?? 'the generation failed'}`,
  }[name]?.() ?? name;
  byId('events').append(el('li', { class: 'event', dataset: id ? { event: name, id } : { event: name } },
    el('span', { class: 'event-name' }, name), ' ', text));
}

/**
 * The complete event's totals replace the last progress event's figures: progress is reported at most once per
 * interval, so the last one may be several attempts behind the end.
 */
export function showFinal(data) {
  if (data.totalAttempts != null) fill('attempts', number(data.totalAttempts, 0));
  if (data.totalTime != null) fill('elapsed', duration(data.totalTime));
  if (data.finalQuality != null) setBar('qualityBar', data.finalQuality);
}

export function finishProgress(text) {
  fill('progressStatus', text);
  // The run is over: nothing remains, whatever the last progress event estimated.
  fill('remaining', duration(0));
  byId('cancel').disabled = true;
  byId('extend').disabled = true;
}
