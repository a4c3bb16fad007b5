// Small inline SVG charts: a line of a score over time, and horizontal bars against a target.

import { el, svg } from './dom.js';

/** A line chart of points [{x, y}], with its title read out to screen readers. */
export function lineChart(title, points, xLabel, yLabel) {
  const width = 420;
  const height = 150;
  const pad = { left: 64, right: 12, top: 12, bottom: 32 };
  const xs = points.map(p => p.x);
  const ys = points.map(p => p.y);
  const xMax = Math.max(1, ...xs);
  const yMin = Math.min(0, ...ys);
  const yMax = Math.max(0, ...ys);
  const ySpan = yMax - yMin || 1;
  const x = v => pad.left + (v / xMax) * (width - pad.left - pad.right);
  const y = v => pad.top + (1 - (v - yMin) / ySpan) * (height - pad.top - pad.bottom);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label':
    `${title}: ${points.length ? `last ${ys[ys.length - 1]} at ${xs[xs.length - 1]} ${xLabel}` : 'no points yet'}`,
    class: 'chart' },
  svg('line', { x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0), class: 'axis' }),
  svg('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'axis' }),
  svg('text', { x: pad.left - 6, y: y(yMax) + 4, 'text-anchor': 'end' }, String(yMax)),
  svg('text', { x: pad.left - 6, y: y(yMin) + 4, 'text-anchor': 'end' }, String(yMin)),
  svg('text', { x: width - pad.right, y: height - 8, 'text-anchor': 'end' }, `${xMax.toFixed(1)} ${xLabel}`),
  svg('text', { x: pad.left, y: height - 8 }, '0'),
  svg('path', { d: path, class: 'line' }),
  ...points.slice(-1).map(p => svg('circle', { cx: x(p.x), cy: y(p.y), r: 3, class: 'dot' })));
  return el('figure', { class: 'figure' }, el('figcaption', {}, `${title} (${yLabel})`), chart);
}

/**
 * Horizontal bars [{label, value, target}] with each bar's target as a tick, or one threshold line for all.
 */
export function barChart(title, bars, unit, threshold) {
  const rowHeight = 18;
  const labelWidth = 190;
  const width = 620;
  const height = bars.length * rowHeight + 30;
  const max = Math.max(1, threshold || 0, ...bars.map(b => Math.max(b.value, b.target || 0)));
  const x = v => labelWidth + (v / max) * (width - labelWidth - 60);
  const items = [];
  bars.forEach((bar, i) => {
    const top = 6 + i * rowHeight;
    const met = bar.target === undefined ? (threshold === undefined || bar.value >= threshold)
      : bar.value >= bar.target;
    items.push(svg('text', { x: labelWidth - 6, y: top + 12, 'text-anchor': 'end' }, bar.label));
    items.push(svg('rect', { x: labelWidth, y: top + 2, width: Math.max(1, x(bar.value) - labelWidth),
      height: rowHeight - 6, class: met ? 'bar met' : 'bar short' }, svg('title', {},
      `${bar.label}: ${bar.value} ${unit}${bar.target !== undefined ? ` of ${bar.target}` : ''}`)));
    items.push(svg('text', { x: x(bar.value) + 4, y: top + 12 }, String(bar.value)));
    if (bar.target !== undefined) {
      items.push(svg('line', { x1: x(bar.target), x2: x(bar.target), y1: top, y2: top + rowHeight - 2,
        class: 'target' }));
    }
  });
  if (threshold !== undefined) {
    items.push(svg('line', { x1: x(threshold), x2: x(threshold), y1: 0, y2: height - 22, class: 'target' }));
    items.push(svg('text', { x: x(threshold), y: height - 8, 'text-anchor': 'middle' }, `${threshold} ${unit}`));
  }
  const short = bars.filter(b => b.target !== undefined ? b.value < b.target
    : threshold !== undefined && b.value < threshold).length;
  return el('figure', { class: 'figure wide' }, el('figcaption', {}, title),
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart bars',
      'aria-label': `${title}: ${bars.length} bars, ${short} below the target` }, ...items));
}
