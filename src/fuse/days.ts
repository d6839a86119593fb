// Per-day answers kept by fusion (migration 6), so the timeline and the network over the whole corpus are
// lookups: each day's date signals and summary sentence, and the day's fused events summed per dyad. Whatever
// changes a day's inputs (a stored article: its date, the day before, the days its time expressions name; fusion:
// the old and new day of every fused event it touches) lists the day in `day_dirty`, in the same transaction;
// fusion then recomputes the listed days with the very functions a live answer uses, and readers compute a
// listed day live. `*` in day_dirty means every day (a migrated or re-fused store). The itinerary's placings
// (src/analyze/placings.ts, migration 8) are kept the same way.
import type Database from 'better-sqlite3';
import { addDays } from './dates.js';
import { prepared } from '../store/statements.js';
import { rebuildPlacings, refreshPlacings } from '../analyze/placings.js';

export interface TimelineEntryEvent {
  id: number;
  plover: string;
  cameo: string;
  source?: string;
  target?: string;
  place?: string;
  articles: number;
}

export interface DayScore {
  ref: number;
  pub: number;
  pubNext: number;
  events: number;
}

/** Window of days (YYYY-MM-DD, both ends included). */
export interface DayWindow {
  from?: string;
  to?: string;
}

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
const hasFusionTables = (db: Database.Database) => hasTable(db, 'event_fusion');

/**
 * The per-day signals of a corpus (or of some of its articles), for the days from..to when given (each signal
 * read through an index on its day; the publication signal of the day after `to` counts for `to`).
 */
export function dateSignals(db: Database.Database, articleIds?: number[], window: DayWindow = {}): Map<string, DayScore> {
  const inSet = articleIds ? `AND a.id IN (SELECT value FROM json_each(?))` : '';
  const setArg = articleIds ? [JSON.stringify(articleIds)] : [];
  const range = (col: string, to = window.to) => {
    const w: string[] = [];
    const args: string[] = [];
    if (window.from) { w.push(`${col} >= ?`); args.push(window.from); }
    if (to) { w.push(`${col} <= ?`); args.push(to); }
    return { sql: w.map((x) => `AND ${x}`).join(' '), args };
  };
  const pubRange = range('a.date', window.to ? addDays(window.to, 1) : undefined);
  const refRange = range('substr(t.value, 1, 10)');
  const feRange = range('fe.day');
  const days = new Map<string, DayScore>();
  const get = (d: string) => {
    let s = days.get(d);
    if (!s) days.set(d, (s = { ref: 0, pub: 0, pubNext: 0, events: 0 }));
    return s;
  };
  for (const r of db.prepare(`SELECT a.date AS d, count(*) AS c FROM articles a WHERE 1 ${pubRange.sql} ${inSet} GROUP BY a.date`).all(...pubRange.args, ...setArg) as { d: string; c: number }[]) {
    get(r.d).pub += r.c;
    get(addDays(r.d, -1)).pubNext += r.c;
  }
  // Explicit day references, each article counted once per day it names (its own date excluded: "today"); a clock
  // time with its date ("May 27, 2009 4:33 am") names its day too.
  for (const r of db.prepare(`SELECT substr(t.value, 1, 10) AS d, count(DISTINCT t.article_id) AS c FROM timexes t JOIN articles a ON a.id = t.article_id
      WHERE t.type IN ('DATE', 'TIME') AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND substr(t.value, 1, 10) <> a.date ${refRange.sql} ${inSet}
      GROUP BY d`).all(...refRange.args, ...setArg) as { d: string; c: number }[]) {
    get(r.d).ref += r.c;
  }
  if (hasFusionTables(db)) {
    for (const r of db.prepare(`SELECT fe.day AS d, fe.articles AS c, fe.goldstein AS g FROM fused_events fe
        WHERE fe.date IS NOT NULL AND length(fe.date) >= 10 AND fe.factuality NOT IN ('hypothetical', 'negated') AND fe.articles >= 2 ${feRange.sql}
        ${articleIds ? 'AND EXISTS (SELECT 1 FROM event_fusion x JOIN events e ON e.id = x.event_id JOIN articles a ON a.id = e.article_id WHERE x.fused_id = fe.id ' + inSet + ')' : ''}`)
      .all(...feRange.args, ...setArg) as { d: string; c: number; g: number }[]) {
      get(r.d).events += Math.log1p(r.c) * (1 + Math.abs(r.g) / 10);
    }
  }
  return days;
}

/**
 * One sentence for a date: among sentences that name the date and sentences of the day's fused events, the most
 * central one (sharing the most content words with the others), so the summary says what most reports say.
 */
export function describeDay(db: Database.Database, day: string, ids: number[] | undefined): { summary: string; article?: string; events: TimelineEntryEvent[] } {
  const allowed = ids ? new Set(ids) : undefined;
  const events = hasFusionTables(db) ? (db.prepare(`SELECT fe.id, fe.plover, fe.cameo, fe.source_code, fe.target_code, fe.loc_name, fe.articles
      FROM fused_events fe WHERE fe.day = ? AND fe.date IS NOT NULL AND fe.factuality NOT IN ('hypothetical', 'negated')
      ORDER BY fe.articles DESC, fe.mentions DESC, fe.id LIMIT 5`).all(day) as Record<string, unknown>[]) : [];
  const list: TimelineEntryEvent[] = events.map((e) => {
    const x: TimelineEntryEvent = { id: e.id as number, plover: e.plover as string, cameo: e.cameo as string, articles: e.articles as number };
    if (e.source_code) x.source = e.source_code as string;
    if (e.target_code) x.target = e.target_code as string;
    if (e.loc_name) x.place = e.loc_name as string;
    return x;
  });
  const texts = new Map<number, { ext_id: string; text: string }>();
  const textOf = db.prepare('SELECT ext_id, text FROM articles WHERE id = ?');
  const article = (id: number) => {
    let a = texts.get(id);
    if (!a) texts.set(id, (a = textOf.get(id) as { ext_id: string; text: string }));
    return a;
  };
  const cands: { article: number; text: string }[] = [];
  const seen = new Set<string>();
  const add = (articleId: number, text: string) => {
    if (allowed && !allowed.has(articleId)) return;
    const t = clean(text);
    const words = t.split(' ').length;
    if (words < 6 || words > 60 || seen.has(t)) return;
    seen.add(t);
    cands.push({ article: articleId, text: t });
  };
  for (const r of db.prepare(`SELECT t.article_id, t.start FROM timexes t WHERE t.type IN ('DATE', 'TIME') AND substr(t.value, 1, 10) = ?
      ORDER BY t.article_id LIMIT 200`).all(day) as { article_id: number; start: number }[]) {
    add(r.article_id, sentenceAround(article(r.article_id).text, r.start));
  }
  if (hasFusionTables(db)) {
    for (const r of db.prepare(`SELECT e.article_id, e.sentence_start, e.sentence_end FROM fused_events fe JOIN event_fusion x ON x.fused_id = fe.id
        JOIN events e ON e.id = x.event_id WHERE fe.day = ? AND fe.date IS NOT NULL AND fe.factuality NOT IN ('hypothetical', 'negated') LIMIT 200`)
      .all(day) as { article_id: number; sentence_start: number; sentence_end: number }[]) {
      add(r.article_id, article(r.article_id).text.slice(r.sentence_start, r.sentence_end));
    }
  }
  if (!cands.length) {
    const lead = db.prepare('SELECT id, title, text FROM articles WHERE date = ? ORDER BY id LIMIT 20').all(day) as { id: number; title: string | null; text: string }[];
    const a = lead.find((r) => !allowed || allowed.has(r.id));
    if (!a) return { summary: '', events: list };
    return { article: article(a.id).ext_id, summary: a.title ? clean(a.title) : sentenceAround(a.text, 0), events: list };
  }
  const bags = cands.map((c) => new Set((c.text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !STOP.has(w))));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  bags.forEach((b, i) => {
    let sum = 0;
    for (const w of b) sum += (df.get(w) ?? 1) - 1; // what the other candidates share with this one
    const score = sum / Math.sqrt(b.size + 4);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return { article: article(cands[best]!.article).ext_id, summary: cands[best]!.text, events: list };
}

const STOP = new Set(('the and for that with was were are has have had not but from this they their them his her its said says will would ' +
  'been also who which when where what than then there into about after before over more most some such can could may might one two ' +
  'new year years day days week weeks monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
  'august september october november december last next yesterday today').split(' '));

// Sentence ends, by char code (the scan runs over every candidate sentence of a day: no regex per character).
const NL = 10;
const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

function sentenceAround(text: string, at: number): string {
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === NL || isStop(c)) break;
    s--;
  }
  let e = at;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === NL || (isStop(c) && (e + 1 >= text.length || /\s/.test(text[e + 1]!)))) break;
    e++;
  }
  return clean(text.slice(s, Math.min(text.length, e + 1)));
}

function clean(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? t.slice(0, 299) + '…' : t;
}

// ---- Keeping the days ----

/** The mark for "every day": a store migrated with data, or whose fusion was redone. */
export const ALL_DAYS = '*';

const dayTablesCache = new WeakMap<Database.Database, boolean>();
/** Whether the store has the per-day tables (migration 6). */
export function hasDayTables(db: Database.Database): boolean {
  let v = dayTablesCache.get(db);
  if (v === undefined) dayTablesCache.set(db, (v = hasTable(db, 'day_dirty')));
  return v;
}

/** List days for recomputing (inside the caller's transaction). */
export function markDays(db: Database.Database, days: Iterable<string | null | undefined>): void {
  if (!hasDayTables(db)) return;
  const ins = db.prepare('INSERT OR IGNORE INTO day_dirty (day) VALUES (?)');
  for (const d of days) if (d) ins.run(d);
}

/** Dirty days, or undefined when the kept days cannot be used at all (no tables, or every day is dirty). */
function dirtyDays(db: Database.Database): string[] | undefined {
  if (!hasDayTables(db)) return undefined;
  const days = (prepared(db, 'SELECT day FROM day_dirty ORDER BY day', true).all() as [string][]).map((r) => r[0]);
  return days.includes(ALL_DAYS) ? undefined : days;
}

const within = (d: string, w: DayWindow) => (!w.from || d >= w.from) && (!w.to || d <= w.to);

/**
 * Run `read` in one read transaction when no day of from..to (every day, without bounds) awaits recomputing, so
 * what it reads of the kept days is consistent; undefined otherwise.
 */
export function whenKept<T>(db: Database.Database, w: DayWindow, read: () => T): T | undefined {
  return db.transaction(() => {
    const dirty = dirtyDays(db);
    return !dirty || dirty.some((d) => within(d, w)) ? undefined : read();
  })();
}

/** Kept signals of the days from..to, or undefined when one of them awaits recomputing. */
export function keptSignals(db: Database.Database, w: DayWindow): Map<string, DayScore> | undefined {
  return db.transaction(() => {
    const dirty = dirtyDays(db);
    if (!dirty || dirty.some((d) => within(d, w))) return undefined;
    const where: string[] = [];
    const args: string[] = [];
    if (w.from) { where.push('day >= ?'); args.push(w.from); }
    if (w.to) { where.push('day <= ?'); args.push(w.to); }
    const rows = db.prepare(`SELECT day, ref, pub, pub_next, events FROM day_signals ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
      .all(...args) as { day: string; ref: number; pub: number; pub_next: number; events: number }[];
    return new Map(rows.map((r) => [r.day, { ref: r.ref, pub: r.pub, pubNext: r.pub_next, events: r.events }]));
  })();
}

/** Kept summaries (as describeDay over the whole corpus) of these days; a day awaiting recomputing is left out. */
export function keptSummaries(db: Database.Database, days: string[]): Map<string, { summary: string; article?: string; events: TimelineEntryEvent[] }> {
  return db.transaction(() => {
    const out = new Map<string, { summary: string; article?: string; events: TimelineEntryEvent[] }>();
    const dirty = dirtyDays(db);
    if (!dirty || !days.length) return out;
    const rows = db.prepare('SELECT day, summary, article, events FROM day_summaries WHERE day IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(days.filter((d) => !dirty.includes(d)))) as { day: string; summary: string; article: string | null; events: string }[];
    for (const r of rows) out.set(r.day, { summary: r.summary, ...(r.article != null ? { article: r.article } : {}), events: JSON.parse(r.events) as TimelineEntryEvent[] });
    return out;
  })();
}

/** One dyad's fused events in a group of days, and the first event (by day, then id) that made it. */
export interface DyadSum {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
  /** Its first event's day and id, comparable as text. */
  first: string;
}

/** How often a node's events give it a name (the first name of its side), and where that name first came. */
export interface NodeName {
  code: string;
  name: string;
  n: number;
  first: string;
}

/**
 * The network's sums from the kept days for fused events meeting from..to (as loadFused's window), real events
 * only; undefined when a day they could come from awaits recomputing. Names are read only for the nodes `named`
 * says need them (reading rows is most of the cost).
 */
export function keptDyads(db: Database.Database, w: DayWindow, widest: number | null,
  named: (code: string) => boolean = () => true): { dyads: DyadSum[]; names: NodeName[] } | undefined {
  return db.transaction(() => {
    const dirty = dirtyDays(db);
    const lower = w.from && widest != null && Number.isFinite(widest) ? addDays(w.from, -Math.ceil(widest)) : undefined;
    if (!dirty || dirty.some((d) => within(d, { from: lower, to: w.to }))) return undefined;
    const where: string[] = [];
    const args: string[] = [];
    if (w.from) { where.push('day_end >= ?'); args.push(w.from); }
    if (lower) { where.push('day >= ?'); args.push(lower); }
    if (w.to) { where.push('day <= ?'); args.push(w.to); }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // The day and the event id as text of a fixed width (ids below 10^12): the least is the first.
    const first = 'min(day || (1000000000000 + first))';
    const dyads = (prepared(db, `SELECT source, target, sum(events), sum(cooperation), sum(conflict), sum(goldstein), ${first}
      FROM dyad_days ${cond} GROUP BY source, target`, true).all(...args) as [string, string, number, number, number, number, string][])
      .map(([source, target, events, cooperation, conflict, goldstein, f]) => ({ source, target, events, cooperation, conflict, goldstein, first: f }));
    const codes = new Set<string>();
    for (const x of dyads) for (const c of [x.source, x.target]) if (named(c)) codes.add(c);
    const names = codes.size ? (prepared(db, `SELECT code, name, sum(n), ${first} FROM node_names ${cond ? `${cond} AND` : 'WHERE'}
      code IN (SELECT value FROM json_each(?)) GROUP BY code, name`, true).all(...args, JSON.stringify([...codes])) as [string, string, number, string][])
      .map(([code, name, n, f]) => ({ code, name, n, first: f })) : [];
    return { dyads, names };
  })();
}

/** Recompute the listed days (all of them for `*`); returns how many. Bounded IMMEDIATE transactions. */
export function refreshDays(db: Database.Database): number {
  if (!hasDayTables(db) || db.readonly) return 0;
  let done = 0;
  const next = db.prepare('SELECT day FROM day_dirty ORDER BY day LIMIT ?').pluck();
  const w = writers(db);
  for (;;) {
    const n = db.transaction(() => {
      const days = next.all(CHUNK_DAYS) as string[];
      if (days[0] === ALL_DAYS) return rebuildAll(db, w);
      refreshPlacings(db, days); // the itinerary's (src/analyze/placings.ts)
      for (const d of days) refreshDay(db, w, d);
      return days.length;
    }).immediate();
    done += n;
    if (n < CHUNK_DAYS) return done;
  }
}

const CHUNK_DAYS = 200;

function writers(db: Database.Database) {
  return {
    delDay: db.prepare('DELETE FROM day_dirty WHERE day = ?'),
    putSignals: db.prepare('INSERT OR REPLACE INTO day_signals (day, ref, pub, pub_next, events) VALUES (?, ?, ?, ?, ?)'),
    delSignals: db.prepare('DELETE FROM day_signals WHERE day = ?'),
    putSummary: db.prepare('INSERT OR REPLACE INTO day_summaries (day, summary, article, events) VALUES (?, ?, ?, ?)'),
    delSummary: db.prepare('DELETE FROM day_summaries WHERE day = ?'),
    putDyad: db.prepare(`INSERT INTO dyad_days (day, day_end, source, target, events, cooperation, conflict, goldstein, first)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    delDyads: db.prepare('DELETE FROM dyad_days WHERE day = ?'),
    putName: db.prepare('INSERT INTO node_names (day, day_end, code, name, n, first) VALUES (?, ?, ?, ?, ?, ?)'),
    delNames: db.prepare('DELETE FROM node_names WHERE day = ?'),
  };
}

function refreshDay(db: Database.Database, w: ReturnType<typeof writers>, d: string): void {
  const s = dateSignals(db, undefined, { from: d, to: d }).get(d);
  if (s) {
    w.putSignals.run(d, s.ref, s.pub, s.pubNext, s.events);
    putSummary(db, w, d);
  } else {
    w.delSignals.run(d);
    w.delSummary.run(d);
  }
  w.delDyads.run(d);
  w.delNames.run(d);
  putDyads(db, w, 'WHERE day = ?', [d]);
  w.delDay.run(d);
}

function rebuildAll(db: Database.Database, w: ReturnType<typeof writers>): number {
  db.exec('DELETE FROM day_signals; DELETE FROM day_summaries; DELETE FROM dyad_days; DELETE FROM node_names; DELETE FROM day_dirty;');
  const all = dateSignals(db);
  for (const [d, s] of all) {
    w.putSignals.run(d, s.ref, s.pub, s.pubNext, s.events);
    putSummary(db, w, d);
  }
  putDyads(db, w, '', []);
  rebuildPlacings(db);
  return 0;
}

function putSummary(db: Database.Database, w: ReturnType<typeof writers>, d: string): void {
  const x = describeDay(db, d, undefined);
  w.putSummary.run(d, x.summary, x.article ?? null, JSON.stringify(x.events));
}

/**
 * Sum fused events per (day, day_end, source, target) as network() counts them: real events with two different
 * codes; Goldstein added in (day, id) order; each side's node named by the first name its mentions give it.
 */
function putDyads(db: Database.Database, w: ReturnType<typeof writers>, where: string, args: string[]): void {
  if (!hasFusionTables(db)) return;
  const rows = db.prepare(`SELECT id, day, day_end, source_code AS sc, target_code AS tc, quad, goldstein AS g,
      source_names AS sn, source_texts AS st, target_names AS tn, target_texts AS tt
    FROM fused_events ${where ? `${where} AND` : 'WHERE'} factuality NOT IN ('hypothetical', 'negated')
      AND source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> '' AND target_code <> '' AND source_code <> target_code
    ORDER BY day, id`).all(...args) as { id: number; day: string; day_end: string; sc: string; tc: string; quad: number; g: number; sn: string | null; st: string | null; tn: string | null; tt: string | null }[];
  const dyads = new Map<string, { day: string; end: string; s: string; t: string; n: number; coop: number; conf: number; g: number; first: number }>();
  const names = new Map<string, { day: string; end: string; code: string; name: string; n: number; first: number }>();
  const firstName = (a: string | null, b: string | null) => (typeof a === 'string' ? a.split(',')[0] : typeof b === 'string' ? b.split(',')[0] : undefined);
  const named = (r: (typeof rows)[number], code: string, name: string | undefined) => {
    if (!name) return;
    const k = `${r.day}\u0000${r.day_end}\u0000${code}\u0000${name}`;
    const x = names.get(k);
    if (x) x.n++;
    else names.set(k, { day: r.day, end: r.day_end, code, name, n: 1, first: r.id });
  };
  for (const r of rows) {
    const k = `${r.day}\u0000${r.day_end}\u0000${r.sc}\u0000${r.tc}`;
    let x = dyads.get(k);
    if (!x) dyads.set(k, (x = { day: r.day, end: r.day_end, s: r.sc, t: r.tc, n: 0, coop: 0, conf: 0, g: 0, first: r.id }));
    x.n++;
    if (r.quad <= 2) x.coop++;
    else x.conf++;
    x.g += r.g;
    named(r, r.sc, firstName(r.sn, r.st));
    named(r, r.tc, firstName(r.tn, r.tt));
  }
  for (const x of dyads.values()) w.putDyad.run(x.day, x.end, x.s, x.t, x.n, x.coop, x.conf, x.g, x.first);
  for (const x of names.values()) w.putName.run(x.day, x.end, x.code, x.name, x.n, x.first);
}
