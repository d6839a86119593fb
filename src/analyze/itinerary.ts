// Itineraries: where a person was on which dates, from events with places ("arrived in Kyiv", "meet Lavrov in
// Geneva", "visits to Ukraine on Wednesday"), each stop with its evidence sentences. Read from the placings kept
// by fusion (placings.ts) when no day of the window awaits recomputing, else live from the events; both feed the
// same five steps (buildStops), so the answers are the same.
import type Database from 'better-sqlite3';
import { addDays, capitalOf, fuseNew, placeOf, type Place } from '../fuse/index.js';
import { whenKept } from '../fuse/days.js';
import type { AnalysisFilter } from './common.js';
import { prepared } from '../store/statements.js';
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

/** A place the evidence gives, that day; the candidate is its own evidence (one object per event). */
type Candidate<E extends Ev> = E & {
  date: string;
  place: Place;
  order: number;
};
type Hint<E extends Ev> = E & {
  date: string;
  country: string;
  order: number;
};
interface Found<E extends Ev> {
  /** Places of the person's own presence events, and of unnamed visits in trips they lead (weak: checked against the others). */
  strong: Candidate<E>[];
  weak: Candidate<E>[];
  hints: Hint<E>[];
  supports: Candidate<E>[];
}

/** Where a person was: every stop with all its evidence. */
export function itinerary(db: Database.Database, name: string, f: AnalysisFilter = {}): Stop[] {
  return itineraryPage(db, name, f, { evidence: Infinity, offset: 0, limit: Infinity }).stops.map(({ evidenceTotal: _t, ...s }) => s);
}

/** Which stops an answer shows (`offset`, `limit`, in date order) and at most how many evidence sentences each. */
export interface StopWindow {
  evidence: number;
  offset: number;
  limit: number;
}

/** The itinerary as the API gives it: a page of the stops, and whether more follow. */
export function itineraryPage(db: Database.Database, name: string, f: AnalysisFilter, w: StopWindow): { more: boolean; stops: StopPage[] } {
  fuseNew(db);
  const q = name.trim();
  if (!q) return { more: false, stops: [] };
  const low = q.toLowerCase();
  const names = personNames(db, low);
  if (names && !names.length) return { more: false, stops: [] };
  const need = w.offset + w.limit;
  // From the placings kept by fusion, unless a day of the window awaits recomputing.
  const kept = names && hasPlacings(db) ? whenKept(db, f, () => {
    const out = keptFirst(db, names, f, need);
    const page = out && keptPages(db, out.stops.slice(w.offset), w.evidence);
    return page && { more: out.more, stops: page };
  }) : undefined;
  if (kept) return kept;
  const all = live(db, low, names, f);
  return { more: all.length > need, stops: all.slice(w.offset, need).map((s) => ({ date: s.date, place: s.place, country: s.country, lat: s.lat, lon: s.lon,
    evidence: s.evidence.slice(0, w.evidence).map((x) => ({ ...x.e, how: x.how })), evidenceTotal: s.evidence.length })) };
}

/**
 * The window's first `need` kept stops, and whether more follow, reading the first days only when that is enough:
 * a busy traveller's whole itinerary has hundreds of stops, a page tens. Stops are found day by day, except that an
 * unnamed visit looks at the stops up to three days around it, made by the records of those days and by the visits
 * read before it (step 4 of buildStops). So the stops up to a day C are final once the records up to C + 3 are read
 * and no unnamed visit falls in (C, C + 3]: C moves past such visits, and the days read double until the page is full.
 * (Records read past C + 3 change nothing up to C: they only add stops and visits after it.)
 */
function keptFirst(db: Database.Database, names: string[], f: AnalysisFilter, need: number): { stops: KeptStop[]; more: boolean } | undefined {
  const whole = () => {
    const r = fromPlacings(db, names, f);
    return r && { stops: r.stops.slice(0, need), more: r.stops.length > need };
  };
  if (need === Infinity) return whole();
  // The person's days in the window (one aggregated row: the primary key's order, blobs not read).
  const list = prepared(db, `SELECT group_concat(day) FROM placing_days WHERE name IN (SELECT value FROM json_each(@names))
    AND day >= @from AND day <= @to`, true).get({ names: JSON.stringify(names), from: f.from ?? '', to: f.to ?? '9999' }) as [string | null];
  const days = [...new Set(list[0]?.split(',') ?? [])].sort();
  const end = f.to ?? '9999';
  for (let k = Math.ceil(need * 1.25) + 2; k < days.length; k *= 2) {
    let cut = days[k - 1]!;
    // Ten days read past the cut: moving it past a few unnamed visits then needs no second read.
    let to = addDays(cut, 10);
    for (;;) {
      if (to >= end) return whole();
      const r = fromPlacings(db, names, { from: f.from, to });
      if (!r) return undefined;
      // Step 4 finds the days around by Date.parse, this by the text: they agree on calendar days only.
      if (r.unreal) return whole();
      for (const d of [...new Set(r.weakDays)].sort()) {
        if (d <= cut) continue;
        if (d > addDays(cut, 3)) break;
        cut = d;
      }
      if (addDays(cut, 3) > to) {
        to = addDays(cut, 10);
        continue;
      }
      const out = r.stops.filter((s) => s.date <= cut);
      if (out.length > need) return { stops: out.slice(0, need), more: true };
      break;
    }
  }
  return whole();
}

/** The person's names: the stored names containing the query (undefined: a store without the names table). */
function personNames(db: Database.Database, low: string): string[] | undefined {
  const all = storedNames(db);
  if (!all) return undefined;
  const out: string[] = [];
  for (let i = 0; i < all.lower.length; i++) if (all.lower[i]!.includes(low)) out.push(all.names[i]!);
  return out;
}

/**
 * The names table and each name lowercased, kept per connection and read again once the store has changed: every
 * request resolves its query against all of them, and reading and lowercasing them cost more than the rest of a
 * small answer. data_version moves with other connections' commits, total_changes() with this one's.
 */
const namesCache = new WeakMap<Database.Database, { version: string; names: string[]; lower: string[] } | null>();
function storedNames(db: Database.Database): { names: string[]; lower: string[] } | undefined {
  let c = namesCache.get(db);
  if (c === null) return undefined;
  if (c === undefined && !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'names'").get()) {
    namesCache.set(db, null);
    return undefined;
  }
  const version = (prepared(db, 'SELECT (SELECT data_version FROM pragma_data_version), total_changes()', true).get() as number[]).join(' ');
  if (c?.version !== version) {
    const names = (prepared(db, 'SELECT text FROM names', true).all() as [string][]).map((r) => r[0]);
    namesCache.set(db, (c = { version, names, lower: names.map((n) => n.toLowerCase()) }));
  }
  return c;
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
function live(db: Database.Database, low: string, personNames: string[] | undefined, f: AnalysisFilter) {
  const { rows, sources, names } = loadRows(db, low, personNames, f);
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
  const found: Found<E> = { strong: [], weak: [], hints: [], supports: [] };
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
      if (!PRESENCE.test(r.cameo)) found.supports.push({ ...ev('located'), date, place, order });
      else (visit ? found.weak : found.strong).push({ ...ev(visit ? 'visit' : 'located'), date, place, order });
      continue;
    }
    // A meeting with a foreign government, place unnamed: evidence for a stop in that country that day.
    const other = asSource ? r.target_code : r.source_code;
    const own = (asSource ? r.source_code : r.target_code)?.slice(0, 3);
    if (other && own && other.slice(0, 3) !== own && /GOV$/.test(other) && MEETING.test(r.trigger_text)) {
      found.hints.push({ ...ev('meeting'), date, country: other.slice(0, 3), order });
    }
  }
  return buildStops(found);
}

/**
 * From the kept placings: the person's records of the window's days (every name's, merged by event), the
 * unnamed visits of the articles whose trip they lead, then the evidence of the stops' first sentences only.
 * Each table is read as one row (its blobs concatenated, with the day and byte length of each, in the same order:
 * one aggregation pass), records are handled by offset in that buffer: a row and a Buffer per (name, day) cost
 * more than the work on their records.
 */
function fromPlacings(db: Database.Database, names: string[], f: AnalysisFilter): { stops: KeptStop[]; weakDays: string[]; unreal: boolean } | undefined {
  const person = new Set(names);
  const args = { names: JSON.stringify(names), from: f.from ?? '', to: f.to ?? '9999' };
  const days = new Map<string, number[]>(); // day -> [buffer index, offset, ...] of its records
  const bufs: Int32Array[] = [];
  // False when the bytes are not the blobs as written (group_concat passes blobs through as text: a UTF-8 store).
  const add = (row: unknown): boolean => {
    const [index, data] = row as [string, Buffer | null];
    if (data === null) return true;
    const b = bufs.push(ints(data)) - 1;
    let at = 0;
    for (const [day, bytes] of JSON.parse(index) as [string, number][]) {
      const end = at + bytes / 4;
      let l = days.get(day);
      if (!l) days.set(day, (l = []));
      for (; at < end; at += R.size) l.push(b, at);
    }
    return at * 4 === data.byteLength;
  };
  if (!add(prepared(db, `SELECT json_group_array(json_array(day, length(data))), CAST(group_concat(data, '') AS BLOB) FROM placing_days
      WHERE name IN (SELECT value FROM json_each(@names)) AND day >= @from AND day <= @to`, true).get(args))) return undefined;
  // Who leads: the articles where a name of the person is a contact source and an unnamed visit falls in the
  // window (every article kept has one). The two lists come as one aggregated row each (the indexes' order) and are
  // intersected here. Copies of a story have the same counts: each distinct count is decided once.
  const idList = (sql: string) => ((prepared(db, sql, true).get(args) as [string | null])[0]?.split(',') ?? []).map(Number);
  let candidates = idList('SELECT group_concat(article_id) FROM placing_leads WHERE name IN (SELECT value FROM json_each(@names))');
  if ((f.from || f.to) && candidates.length) {
    const visited = new Set(idList('SELECT group_concat(article_id) FROM placing_visits WHERE day >= @from AND day <= @to'));
    candidates = candidates.filter((a) => visited.has(a));
  }
  const leads = new Set<number>();
  if (candidates.length) {
    for (const [data, articles] of prepared(db, `SELECT data, json_group_array(article_id) FROM placing_contacts
        WHERE article_id IN (SELECT value FROM json_each(@ids)) GROUP BY data`, true).all({ ids: JSON.stringify([...new Set(candidates)]) }) as [string, string][]) {
      const sources = (JSON.parse(data) as [string | null, string | null, number][]).map(([sn, st, n]) => {
        const me = (sn !== null && person.has(sn)) || (st !== null && person.has(st));
        return { article: 0, me: me ? 1 : 0, who: me ? '' : sn ?? st ?? '', n };
      });
      if (leaders(sources).size) for (const a of JSON.parse(articles) as number[]) leads.add(a);
    }
  }
  if (leads.size) {
    if (!add(prepared(db, `SELECT json_group_array(json_array(day, length(data))), CAST(group_concat(data, '') AS BLOB) FROM placing_visits
        WHERE article_id IN (SELECT value FROM json_each(@leads)) AND day >= @from AND day <= @to`, true).get({ ...args, leads: JSON.stringify([...leads]) }))) return undefined;
  }
  type E = KeptEv;
  const found: Found<E> = { strong: [], weak: [], hints: [], supports: [] };
  const str = strings(db);
  const places = placeIds(db);
  // Each day's records in rank order (sorted as rank * n + position, numbers); the same event under several names
  // (or also as a visit) once, with every flag: a rank is one event of the day.
  let space = new Float64Array(64);
  for (const date of [...days.keys()].sort()) {
    const l = days.get(date)!;
    const n = l.length / 2;
    if (n > space.length) space = new Float64Array(n * 2);
    const keys = space.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = bufs[l[2 * i]!]![l[2 * i + 1]! + R.rank]! * n + i;
    keys.sort();
    for (let k = 0; k < n; k++) {
      const i = keys[k]! % n;
      const r = bufs[l[2 * i]!]!;
      const at = l[2 * i + 1]!;
      const rank = r[at + R.rank]!;
      let flags = r[at + R.flags]!;
      while (k + 1 < n && Math.floor(keys[k + 1]! / n) === rank) {
        const j = keys[++k]! % n;
        flags |= bufs[l[2 * j]!]![l[2 * j + 1]! + R.flags]!;
      }
      if (r[at + R.adate]! < 0) return undefined;
      const asSource = (flags & F.SOURCE) !== 0;
      const asTarget = !asSource && (flags & F.TARGET) !== 0;
      const visit = (flags & F.VISIT) !== 0 && leads.has(r[at + R.article]!);
      if (!asSource && !asTarget && !visit) continue;
      const pid = r[at + R.place]!;
      let place = pid ? places.get(pid) : null;
      if (place === undefined) places.set(pid, (place = placeOfString(str(pid))));
      if (place && place.country) {
        const how = (flags & F.PRESENCE) && visit ? 'visit' : 'located';
        const c: Candidate<E> = { id: r[at + R.id]!, key: r[at + R.key]!, how, buf: r, at, date, place, order: rank };
        if (!(flags & F.PRESENCE)) found.supports.push(c);
        else (visit ? found.weak : found.strong).push(c);
        continue;
      }
      const h = asSource ? r[at + R.hintAsSource]! : r[at + R.hintAsTarget]!;
      if (h) found.hints.push({ id: r[at + R.id]!, key: r[at + R.key]!, how: 'meeting', buf: r, at, date, country: str(h), order: rank });
    }
  }
  // Unnamed visits in the order of the live read (article date, article, trigger, id): visits on nearby days depend
  // on which came first. Within a day that is the rank order already, and the other steps look at one day only.
  found.weak.sort((a, b) => {
    const x = a.buf;
    const i = a.at;
    const y = b.buf;
    const j = b.at;
    return x[i + R.adate]! - y[j + R.adate]! || x[i + R.article]! - y[j + R.article]! || x[i + R.trigger]! - y[j + R.trigger]! || x[i + R.id]! - y[j + R.id]!;
  });
  let unreal = false;
  for (const d of days.keys()) if (!realDay(d)) unreal = true;
  return { stops: buildStops(found), weakDays: found.weak.map((c) => c.date), unreal };
}

/** A kept record as evidence: its event, and where the record lies (buffer, offset). */
type KeptEv = Ev & { id: number; buf: Int32Array; at: number };
type KeptStop = Omit<Stop, 'evidence'> & { evidence: KeptEv[] };

/** The event ids of the evidence shown: each stop's first `limit`. */
function shownIds(out: KeptStop[], limit: number): number[] {
  const shown: number[] = [];
  for (const s of out) for (let i = 0; i < s.evidence.length && i < limit; i++) shown.push(s.evidence[i]!.id);
  return shown;
}

/**
 * The kept stops with their evidence shown: article, sentence and trigger read from placing_evidence, the article's
 * date from the record (YYYYMMDD, written only for dates in that form).
 */
function keptPages(db: Database.Database, out: KeptStop[], limit: number): StopPage[] | undefined {
  const shown = shownIds(out, limit);
  const texts: [number, string, string, string][] = new Array(shown.length);
  let n = 0;
  for (const row of prepared(db, `SELECT j.key, p.article, p.sentence, p.trigger FROM json_each(?) j
      CROSS JOIN placing_evidence p ON p.event_id = j.value`, true).all(JSON.stringify(shown)) as [number, string, string, string][]) {
    texts[row[0]] = row;
    n++;
  }
  if (n !== shown.length) return undefined;
  const pages: StopPage[] = [];
  let at = 0;
  for (const s of out) {
    const evidence: Evidence[] = [];
    for (let i = 0; i < s.evidence.length && i < limit; i++) {
      const x = texts[at++]!;
      const e = s.evidence[i]!;
      evidence.push({ article: x[1], articleDate: isoDay(e.buf[e.at + R.adate]!), sentence: x[2], trigger: x[3], how: e.how });
    }
    pages.push({ date: s.date, place: s.place, country: s.country, lat: s.lat, lon: s.lon, evidence, evidenceTotal: s.evidence.length });
  }
  return pages;
}

const isoMemo = new Map<number, string>();
/** YYYYMMDD as YYYY-MM-DD (one string per day). */
function isoDay(n: number): string {
  let d = isoMemo.get(n);
  if (d === undefined) {
    isoMemo.set(n, (d = `${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`));
  }
  return d;
}

/** A blob of int32s as an Int32Array over its bytes (copied when they are not 4-byte aligned). */
function ints(data: Buffer): Int32Array {
  const b = data.byteOffset % 4 ? Buffer.from(data) : data;
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
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

/** Places by their id in placing_strings (an id names one place tuple for good), per connection. */
const placeCache = new WeakMap<Database.Database, Map<number, Place | null>>();
function placeIds(db: Database.Database): Map<number, Place | null> {
  let m = placeCache.get(db);
  if (!m) placeCache.set(db, (m = new Map()));
  return m;
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
function buildStops<E extends Ev>({ strong, weak, hints, supports }: Found<E>): (Omit<Stop, 'evidence'> & { evidence: E[] })[] {
  // Stops by day; each with the keys of its evidence (a popular stop has thousands).
  type Kept = Omit<Stop, 'evidence'> & { evidence: E[]; order: number; seen: Set<string | number> };
  const byDate = new Map<string, { stops: Kept[] }>();
  // Stops by the day number Date.parse gives their date: how step 4 finds the days around one.
  const byDayNumber = new Map<number, Kept[]>();
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
  // A stop's evidence, once per key. (A day has one stop per place: the stop found there is the one to add to.)
  const addEvidence = (s: Kept, ev: E) => {
    if (!s.seen.has(ev.key)) {
      s.seen.add(ev.key);
      s.evidence.push(ev);
    }
  };
  const addStop = (x: { stops: Kept[] }, d: string, p: Place, ev: E, ord: number) => {
    let s = stopAt(x.stops, p.name, p.country);
    if (!s) {
      s = { date: d, place: p.name, country: p.country, lat: p.lat ?? null, lon: p.lon ?? null, evidence: [], order: ord, seen: new Set() };
      x.stops.push(s);
      const n = dayNumber(d);
      const list = byDayNumber.get(n);
      if (list) list.push(s);
      else if (!Number.isNaN(n)) byDayNumber.set(n, [s]);
    }
    addEvidence(s, ev);
  };
  const toCapital = (x: { stops: Kept[] }, c: Candidate<E> | Hint<E>, how: Evidence['how']) => {
    const country = 'place' in c ? c.place.country : c.country;
    const there = inCountry(x.stops, country);
    if (there) return addEvidence(there, c);
    const cap = capital(country);
    if (cap) addStop(x, c.date, cap, { ...c, how }, c.order);
  };
  // 1. Cities named in the person's own events.
  for (const c of strong) if (!c.place.wide) addStop(day(c.date), c.date, c.place, c, c.order);
  // 2. Countries named in their own events: the city there that day, else the capital.
  for (const c of strong) if (c.place.wide) toCapital(day(c.date), c, 'capital');
  // 3. Meetings with a foreign government, place unnamed: that country's stop, or its capital on an empty day.
  for (const h of hints) {
    const x = day(h.date);
    if (inCountry(x.stops, h.country) || !x.stops.length) toCapital(x, h, 'meeting');
  }
  // 4. Visits with no visitor named: only where they do not contradict the stops above. A country the person is
  // placed in on a nearby day, or another country than that day's, is more likely a misdated clause than a trip.
  // The days around are the three day numbers on each side: a date that is not a calendar day ("2022-02-30") is
  // where Date.parse puts it, and two spellings of one day are different days.
  const nearby = (country: string, date: string) => {
    const n = dayNumber(date);
    for (let k = n - 3; k <= n + 3; k++) {
      for (const s of byDayNumber.get(k) ?? []) if (s.country === country && s.date !== date) return true;
    }
    return false;
  };
  for (const c of weak) {
    const x = day(c.date);
    if (x.stops.length && !inCountry(x.stops, c.place.country)) continue;
    if (!x.stops.length && nearby(c.place.country, c.date)) continue;
    if (c.place.wide) toCapital(x, c, 'visit');
    else addStop(x, c.date, c.place, c, c.order);
  }
  // 5. Other events of theirs placed where a stop already is that day.
  for (const c of supports) {
    for (const s of day(c.date).stops) {
      if (s.place === c.place.name || (c.place.wide && s.country === c.place.country)) {
        addEvidence(s, c);
        break;
      }
    }
  }
  const out: Kept[] = [];
  for (const x of byDate.values()) for (const s of x.stops) out.push(s);
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return out;
}

// Calendar facts about a day string, kept per string (a few thousand days; every stop and visit asks).
const realMemo = new Map<string, boolean>();
/** Whether a YYYY-MM-DD string is a calendar day (not "2022-02-30"). */
function realDay(d: string): boolean {
  let r = realMemo.get(d);
  if (r === undefined) {
    const t = Date.parse(`${d}T00:00:00Z`);
    realMemo.set(d, (r = !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)));
  }
  return r;
}
const numberMemo = new Map<string, number>();
/** A YYYY-MM-DD string as Date.parse reads it, in days since 1970 (NaN when it reads none). */
function dayNumber(d: string): number {
  let n = numberMemo.get(d);
  if (n === undefined) numberMemo.set(d, (n = Date.parse(`${d}T00:00:00Z`) / 86400000));
  return n;
}

const COLUMNS = `e.id, e.article_id, e.cameo, e.factuality, e.date, e.trigger_start, e.trigger_text,
  e.sentence_start, e.sentence_end, e.source_code, e.source_name, e.source_text, e.target_code, e.target_name, e.target_text,
  e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, a.ext_id, a.date AS adate`;

/**
 * The rows that can place the person: their own events, and unnamed visits in articles whose trip they lead
 * (with the counts that decide who leads). The person's names resolve through the `names` table (with the same
 * test as isPerson) to exact strings, looked up by index.
 */
function loadRows(db: Database.Database, low: string, names: string[] | undefined, f: AnalysisFilter): { rows: Row[]; sources?: SourceCount[]; names?: Set<string> } {
  if (!names) {
    // A store from before migration 4 (read-only): match by LIKE, as a scan.
    return { rows: db.prepare(`SELECT ${COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.article_id IN (SELECT article_id FROM events WHERE source_name LIKE @q OR source_text LIKE @q OR target_name LIKE @q OR target_text LIKE @q)
      ORDER BY a.date, e.article_id, e.trigger_start`).all({ q: `%${low}%` }) as Row[] };
  }
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
