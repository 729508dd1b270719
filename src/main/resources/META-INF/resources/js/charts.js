// ECharts figures. echarts.min.js is a classic script loaded before the modules (global `echarts`); when it is
// missing the pages still show every figure in their tables, and the chart's box says the chart is unavailable.

import { money, number, percent, percentValue, significant } from './format.js';

const COLORS = { observed: '#0b5cad', expected: '#8a939c', reachesCost: '#1a7f37', belowCost: '#8a939c' };
const watched = new WeakSet();

/** The chart of a container, created on first use and resized with its box. */
function chartIn(container) {
  const echarts = window.echarts;
  if (!echarts) {
    container.textContent = 'The chart library could not be loaded; the figures are in the tables on this page.';
    return null;
  }
  let chart = echarts.getInstanceByDom(container);
  if (!chart) {
    container.replaceChildren();
    chart = echarts.init(container);
  }
  if (!watched.has(container)) {
    new ResizeObserver(() => chart.resize()).observe(container);
    watched.add(container);
  }
  return chart;
}

/** ECharts tooltips are HTML: anything that comes from the API is escaped. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Big category axes get a zoom slider instead of unreadable bars. */
function zoomFor(categories) {
  return categories > 30 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 4 }] : [];
}

/** Marks the chart as drawn: the browser tests wait on data-rendered. */
function rendered(container, chart, option) {
  chart.setOption(option, true);
  container.dataset.rendered = 'true';
}

export function resetChart(container) {
  delete container.dataset.rendered;
  window.echarts?.getInstanceByDom(container)?.clear();
}

/**
 * The exact distribution of a ticket set's total payout (POST /evaluate): one bar per distinct payout, its
 * probability over every possible draw. "No win" is near 1 and a jackpot near 1e-6, so the heights are orders of
 * magnitude: a bar's height is log10(probability / floor), the floor being a power of ten one step below the
 * smallest probability, so that every bar stands on the axis and a likelier payout is a taller bar. (A log axis of ECharts
 * starts its bars at 1, which hung them from 100%.) The payouts that reach the cost of the tickets are green, and a
 * line marks where they start.
 */
export function renderPayoutChart(container, evaluation) {
  const chart = chartIn(container);
  if (!chart) return;
  const currency = evaluation.currency || 'USD';
  const cost = Number(evaluation.cost);
  const points = [...evaluation.payout.distribution].sort((a, b) => Number(a.payout) - Number(b.payout));
  const labels = points.map((point) => money(point.payout, currency));
  const smallest = Math.min(...points.map((point) => Number(point.probability)).filter((p) => p > 0));
  // One step below the smallest, so that even the rarest payout is a visible bar.
  const floor = 10 ** (Math.floor(Math.log10(smallest)) - 1);
  const height = (probability) => Math.log10(Number(probability) / floor);
  const firstReaching = points.findIndex((point) => Number(point.payout) >= cost);
  rendered(container, chart, {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 36, bottom: points.length > 30 ? 40 : 12, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: ([item]) => {
        const point = points[item.dataIndex];
        return `${escapeHtml(labels[item.dataIndex])}: ${number(point.draws, 0)} of ${number(evaluation.totalDraws, 0)} draws`
          + ` (${percent(point.probability)})${Number(point.payout) >= cost ? '<br>at least the cost of the tickets' : ''}`;
      },
    },
    xAxis: { type: 'category', name: 'Total payout', nameLocation: 'middle', nameGap: 28, data: labels,
      axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, minInterval: 1, name: 'Probability (each step ×10)',
      axisLabel: { formatter: (value) => percent(floor * 10 ** value, 2) } },
    dataZoom: zoomFor(points.length),
    series: [{
      name: 'Probability',
      type: 'bar',
      barMaxWidth: 40,
      data: points.map((point) => ({
        value: height(point.probability),
        itemStyle: { color: Number(point.payout) >= cost ? COLORS.reachesCost : COLORS.belowCost },
      })),
      markLine: firstReaching < 0 ? undefined : {
        symbol: 'none',
        silent: true,
        lineStyle: { color: COLORS.reachesCost, type: 'dashed' },
        label: { formatter: `cost ${money(cost, currency)}`, position: 'insideEndTop' },
        data: [{ xAxis: labels[firstReaching] }],
      },
    }],
  });
}

/** Observed share of draws per pattern beside the share a fair draw gives it (its class size). */
export function renderFrequencyChart(container, patterns) {
  const chart = chartIn(container);
  if (!chart) return;
  const names = patterns.map((pattern) => pattern.pattern);
  rendered(container, chart, {
    aria: { enabled: true },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: names.length > 30 ? 40 : 12, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: ([item]) => {
        const p = patterns[item.dataIndex];
        return [`Pattern ${escapeHtml(p.pattern)} (${escapeHtml(p.group)})`,
          `observed: ${number(p.frequency, 0)} draws, ${percentValue(p.percentage)}`,
          `fair-game expectation: ${percentValue(p.expectedPercentage)} (${number(p.classSize, 0)} combinations)`,
          p.efficiency == null ? 'lift: not measured' : `measured lift: ${significant(p.efficiency, 3)}`].join('<br>');
      },
    },
    xAxis: { type: 'category', name: 'Pattern', nameLocation: 'middle', nameGap: 28, data: names,
      axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: '% of draws', axisLabel: { formatter: (value) => `${value}%` } },
    dataZoom: zoomFor(names.length),
    series: [
      { name: 'Observed', type: 'bar', data: patterns.map((p) => p.percentage), itemStyle: { color: COLORS.observed } },
      { name: 'Expected in a fair draw', type: 'bar', data: patterns.map((p) => p.expectedPercentage),
        itemStyle: { color: COLORS.expected } },
    ],
  });
}
