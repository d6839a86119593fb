// "Where was X and whom did X meet": the itinerary on a world map, the stops with their evidence, and the
// meetings (CONSULT events) day by day, with what is planned kept apart from what is reported as done.
import { get, label, day, type ActorDetail, type ActorRow, type EventRow, type Page, type QuoteRow, type Stop, ApiError } from './api.js';
import { chart } from './charts.js';
import { esc, h, note, panel } from './dom.js';
import { href, update, type State } from './state.js';

/** Does an event argument denote the actor the user asked for? (the server's rule: code prefix or name part) */
export function isActor(a: EventRow['source'], q: string): boolean {
  if (!a) return false;
  const l = q.toLowerCase();
  return !!(a.code?.toLowerCase().startsWith(l) || a.name?.toLowerCase().includes(l) || a.text.toLowerCase().includes(l));
}

const weekday = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
export const articleLink = (id: string, text: string, extra: State = {}) =>
  h('a', { href: href({ view: 'article', id, ...extra }), class: 'article-link', 'data-article': id }, text);

export async function actorView(root: HTMLElement, s: State): Promise<void> {
  if (!s.actor) return pickActor(root);
  const who = s.actor;
  const range = { from: s.from, to: s.to };
  const [detail, itin, meetings, quotes] = await Promise.all([
    get<ActorDetail>(`/api/actors/${encodeURIComponent(who)}`).catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    get<{ stops: Stop[]; next: number | null }>('/api/itinerary', { actor: who, ...range, limit: 500 }),
    get<Page<EventRow>>('/api/events', { actor: who, plover: 'CONSULT', ...range, limit: 500 }),
    get<Page<QuoteRow>>('/api/quotes', { speaker: who, ...range, limit: 5 }),
  ]);
  const stops = itin.stops;
  const byDay = new Map<string, EventRow[]>();
  for (const e of meetings.items) {
    const d = day(e);
    byDay.set(d, [...(byDay.get(d) ?? []), e]);
  }
  const other = (e: EventRow) => (isActor(e.source, who) ? e.target : e.source);
  const metOn = (d: string) => [...new Set((byDay.get(d) ?? []).map(other).filter(Boolean).map((a) => label(a)))];

  const title = detail ? `${detail.name}` : who;
  root.append(h('div', { class: 'actor-head' },
    h('h1', {}, title, detail ? h('span', { class: 'code' }, ` ${detail.code}`) : null),
    detail
      ? h('p', { class: 'muted' }, `${detail.type ?? ''} · ${detail.mentions} mentions in ${detail.articles} articles, seen ${detail.first_seen} – ${detail.last_seen}`,
        detail.roles.length ? ` · ${detail.roles.map((r) => r.role).join(', ')}` : '')
      : note(`"${who}" is not in the actor table; showing events whose source or target matches it.`),
  ));

  const mapBox = h('div', { id: 'map', class: 'chart map', dataset: { stops: String(stops.length) }, 'aria-label': `map with ${stops.length} stops` });
  const list = h('ol', { id: 'stops', class: 'stops' }, ...stops.map((st, i) => {
    const met = metOn(st.date);
    return h('li', { dataset: { date: st.date, place: st.place } },
      h('div', { class: 'stop-head' }, h('b', {}, `${i + 1}. ${st.place}`), ` ${st.country} · ${weekday(st.date)} ${st.date}`),
      met.length ? h('div', { class: 'met' }, 'met ', h('b', {}, met.join(', '))) : null,
      ...st.evidence.slice(0, 3).map((ev) => h('blockquote', { class: 'evidence', title: `${ev.how}: “${ev.trigger}”` }, ev.sentence, ' ', articleLink(ev.article, `→ ${ev.articleDate} article`))),
    );
  }));
  root.append(h('div', { class: 'split' },
    panel(`Where was ${title}?`, stops.length ? mapBox : note('No located events for this actor in this period.'), ),
    panel(`Stops (${stops.length}${itin.next !== null ? '+' : ''})`, stops.length ? list : note('No stops found.'),
      itin.next !== null ? note(`The first ${stops.length} stops: choose a period to see the others.`) : null),
  ));
  if (stops.length) drawItinerary(mapBox, stops);

  // Meetings: CONSULT events with the actor on one side, one row per real-world event (its fused mentions together).
  const groups = new Map<string, EventRow[]>();
  for (const e of meetings.items) {
    if (!isActor(e.source, who) && !isActor(e.target, who)) continue;
    const k = e.fused !== undefined ? `f${e.fused}` : `${day(e)}|${label(other(e))}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const rows = [...groups.values()].sort((x, y) => day(x[0]!).localeCompare(day(y[0]!)));
  root.append(panel(`Whom did ${title} meet? (${rows.length} meetings and visits${meetings.next !== null ? ', from the first 500 mentions' : ''})`,
    rows.length
      ? h('table', { class: 'grid', id: 'meetings' },
        h('thead', {}, h('tr', {}, ...['day', 'with', 'where', 'status', 'reports'].map((c) => h('th', {}, c)))),
        h('tbody', {}, ...rows.map((g) => {
          const e = g[0]!;
          const facts = [...new Set(g.map((x) => x.factuality))].sort((a, b) => FACT_ORDER.indexOf(a) - FACT_ORDER.indexOf(b));
          const withWhom = [...new Set(g.map(other).filter(Boolean).map((a) => label(a)))];
          const places = [...new Set(g.map((x) => x.location?.name).filter(Boolean))];
          const seen = new Set<string>();
          const links = g.filter((x) => !seen.has(x.article) && !!seen.add(x.article));
          return h('tr', {},
            h('td', {}, day(e)), h('td', {}, withWhom.length ? withWhom.join(', ') : '— (a visit)'), h('td', {}, places.join(', ')),
            h('td', {}, ...facts.map((f) => h('span', { class: `fact fact-${f}`, title: factHelp[f] ?? '' }, f))),
            h('td', {}, `${g.length} mention${g.length > 1 ? 's' : ''}: `, ...links.flatMap((x, i) => [i ? ', ' : '', articleLink(x.article, x.article, { at: String(x.trigger.start) })])));
        })))
      : note('No meetings (CONSULT events) found.')));

  if (detail?.counterparts.length) {
    root.append(panel('Counterparts (all events)', h('ul', { class: 'chips' }, ...detail.counterparts.map((c) =>
      h('li', {}, h('a', { href: href({ view: 'actor', actor: c.name ?? c.code }) }, c.name ?? c.code), h('span', { class: 'muted' }, ` ${c.code} · ${c.events}`))))));
  }
  if (quotes.items.length) {
    root.append(panel('What they said', ...quotes.items.map((q) => h('blockquote', { class: 'quote' }, `“${q.text}”`, ' ',
      h('span', { class: 'muted' }, `${q.articleDate} `), articleLink(q.article, '→ article')))));
  }
}

const FACT_ORDER = ['asserted', 'reported', 'future', 'hypothetical', 'negated'];
const factHelp: Record<string, string> = {
  asserted: 'reported as having happened', future: 'announced or planned', reported: 'attributed to a source',
  hypothetical: 'a possibility', negated: 'reported as not having happened',
};

function drawItinerary(box: HTMLElement, stops: Stop[]): void {
  const pts = stops.filter((s) => s.lat != null && s.lon != null);
  const lons = pts.map((s) => s.lon!);
  const lats = pts.map((s) => s.lat!);
  const span = Math.max(Math.max(...lons) - Math.min(...lons), (Math.max(...lats) - Math.min(...lats)) * 2, 12);
  const c = chart(box);
  c.setOption({
    tooltip: { trigger: 'item' },
    geo: {
      map: 'world', roam: true, center: pts.length ? [(Math.max(...lons) + Math.min(...lons)) / 2, (Math.max(...lats) + Math.min(...lats)) / 2] : undefined,
      zoom: Math.min(12, Math.max(1, 300 / (span * 1.8))),
      itemStyle: { areaColor: '#e9ecef', borderColor: '#adb5bd' }, emphasis: { disabled: true },
    },
    series: [
      {
        type: 'lines', coordinateSystem: 'geo', symbol: ['none', 'arrow'], symbolSize: 10,
        lineStyle: { color: '#1c7ed6', width: 2, curveness: 0.2 },
        data: pts.slice(1).map((s, i) => ({ coords: [[pts[i]!.lon!, pts[i]!.lat!], [s.lon!, s.lat!]] })),
      },
      {
        type: 'scatter', coordinateSystem: 'geo', symbolSize: 14, itemStyle: { color: '#c92a2a' },
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => `${p.dataIndex + 1}. ${pts[p.dataIndex]!.place}  ${pts[p.dataIndex]!.date}`, fontWeight: 'bold' },
        tooltip: { formatter: (p: { dataIndex: number }) => esc(`${pts[p.dataIndex]!.place} (${pts[p.dataIndex]!.country}), ${pts[p.dataIndex]!.date}`) },
        data: pts.map((s) => ({ name: s.place, value: [s.lon!, s.lat!] })),
      },
    ],
  });
}

async function pickActor(root: HTMLElement): Promise<void> {
  const top = await get<Page<ActorRow>>('/api/actors', { limit: 30 });
  root.append(panel('Pick an actor',
    note('Type a name or a CAMEO code (Blinken, USAGOV, RUS) in the Actor box above, or pick one of the most mentioned. '
      + 'You get where they were (map and stops), whom they met, and what they said; "This week" narrows it to the last seven days of the corpus.'),
    top.items.length
      ? h('ul', { class: 'chips', id: 'top-actors' }, ...top.items.map((a) => h('li', {},
        h('a', { href: href({ view: 'actor', actor: a.name }), onclick: (ev: Event) => { ev.preventDefault(); update({ view: 'actor', actor: a.name }); } }, a.name),
        h('span', { class: 'muted' }, ` ${a.code} · ${a.mentions}`))))
      : note('No actors stored yet: ingest some articles first (dossier ingest PATH).')));
}
