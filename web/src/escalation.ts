// The escalation chart for a pair of actors: events per quad class (bars) and the Goldstein sum (line).
import { get, QUAD, QUAD_COLOR, type Period } from './api.js';
import { chart } from './charts.js';
import { h, note, panel } from './dom.js';
import { update, type State } from './state.js';

export async function escalationView(root: HTMLElement, s: State): Promise<void> {
  const a = s.a ?? s.actor ?? '';
  const form = h('form', { class: 'inline', id: 'pair' },
    h('label', {}, 'Actor A ', h('input', { name: 'a', value: a, placeholder: 'e.g. RUS', size: 14, required: true })),
    h('label', {}, ' Actor B ', h('input', { name: 'b', value: s.b ?? '', placeholder: 'e.g. UKR (empty: all)', size: 14 })),
    h('label', {}, ' per ', h('select', { name: 'by' }, ...['day', 'week', 'month'].map((b) => h('option', { selected: (s.by ?? 'week') === b }, b)))),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    update({ view: 'escalation', a: String(d.get('a') ?? ''), b: String(d.get('b') ?? ''), by: String(d.get('by') ?? '') });
  });
  root.append(panel('Escalation between two actors', form));
  if (!a) {
    root.append(note('Choose actor A (and B) by name part or CAMEO code: both directions are counted.'));
    return;
  }
  const res = await get<{ series: Period[] }>('/api/escalation', { a, b: s.b, by: s.by, from: s.from, to: s.to });
  const ser = res.series;
  const box = h('div', { class: 'chart tall', id: 'escalation-chart', dataset: { periods: String(ser.length) } });
  root.append(panel(`${a} ↔ ${s.b || 'all'} (${ser.reduce((n, p) => n + p.events, 0)} events)`, ser.length ? box : note('No events between these actors.')));
  if (!ser.length) return;
  chart(box).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 60, top: 40, bottom: 70 },
    xAxis: { type: 'category', data: ser.map((p) => p.period) },
    yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein' }],
    dataZoom: [{ type: 'slider', bottom: 15 }, { type: 'inside' }],
    series: [
      ...[1, 2, 3, 4].map((q) => ({ type: 'bar', name: QUAD[q], stack: 'q', barMaxWidth: 48, itemStyle: { color: QUAD_COLOR[q] }, data: ser.map((p) => p.quad[q - 1] ?? 0) })),
      { type: 'line', name: 'Goldstein sum', yAxisIndex: 1, itemStyle: { color: '#1c7ed6' }, data: ser.map((p) => p.goldstein) },
      { type: 'line', name: `${a} → ${s.b || 'all'}`, yAxisIndex: 1, lineStyle: { type: 'dashed' }, itemStyle: { color: '#5f3dc4' }, data: ser.map((p) => p.ab.goldstein) },
      { type: 'line', name: `${s.b || 'all'} → ${a}`, yAxisIndex: 1, lineStyle: { type: 'dotted' }, itemStyle: { color: '#e8590c' }, data: ser.map((p) => p.ba.goldstein) },
    ],
  });
}
