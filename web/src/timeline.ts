// Events on a time axis (zoomable; filtered by actor, type and factuality from the filter bar) and the key dates.
import { get, label, day, QUAD, QUAD_COLOR, type EventRow, type Page, type TimelineDay } from './api.js';
import { chart } from './charts.js';
import { esc, h, note, panel } from './dom.js';
import { go, type State } from './state.js';
import { articleLink } from './actor.js';

export async function timelineView(root: HTMLElement, s: State): Promise<void> {
  const f = { actor: s.actor, plover: s.plover, factuality: s.factuality, from: s.from, to: s.to };
  const [page, key] = await Promise.all([
    get<Page<EventRow>>('/api/events', { ...f, limit: 500 }),
    get<{ dates: TimelineDay[] }>('/api/timeline', { actor: s.actor, from: s.from, to: s.to, dates: 12 }),
  ]);
  const evs = page.items;
  const cats = [...new Set(evs.map((e) => e.plover))].sort();
  const box = h('div', { class: 'chart tall', id: 'timeline-chart', dataset: { events: String(evs.length) } });
  root.append(panel(`Events (${evs.length}${page.next !== null ? ', the first 500: narrow the filters for more' : ''})`,
    evs.length ? box : note('No events match these filters.'),
    h('p', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => h('span', { class: 'swatch', style: `--c:${QUAD_COLOR[q]}` }, QUAD[q]!)),
      h('span', { class: 'muted' }, ' · dot size: Goldstein magnitude · drag the slider or scroll to zoom · click a dot to read its article'))));
  if (evs.length) {
    // Events of one type on one day are spread over the day (3 h apart) instead of hiding behind each other.
    const seen = new Map<string, number>();
    const spread = evs.map((e) => {
      const k = `${day(e)} ${e.plover}`;
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return n % 8;
    });
    const c = chart(box);
    c.setOption({
      grid: { left: 110, right: 30, top: 20, bottom: 70 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const e = evs[p.dataIndex]!;
          return `<b>${esc(day(e))}</b> ${esc(e.plover)} (${esc(e.cameo)}), ${esc(e.factuality)}<br>${esc(label(e.source))} → ${esc(label(e.target))}`
            + `${e.location ? ` in ${esc(e.location.name)}` : ''}<br><i>${esc(e.trigger.text)}</i> · ${esc(e.article)}`;
        },
      },
      xAxis: { type: 'time', min: bound(evs, -1), max: bound(evs, 1), minInterval: DAY },
      yAxis: { type: 'category', data: cats },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 15 }, { type: 'inside', xAxisIndex: 0 }],
      series: [{
        type: 'scatter',
        data: evs.map((e, i) => ({
          value: [Date.parse(`${day(e)}T00:00:00Z`) + spread[i]! * 3 * 3600000, e.plover], symbolSize: 8 + Math.abs(e.goldstein) * 1.5,
          itemStyle: { color: QUAD_COLOR[e.quad], opacity: e.factuality === 'asserted' ? 0.9 : 0.45 },
        })),
      }],
    });
    c.on('click', (p) => {
      const e = evs[(p as { dataIndex: number }).dataIndex];
      if (e) go({ view: 'article', id: e.article, at: String(e.trigger.start) });
    });
  }
  root.append(panel('Key dates', key.dates.length
    ? h('ol', { class: 'keydates' }, ...key.dates.map((d) => h('li', {},
      h('b', {}, d.date), h('span', { class: 'muted' }, ` ${d.events.map((e) => `${e.plover}${e.source ? ` ${e.source}` : ''}${e.target ? `→${e.target}` : ''}`).join(', ')}`),
      h('div', {}, d.summary, ' ', d.article ? articleLink(d.article, '→ article') : null))))
    : note('No dated events.')));
}

const DAY = 86400000;

/** A day before the first (side -1) or after the last (side 1) event, so no dot sits on the frame. */
function bound(evs: EventRow[], side: -1 | 1): number {
  const t = evs.map((e) => Date.parse(`${day(e)}T00:00:00Z`));
  return (side < 0 ? Math.min(...t) : Math.max(...t)) + side * DAY;
}
