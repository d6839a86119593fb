// Itineraries: where a person was on which dates, from events with places ("arrived in Kyiv", "meet Lavrov in
// Geneva", "visits to Ukraine on Wednesday"), each stop with its evidence sentences.
import type Database from 'better-sqlite3';
import { addDays, capitalOf, daysBetween, fuseNew, placeOf, type Place } from '../fuse/index.js';
import type { AnalysisFilter } from './common.js';

export interface Evidence {
  article: string;
  articleDate: string;
  sentence: string;
  trigger: string;
  /**
   * How the sentence places the person: `located` an event of theirs with this place; `visit` a visit with no
   * named visitor in an article about their trip; `capital` a country-level place, read as its capital;
   * `meeting` a meeting with that country's government the same day.
   */
  how: 'located' | 'visit' | 'capital' | 'meeting';
}

export interface Stop {
  date: string;
  place: string;
  /** ISO alpha-3. */
  country: string;
  /** Coordinates of the place; null when the knowledge base has none. */
  lat: number | null;
  lon: number | null;
  evidence: Evidence[];
}

interface Row {
  id: number; article_id: number; cameo: string; factuality: string; date: string | null;
  trigger_start: number; trigger_text: string; sentence_start: number; sentence_end: number;
  source_code: string | null; source_name: string | null; source_text: string | null;
  target_code: string | null; target_name: string | null; target_text: string | null;
  loc_name: string | null; loc_country: string | null; loc_lat: number | null; loc_lon: number | null;
  ext_id: string; adate: string;
}

interface Candidate {
  date: string;
  place: Place;
  strong: boolean;
  ev: Evidence;
  order: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
// Event types that put their participants somewhere: consultations (meetings, visits, hosting, talks, 04x) and
// signing agreements (057). Meetings in person (not phone calls or statements) put both sides in one place.
const PRESENCE = /^(04|057)/;
const MEETING = /^(meet|met|meeting|meetings|talks|held talks|hosted|host|visit|visited|visits)\b/i;

export function itinerary(db: Database.Database, name: string, f: AnalysisFilter = {}): Stop[] {
  fuseNew(db);
  const q = name.trim();
  if (!q) return [];
  const low = q.toLowerCase();
  const { rows, sources, names } = loadRows(db, low, f);
  // With the names table, the person's names are exactly the stored names containing the query.
  const isPerson = names ? (n: string | null, t: string | null) => (n !== null && names.has(n)) || (t !== null && names.has(t))
    : (n: string | null, t: string | null) => !!(n && n.toLowerCase().includes(low)) || !!(t && t.toLowerCase().includes(low));
  // Knowledge-base lookups, once per distinct place (thousands of rows name a few hundred places).
  const placeMemo = new Map<string, Place | null>();
  const places = (name: string | null, country: string | null, lat: number | null, lon: number | null) => {
    const k = `${name}\u0000${country}\u0000${lat}\u0000${lon}`;
    let p = placeMemo.get(k);
    if (p === undefined) placeMemo.set(k, (p = placeOf(name, country, lat, lon)));
    return p;
  };
  const capitals = new Map<string, Place | null>();
  const textOf = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
  const texts = new Map<number, string>();
  const sentence = (r: Row) => {
    let t = texts.get(r.article_id);
    if (t === undefined) texts.set(r.article_id, (t = textOf.get(r.article_id) as string));
    return t.slice(r.sentence_start, r.sentence_end).replace(/\s+/g, ' ').trim();
  };

  // The person leads the trip an article is about when they are the most frequent named source of its contact
  // events (04x): then "visits to Ukraine on Wednesday" with no visitor named are theirs.
  const leads = leaders(sources ?? rows.filter((r) => r.cameo.startsWith('04') && r.source_code).map((r) => {
    const me = isPerson(r.source_name, r.source_text);
    return { article: r.article_id, me: me ? 1 : 0, who: r.source_name ?? r.source_text ?? '', n: 1 };
  }));

  const cands: Candidate[] = [];
  const hints: { date: string; country: string; ev: Evidence; order: number }[] = [];
  const supports: { date: string; place: Place; ev: Evidence; order: number }[] = [];
  let order = 0;
  for (const r of rows) {
    order++;
    if (!r.date || !DAY.test(r.date) || r.factuality === 'hypothetical' || r.factuality === 'negated') continue;
    const date = r.date.slice(0, 10);
    if ((f.from && date < f.from) || (f.to && date > f.to)) continue;
    const asSource = isPerson(r.source_name, r.source_text);
    const asTarget = !asSource && r.cameo.startsWith('04') && isPerson(r.target_name, r.target_text);
    const visit = !r.source_code && !r.source_text && /^04[23]/.test(r.cameo) && leads.has(r.article_id);
    if (!asSource && !asTarget && !visit) continue;
    const ev = (how: Evidence['how']): Evidence => ({ article: r.ext_id, articleDate: r.adate, sentence: sentence(r), trigger: r.trigger_text, how });
    const place = places(r.loc_name, r.loc_country, r.loc_lat, r.loc_lon);
    if (place && place.country) {
      // Other events' places ("condemned the attack in Kabul") need not be where the person was: they only
      // support a stop found otherwise.
      if (!PRESENCE.test(r.cameo)) supports.push({ date, place, ev: ev('located'), order });
      else cands.push({ date, place, strong: !visit, ev: ev(visit ? 'visit' : 'located'), order });
      continue;
    }
    // A meeting with a foreign government, place unnamed: evidence for a stop in that country that day.
    const other = asSource ? r.target_code : r.source_code;
    const own = (asSource ? r.source_code : r.target_code)?.slice(0, 3);
    if (other && own && other.slice(0, 3) !== own && /GOV$/.test(other) && MEETING.test(r.trigger_text)) {
      hints.push({ date, country: other.slice(0, 3), ev: ev('meeting'), order });
    }
  }

  // Stops by day; each with the keys of its evidence (a popular stop has thousands) and, per country, every stop.
  type Kept = Stop & { order: number; seen: Set<string> };
  const byDate = new Map<string, { stops: Kept[] }>();
  const byCountry = new Map<string, Kept[]>();
  const day = (d: string) => {
    let x = byDate.get(d);
    if (!x) byDate.set(d, (x = { stops: [] }));
    return x;
  };
  const addStop = (d: string, p: Place, ev: Evidence, ord: number) => {
    const x = day(d);
    let s = x.stops.find((s) => s.place === p.name && s.country === p.country);
    if (!s) {
      s = { date: d, place: p.name, country: p.country, lat: p.lat ?? null, lon: p.lon ?? null, evidence: [], order: ord, seen: new Set() };
      x.stops.push(s);
      const inCountry = byCountry.get(p.country);
      if (inCountry) inCountry.push(s);
      else byCountry.set(p.country, [s]);
    }
    const key = `${ev.article}\u0000${ev.sentence}`;
    if (!s.seen.has(key)) {
      s.seen.add(key);
      s.evidence.push(ev);
    }
  };
  const toCapital = (c: Candidate | { date: string; country: string; ev: Evidence; order: number }, how: Evidence['how']) => {
    const x = day(c.date);
    const country = 'place' in c ? c.place.country : c.country;
    const inCountry = x.stops.find((s) => s.country === country);
    if (inCountry) return addStop(c.date, { name: inCountry.place, country }, c.ev, c.order);
    let cap = capitals.get(country);
    if (cap === undefined) capitals.set(country, (cap = capitalOf(country)));
    if (cap) addStop(c.date, cap, { ...c.ev, how }, c.order);
  };
  // 1. Cities named in the person's own events.
  for (const c of cands) if (c.strong && !c.place.wide) addStop(c.date, c.place, c.ev, c.order);
  // 2. Countries named in their own events: the city there that day, else the capital.
  for (const c of cands) if (c.strong && c.place.wide) toCapital(c, 'capital');
  // 3. Meetings with a foreign government, place unnamed: that country's stop, or its capital on an empty day.
  for (const h of hints) {
    const x = day(h.date);
    if (x.stops.some((s) => s.country === h.country) || !x.stops.length) toCapital(h, 'meeting');
  }
  // 4. Visits with no visitor named: only where they do not contradict the stops above. A country the person is
  // placed in on a nearby day, or another country than that day's, is more likely a misdated clause than a trip.
  // (The days around are looked up by date: scanning every stop in the country was quadratic for a country.)
  // A date that is not a real calendar day ("2022-02-30") is compared as Date.parse reads it: the old scan.
  const real = (d: string) => { const t = Date.parse(`${d}T00:00:00Z`); return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d); };
  const odd = [...byDate.keys()].some((d) => !real(d)) || cands.some((c) => !real(c.date));
  const nearby = (country: string, date: string) => {
    if (odd) return (byCountry.get(country) ?? []).some((s) => s.date !== date && Math.abs(daysBetween(s.date, date)) <= 3);
    for (let k = -3; k <= 3; k++) if (k && byDate.get(addDays(date, k))?.stops.some((s) => s.country === country)) return true;
    return false;
  };
  for (const c of cands) {
    if (c.strong) continue;
    const x = day(c.date);
    if (x.stops.length && !x.stops.some((s) => s.country === c.place.country)) continue;
    if (!x.stops.length && nearby(c.place.country, c.date)) continue;
    if (c.place.wide) toCapital(c, 'visit');
    else addStop(c.date, c.place, c.ev, c.order);
  }
  // 5. Other events of theirs placed where a stop already is that day.
  for (const c of supports) {
    const stop = day(c.date).stops.find((s) => s.place === c.place.name || (c.place.wide && s.country === c.place.country));
    if (stop) addStop(c.date, { name: stop.place, country: stop.country }, c.ev, c.order);
  }
  const out = [...byDate.values()].flatMap((x) => x.stops);
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return out.map(({ order: _o, seen: _s, ...s }) => s);
}

// The WHERE terms of migration 7's partial indexes, word for word (the planner uses a partial index only for a
// query that repeats its terms). PLACING: dated to a day, real, and with a place or a meeting with a government
// (a LIKE superset of MEETING); the loop below decides.
const PLACING = `date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')))`;
const VISIT = "source_code IS NULL AND source_text IS NULL AND cameo GLOB '04[23]*'";
const CONTACT = "cameo GLOB '04*' AND source_code IS NOT NULL";

const COLUMNS = `e.id, e.article_id, e.cameo, e.factuality, e.date, e.trigger_start, e.trigger_text,
  e.sentence_start, e.sentence_end, e.source_code, e.source_name, e.source_text, e.target_code, e.target_name, e.target_text,
  e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, a.ext_id, a.date AS adate`;

/**
 * The rows that can place the person: their own events, and unnamed visits in articles whose trip they lead
 * (with the counts that decide who leads). The person's names resolve through the `names` table (with the same
 * test as isPerson) to exact strings, looked up by index.
 */
function loadRows(db: Database.Database, low: string, f: AnalysisFilter): { rows: Row[]; sources?: SourceCount[]; names?: Set<string> } {
  const hasNames = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'names'").get() !== undefined;
  if (!hasNames) {
    // A store from before migration 4 (read-only): match by LIKE, as a scan.
    return { rows: db.prepare(`SELECT ${COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.article_id IN (SELECT article_id FROM events WHERE source_name LIKE @q OR source_text LIKE @q OR target_name LIKE @q OR target_text LIKE @q)
      ORDER BY a.date, e.article_id, e.trigger_start`).all({ q: `%${low}%` }) as Row[] };
  }
  const names = (db.prepare('SELECT text FROM names').pluck().all() as string[]).filter((n) => n.toLowerCase().includes(low));
  if (!names.length) return { rows: [], sources: [], names: new Set() };
  const person = new Set(names);
  const args = { names: JSON.stringify(names), from: f.from ?? '', to: f.to ?? '9999' };
  const n = 'WITH n AS (SELECT value AS v FROM json_each(@names))';
  const inWindow = 'day >= @from AND day <= @to';
  // Who leads each article's trip matters only for unnamed visits (with a place, in the window), and only
  // articles where the person is the named source of a contact event can be led by them: only those articles
  // are counted (the contact and visit indexes of migration 7 answer each step).
  const contacts = db.prepare(`${n}, c AS (SELECT article_id FROM events WHERE source_name IN n AND ${CONTACT}
      UNION SELECT article_id FROM events WHERE source_text IN n AND ${CONTACT}),
    v AS (SELECT article_id FROM c WHERE EXISTS (SELECT 1 FROM events WHERE article_id = c.article_id AND ${inWindow} AND ${VISIT} AND ${PLACING}))
    SELECT e.article_id, e.source_name, e.source_text FROM v CROSS JOIN events e ON e.article_id = v.article_id
    WHERE e.cameo GLOB '04*' AND e.source_code IS NOT NULL`).raw().all(args) as [number, string | null, string | null][];
  // Counted here rather than by GROUP BY: one pass, the person's names in a Set.
  const counts = new Map<string, SourceCount>();
  for (const [article, sn, st] of contacts) {
    const me = (sn !== null && person.has(sn)) || (st !== null && person.has(st));
    const who = me ? '' : sn ?? st ?? '';
    const k = `${article}\u0000${me ? 1 : 0}\u0000${who}`;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { article, me: me ? 1 : 0, who, n: 1 });
  }
  const sources = [...counts.values()];
  const leads = leaders(sources);
  // Rows the loop below can use (PLACING, by the partial indexes): the person's own events (as source; as
  // target of a contact) and unnamed visits in the articles whose trip they lead, dated in the window (an
  // event's day is its date's day when the date names one). Skipped rows only advance `order`, whose relative
  // order a subset keeps, so leaving them out changes nothing.
  const rows = db.prepare(`${n}, ids AS (
      SELECT id FROM events WHERE source_name IN n AND ${inWindow} AND ${PLACING}
      UNION SELECT id FROM events WHERE source_text IN n AND ${inWindow} AND ${PLACING}
      UNION SELECT id FROM events WHERE target_name IN n AND ${inWindow} AND cameo GLOB '04*' AND ${PLACING}
      UNION SELECT id FROM events WHERE target_text IN n AND ${inWindow} AND cameo GLOB '04*' AND ${PLACING}
      UNION SELECT id FROM events WHERE article_id IN (SELECT value FROM json_each(@leads)) AND ${inWindow} AND ${VISIT} AND ${PLACING})
    SELECT ${COLUMNS} FROM ids CROSS JOIN events e ON e.id = ids.id CROSS JOIN articles a ON a.id = e.article_id
    ORDER BY a.date, e.article_id, e.trigger_start, e.id`).all({ ...args, leads: JSON.stringify([...leads]) }) as Row[];
  return { rows, sources, names: person };
}

/** Articles whose contact events have the person (`me`) as their most frequent named source, strictly. */
function leaders(sources: SourceCount[]): Set<number> {
  const bySource = new Map<number, Map<string, number>>();
  for (const c of sources) {
    const m = bySource.get(c.article) ?? new Map<string, number>();
    bySource.set(c.article, m);
    const who = c.me ? '\u0000me' : c.who;
    m.set(who, (m.get(who) ?? 0) + c.n);
  }
  const leads = new Set<number>();
  for (const [art, m] of bySource) {
    const mine = m.get('\u0000me') ?? 0;
    if (mine > 0 && [...m.entries()].every(([k, v]) => k === '\u0000me' || v < mine)) leads.add(art);
  }
  return leads;
}

/** How often one participant (or the person, `me`) is the source of an article's contact events. */
interface SourceCount {
  article: number;
  me: number;
  who: string;
  n: number;
}
