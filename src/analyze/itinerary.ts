// Itineraries: where a person was on which dates, from events with places ("arrived in Kyiv", "meet Lavrov in
// Geneva", "visits to Ukraine on Wednesday"), each stop with its evidence sentences. Read from the placings kept
// by fusion (placings.ts) when no day of the window awaits recomputing, else live from the events; both feed the
// same five steps (buildStops), so the answers are the same.
import type Database from 'better-sqlite3';
import { addDays, capitalOf, daysBetween, fuseNew, placeOf, type Place } from '../fuse/index.js';
import { whenKept } from '../fuse/days.js';
import type { AnalysisFilter } from './common.js';
import { CONTACT, DAY, F, hasPlacings, MEETING, PLACING, PRESENCE, R, VISIT } from './placings.js';

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

/** A stop with at most the asked number of evidence sentences, and how many it has. */
export interface StopPage extends Stop {
  evidenceTotal: number;
}

/** Evidence while stops are built: `key` de-duplicates (article and sentence); kept placings carry the event id. */
interface Ev {
  key: string | number;
  how: Evidence['how'];
}

interface Candidate<E extends Ev> {
  date: string;
  place: Place;
  strong: boolean;
  ev: E;
  order: number;
}
interface Hint<E extends Ev> {
  date: string;
  country: string;
  ev: E;
  order: number;
}
interface Found<E extends Ev> {
  cands: Candidate<E>[];
  hints: Hint<E>[];
  supports: Candidate<E>[];
}

/** Where a person was: every stop with all its evidence. */
export function itinerary(db: Database.Database, name: string, f: AnalysisFilter = {}): Stop[] {
  return stops(db, name, f, Infinity).map(({ evidenceTotal: _t, ...s }) => s);
}

/** The itinerary as the API gives it: at most `evidence` sentences per stop, with their total. */
export function itineraryPage(db: Database.Database, name: string, f: AnalysisFilter, evidence: number): StopPage[] {
  return stops(db, name, f, evidence);
}

function stops(db: Database.Database, name: string, f: AnalysisFilter, limit: number): StopPage[] {
  fuseNew(db);
  const q = name.trim();
  if (!q) return [];
  const low = q.toLowerCase();
  const names = personNames(db, low);
  if (names && !names.length) return [];
  // From the placings kept by fusion, unless a day of the window awaits recomputing.
  const kept = names && hasPlacings(db) ? whenKept(db, f, () => fromPlacings(db, names, f, limit)) : undefined;
  return kept ?? live(db, low, f, limit);
}

/** The person's names: the stored names containing the query (undefined: a store without the names table). */
function personNames(db: Database.Database, low: string): string[] | undefined {
  const hasNames = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'names'").get() !== undefined;
  return hasNames ? (db.prepare('SELECT text FROM names').pluck().all() as string[]).filter((n) => n.toLowerCase().includes(low)) : undefined;
}

// Knowledge-base lookups, once per distinct place (thousands of rows name a few hundred places).
const placeMemo = new Map<string, Place | null>();
function placeFor(name: string | null, country: string | null, lat: number | null, lon: number | null): Place | null {
  const k = `${name}\u0000${country}\u0000${lat}\u0000${lon}`;
  let p = placeMemo.get(k);
  if (p === undefined) placeMemo.set(k, (p = placeOf(name, country, lat, lon)));
  return p;
}
const capitals = new Map<string, Place | null>();
function capital(country: string): Place | null {
  let cap = capitals.get(country);
  if (cap === undefined) capitals.set(country, (cap = capitalOf(country)));
  return cap;
}

/** Live: the events that can place the person, read and tested one by one. */
function live(db: Database.Database, low: string, f: AnalysisFilter, limit: number): StopPage[] {
  const { rows, sources, names } = loadRows(db, low, f);
  // With the names table, the person's names are exactly the stored names containing the query.
  const isPerson = names ? (n: string | null, t: string | null) => (n !== null && names.has(n)) || (t !== null && names.has(t))
    : (n: string | null, t: string | null) => !!(n && n.toLowerCase().includes(low)) || !!(t && t.toLowerCase().includes(low));
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

  type E = Ev & { e: Omit<Evidence, 'how'> };
  const found: Found<E> = { cands: [], hints: [], supports: [] };
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
    const ev = (how: Evidence['how']): E => {
      const text = sentence(r);
      return { key: `${r.ext_id}\u0000${text}`, how, e: { article: r.ext_id, articleDate: r.adate, sentence: text, trigger: r.trigger_text } };
    };
    const place = placeFor(r.loc_name, r.loc_country, r.loc_lat, r.loc_lon);
    if (place && place.country) {
      // Other events' places ("condemned the attack in Kabul") need not be where the person was: they only
      // support a stop found otherwise.
      if (!PRESENCE.test(r.cameo)) found.supports.push({ date, place, strong: true, ev: ev('located'), order });
      else found.cands.push({ date, place, strong: !visit, ev: ev(visit ? 'visit' : 'located'), order });
      continue;
    }
    // A meeting with a foreign government, place unnamed: evidence for a stop in that country that day.
    const other = asSource ? r.target_code : r.source_code;
    const own = (asSource ? r.source_code : r.target_code)?.slice(0, 3);
    if (other && own && other.slice(0, 3) !== own && /GOV$/.test(other) && MEETING.test(r.trigger_text)) {
      found.hints.push({ date, country: other.slice(0, 3), ev: ev('meeting'), order });
    }
  }
  return buildStops(found).map((s) => ({ ...s, evidence: s.evidence.slice(0, limit).map((x) => ({ ...x.e, how: x.how })), evidenceTotal: s.evidence.length }));
}

/**
 * From the kept placings: the person's records of the window's days (every name's, merged by event), the
 * unnamed visits of the articles whose trip they lead, then the evidence of the stops' first sentences only.
 */
function fromPlacings(db: Database.Database, names: string[], f: AnalysisFilter, limit: number): StopPage[] | undefined {
  const person = new Set(names);
  const args = { names: JSON.stringify(names), from: f.from ?? '', to: f.to ?? '9999' };
  const days = new Map<string, Map<number, Int32Array>>();
  const add = (day: string, data: Buffer) => {
    let m = days.get(day);
    if (!m) days.set(day, (m = new Map()));
    const all = new Int32Array(data.buffer, data.byteOffset, data.byteLength / 4);
    for (let i = 0; i < all.length; i += R.size) {
      const rec = all.subarray(i, i + R.size);
      const had = m.get(rec[R.id]!);
      if (!had) m.set(rec[R.id]!, rec);
      else if ((had[R.flags]! | rec[R.flags]!) !== had[R.flags]) {
        // The same event under two of the person's names (source under one, target under the other): both flags.
        const both = Int32Array.from(had);
        both[R.flags] = had[R.flags]! | rec[R.flags]!;
        m.set(rec[R.id]!, both);
      }
    }
  };
  for (const [day, data] of db.prepare(`SELECT day, data FROM placing_days WHERE name IN (SELECT value FROM json_each(@names))
      AND day >= @from AND day <= @to`).raw().all(args) as [string, Buffer][]) add(day, data);
  // Who leads: the articles where a name of the person is a contact source and an unnamed visit falls in the
  // window (every article kept has one). Copies of a story have the same counts: each distinct count is decided once.
  const windowed = f.from || f.to ? 'AND EXISTS (SELECT 1 FROM placing_visits v WHERE v.article_id = l.article_id AND v.day >= @from AND v.day <= @to)' : '';
  const leads = new Set<number>();
  for (const [data, articles] of db.prepare(`SELECT data, json_group_array(article_id) FROM placing_contacts WHERE article_id IN (
      SELECT l.article_id FROM placing_leads l WHERE l.name IN (SELECT value FROM json_each(@names)) ${windowed}) GROUP BY data`)
    .raw().all(args) as [string, string][]) {
    const sources = (JSON.parse(data) as [string | null, string | null, number][]).map(([sn, st, n]) => {
      const me = (sn !== null && person.has(sn)) || (st !== null && person.has(st));
      return { article: 0, me: me ? 1 : 0, who: me ? '' : sn ?? st ?? '', n };
    });
    if (leaders(sources).size) for (const a of JSON.parse(articles) as number[]) leads.add(a);
  }
  if (leads.size) {
    for (const [day, data] of db.prepare(`SELECT day, data FROM placing_visits WHERE article_id IN (SELECT value FROM json_each(@leads))
        AND day >= @from AND day <= @to`).raw().all({ ...args, leads: JSON.stringify([...leads]) }) as [string, Buffer][]) add(day, data);
  }
  type E = Ev & { id: number; rec: Int32Array };
  const found: Found<E> = { cands: [], hints: [], supports: [] };
  const str = strings(db);
  const byRank = (a: Int32Array, b: Int32Array) => a[R.rank]! - b[R.rank]!;
  // No closure per record: under tsx every function created is also named at run time.
  for (const date of [...days.keys()].sort()) {
    const recs = [...days.get(date)!.values()].sort(byRank);
    for (const r of recs) {
      if (r[R.adate]! < 0) return undefined;
      const flags = r[R.flags]!;
      const asSource = (flags & F.SOURCE) !== 0;
      const asTarget = !asSource && (flags & F.TARGET) !== 0;
      const visit = (flags & F.VISIT) !== 0 && leads.has(r[R.article]!);
      if (!asSource && !asTarget && !visit) continue;
      const order = r[R.rank]!;
      const place = r[R.place] ? placeOfString(str(r[R.place]!)) : null;
      if (place && place.country) {
        const how = (flags & F.PRESENCE) && visit ? 'visit' : 'located';
        const ev: E = { id: r[R.id]!, key: r[R.key]!, how, rec: r };
        if (!(flags & F.PRESENCE)) found.supports.push({ date, place, strong: true, ev, order });
        else found.cands.push({ date, place, strong: !visit, ev, order });
        continue;
      }
      const h = asSource ? r[R.hintAsSource]! : r[R.hintAsTarget]!;
      if (h) found.hints.push({ date, country: str(h), ev: { id: r[R.id]!, key: r[R.key]!, how: 'meeting', rec: r }, order });
    }
  }
  // Candidates in the order of the live read (article date, article, trigger, id): visits on nearby days depend on
  // which came first. Within a day that is the rank order already.
  found.cands.sort((a, b) => {
    const x = a.ev.rec;
    const y = b.ev.rec;
    return x[R.adate]! - y[R.adate]! || x[R.article]! - y[R.article]! || x[R.trigger]! - y[R.trigger]! || x[R.id]! - y[R.id]!;
  });
  const out = buildStops(found);
  // The evidence shown: article, date, sentence and trigger of each stop's first `limit` events.
  const shown = out.flatMap((s) => s.evidence.slice(0, limit).map((e) => e.id));
  const byId = new Map<number, [string, string, string, string]>();
  for (const [id, ...rest] of db.prepare(`SELECT event_id, article, article_date, sentence, trigger FROM placing_evidence
      WHERE event_id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(shown)) as [number, string, string, string, string][]) {
    byId.set(id, rest as [string, string, string, string]);
  }
  return out.map((s) => ({
    ...s,
    evidence: s.evidence.slice(0, limit).map((e) => {
      const [article, articleDate, sentence, trigger] = byId.get(e.id)!;
      return { article, articleDate, sentence, trigger, how: e.how };
    }),
    evidenceTotal: s.evidence.length,
  }));
}

/** A kept place tuple ([name, country, lat, lon] as JSON) as the knowledge base reads it. */
const tupleMemo = new Map<string, Place | null>();
function placeOfString(s: string): Place | null {
  let p = tupleMemo.get(s);
  if (p === undefined) {
    const [name, country, lat, lon] = JSON.parse(s) as [string, string | null, number | null, number | null];
    tupleMemo.set(s, (p = placeFor(name, country, lat, lon)));
  }
  return p;
}

/** placing_strings by id, read once per connection and again when fusion has added some. */
const stringCache = new WeakMap<Database.Database, Map<number, string>>();
function strings(db: Database.Database): (id: number) => string {
  let m = stringCache.get(db);
  if (!m) stringCache.set(db, (m = new Map()));
  const map = m;
  return (id) => {
    let s = map.get(id);
    if (s === undefined) {
      const max = map.size ? Math.max(...map.keys()) : 0;
      for (const [i, v] of db.prepare('SELECT id, s FROM placing_strings WHERE id > ?').raw().all(max) as [number, string][]) map.set(i, v);
      s = map.get(id);
      if (s === undefined) throw new Error(`placing string ${id} missing`);
    }
    return s;
  };
}

/** Stops from what placed the person, in five steps of decreasing certainty; sorted by date, then first evidence. */
function buildStops<E extends Ev>({ cands, hints, supports }: Found<E>): (Omit<Stop, 'evidence'> & { evidence: E[] })[] {
  // Stops by day; each with the keys of its evidence (a popular stop has thousands) and, per country, every stop.
  type Kept = Omit<Stop, 'evidence'> & { evidence: E[]; order: number; seen: Set<string | number> };
  const byDate = new Map<string, { stops: Kept[] }>();
  const byCountry = new Map<string, Kept[]>();
  const day = (d: string) => {
    let x = byDate.get(d);
    if (!x) byDate.set(d, (x = { stops: [] }));
    return x;
  };
  // Loops rather than find/some with a callback: these run per piece of evidence (thousands for a country).
  const stopAt = (stops: Kept[], place: string, country: string) => {
    for (const s of stops) if (s.place === place && s.country === country) return s;
    return undefined;
  };
  const inCountry = (stops: Kept[], country: string) => {
    for (const s of stops) if (s.country === country) return s;
    return undefined;
  };
  const addStop = (d: string, p: Place, ev: E, ord: number) => {
    const x = day(d);
    let s = stopAt(x.stops, p.name, p.country);
    if (!s) {
      s = { date: d, place: p.name, country: p.country, lat: p.lat ?? null, lon: p.lon ?? null, evidence: [], order: ord, seen: new Set() };
      x.stops.push(s);
      const list = byCountry.get(p.country);
      if (list) list.push(s);
      else byCountry.set(p.country, [s]);
    }
    if (!s.seen.has(ev.key)) {
      s.seen.add(ev.key);
      s.evidence.push(ev);
    }
  };
  const toCapital = (c: Candidate<E> | Hint<E>, how: Evidence['how']) => {
    const x = day(c.date);
    const country = 'place' in c ? c.place.country : c.country;
    const there = inCountry(x.stops, country);
    if (there) return addStop(c.date, { name: there.place, country }, c.ev, c.order);
    const cap = capital(country);
    if (cap) addStop(c.date, cap, { ...c.ev, how }, c.order);
  };
  // 1. Cities named in the person's own events.
  for (const c of cands) if (c.strong && !c.place.wide) addStop(c.date, c.place, c.ev, c.order);
  // 2. Countries named in their own events: the city there that day, else the capital.
  for (const c of cands) if (c.strong && c.place.wide) toCapital(c, 'capital');
  // 3. Meetings with a foreign government, place unnamed: that country's stop, or its capital on an empty day.
  for (const h of hints) {
    const x = day(h.date);
    if (inCountry(x.stops, h.country) || !x.stops.length) toCapital(h, 'meeting');
  }
  // 4. Visits with no visitor named: only where they do not contradict the stops above. A country the person is
  // placed in on a nearby day, or another country than that day's, is more likely a misdated clause than a trip.
  // (The days around are looked up by date: scanning every stop in the country was quadratic for a country.)
  // A date that is not a real calendar day ("2022-02-30") is compared as Date.parse reads it: the old scan.
  const real = (d: string) => { const t = Date.parse(`${d}T00:00:00Z`); return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d); };
  const odd = [...new Set([...byDate.keys(), ...cands.map((c) => c.date)])].some((d) => !real(d));
  const nearby = (country: string, date: string) => {
    if (odd) return (byCountry.get(country) ?? []).some((s) => s.date !== date && Math.abs(daysBetween(s.date, date)) <= 3);
    for (let k = -3; k <= 3; k++) {
      const near = k ? byDate.get(addDays(date, k)) : undefined;
      if (near && inCountry(near.stops, country)) return true;
    }
    return false;
  };
  for (const c of cands) {
    if (c.strong) continue;
    const x = day(c.date);
    if (x.stops.length && !inCountry(x.stops, c.place.country)) continue;
    if (!x.stops.length && nearby(c.place.country, c.date)) continue;
    if (c.place.wide) toCapital(c, 'visit');
    else addStop(c.date, c.place, c.ev, c.order);
  }
  // 5. Other events of theirs placed where a stop already is that day.
  for (const c of supports) {
    let stop: Kept | undefined;
    for (const s of day(c.date).stops) {
      if (s.place === c.place.name || (c.place.wide && s.country === c.place.country)) {
        stop = s;
        break;
      }
    }
    if (stop) addStop(c.date, { name: stop.place, country: stop.country }, c.ev, c.order);
  }
  const out = [...byDate.values()].flatMap((x) => x.stops);
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return out.map(({ order: _o, seen: _s, ...s }) => s);
}

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
