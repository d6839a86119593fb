// Timelines: the N most important dates of a corpus (or of an actor, or of a query) with a one-sentence summary
// each. Dates are scored by how much the corpus talks about them: articles that refer to the day by a
// calendar date, articles published on it or just after, and fused events on it weighted by reports, outlets
// and Goldstein magnitude. Selection spreads dates so one burst does not take every slot.
import type Database from 'better-sqlite3';
import { addDays, daysBetween, fuseNew, hasFusion } from '../fuse/index.js';
import { actorMatcher, hasIndex, parseActor, type AnalysisFilter } from './common.js';

export interface TimelineEntryEvent {
  id: number;
  plover: string;
  cameo: string;
  source?: string;
  target?: string;
  place?: string;
  articles: number;
}

export interface TimelineEntry {
  date: string;
  summary: string;
  /** Article the summary sentence comes from. */
  article?: string;
  score: number;
  events: TimelineEntryEvent[];
}

export interface TimelineOptions extends AnalysisFilter {
  /** Number of dates (default 10). */
  dates?: number;
  /** Only articles involving this actor (name part or CAMEO code prefix). */
  actor?: string;
  /** Only articles matching this full-text query. */
  query?: string;
}

/** Weights of the date signals (tuned on the Timeline17 development topics, eval/timeline.ts). */
export const WEIGHTS = {
  /** Articles referring to the day with an explicit calendar date. */
  ref: 1,
  /** Articles published on the day, and on the next day (news reports yesterday). */
  pub: 0.5,
  pubNext: 0,
  /**
   * Fused events on the day reported by two or more articles: sum of log(1+articles) * (1 + |Goldstein|/10).
   * (Counting single-report events too mostly repeats the publication count and swamps small corpora.)
   */
  events: 0.25,
  /** Minimum gap in days between two chosen dates, relative to the span / N (0 = none). */
  spread: 0,
};

export interface DayScore {
  ref: number;
  pub: number;
  pubNext: number;
  events: number;
}

export function timeline(db: Database.Database, o: TimelineOptions = {}, w = WEIGHTS): TimelineEntry[] {
  fuseNew(db);
  const articleIds = selectArticles(db, o);
  const chosen = rankDates(dateSignals(db, articleIds, o), { ...o, dates: o.dates ?? 10 }, w);
  return chosen.sort((a, b) => (a.d < b.d ? -1 : 1)).map(({ d, score }) => {
    const { summary, events, article } = describe(db, d, articleIds);
    const e: TimelineEntry = { date: d, summary, events, score: Math.round(score * 100) / 100 };
    if (article) e.article = article;
    return e;
  });
}

/**
 * The per-day signals of a corpus (or of some of its articles), for the days from..to when given (each signal
 * read through an index on its day; the publication signal of the day after `to` counts for `to`).
 */
export function dateSignals(db: Database.Database, articleIds?: number[], window: AnalysisFilter = {}): Map<string, DayScore> {
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
  // Explicit day references, each article counted once per day it names (its own date excluded: "today").
  for (const r of db.prepare(`SELECT substr(t.value, 1, 10) AS d, count(DISTINCT t.article_id) AS c FROM timexes t JOIN articles a ON a.id = t.article_id
      WHERE t.type = 'DATE' AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND substr(t.value, 1, 10) <> a.date ${refRange.sql} ${inSet}
      GROUP BY d`).all(...refRange.args, ...setArg) as { d: string; c: number }[]) {
    get(r.d).ref += r.c;
  }
  if (hasFusion(db)) {
    for (const r of db.prepare(`SELECT fe.day AS d, fe.articles AS c, fe.goldstein AS g FROM fused_events fe
        WHERE fe.date IS NOT NULL AND length(fe.date) >= 10 AND fe.factuality NOT IN ('hypothetical', 'negated') AND fe.articles >= 2 ${feRange.sql}
        ${articleIds ? 'AND EXISTS (SELECT 1 FROM event_fusion x JOIN events e ON e.id = x.event_id JOIN articles a ON a.id = e.article_id WHERE x.fused_id = fe.id ' + inSet + ')' : ''}`)
      .all(...feRange.args, ...setArg) as { d: string; c: number; g: number }[]) {
      get(r.d).events += Math.log1p(r.c) * (1 + Math.abs(r.g) / 10);
    }
  }
  return days;
}

/** The N best dates by weighted signals, within from..to. */
export function rankDates(days: Map<string, DayScore>, o: { dates: number; from?: string; to?: string }, w = WEIGHTS): { d: string; score: number }[] {
  const scored = [...days.entries()]
    .filter(([d]) => (!o.from || d >= o.from) && (!o.to || d <= o.to))
    .map(([d, s]) => ({ d, score: w.ref * s.ref + w.pub * s.pub + w.pubNext * s.pubNext + w.events * s.events }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (a.d < b.d ? -1 : 1));
  return pick(scored, o.dates, w.spread);
}

/** Greedy choice by score; with spread > 0, skip dates closer than spread * (span / n) days to a chosen one. */
function pick(scored: { d: string; score: number }[], n: number, spread: number) {
  if (spread <= 0 || scored.length <= n) return scored.slice(0, n);
  const ds = scored.map((x) => x.d).sort();
  const gap = (spread * daysBetween(ds[0]!, ds[ds.length - 1]!)) / n;
  const out: typeof scored = [];
  for (const x of scored) {
    if (out.length >= n) break;
    if (out.every((y) => Math.abs(daysBetween(x.d, y.d)) >= gap)) out.push(x);
  }
  for (const x of scored) if (out.length < n && !out.includes(x)) out.push(x);
  return out;
}

/** Article ids for an actor or query filter; undefined = the whole corpus. */
function selectArticles(db: Database.Database, o: TimelineOptions): number[] | undefined {
  let ids: Set<number> | undefined;
  if (o.query) {
    const q = /["*():^]|\b(AND|OR|NOT|NEAR)\b/.test(o.query) ? o.query
      : o.query.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    ids = new Set(db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(q) as number[]);
  }
  if (o.actor) {
    const hit = actorArticles(db, o.actor);
    ids = ids ? new Set([...ids].filter((i) => hit.has(i))) : hit;
  }
  return ids ? [...ids] : undefined;
}

/**
 * Articles with an event or a resolved entity the actor query matches (as actorMatcher): a code prefix as index
 * ranges; a name part resolved through the `names` table to exact strings (looked up by index), or its code.
 */
function actorArticles(db: Database.Database, actor: string): Set<number> {
  const match = actorMatcher(actor);
  if (!hasIndex(db, 'entities_actor_text')) {
    // A store from before migration 4 (read-only): every event and entity through the matcher.
    const rows = db.prepare(`SELECT DISTINCT article_id AS a, source_code AS sc, source_name AS sn, source_text AS st,
      target_code AS tc, target_name AS tn, target_text AS tt FROM events`).all() as Record<string, string | null>[];
    const ent = db.prepare(`SELECT DISTINCT article_id AS a, actor_code AS c, actor_name AS n, text AS t FROM entities WHERE actor_code IS NOT NULL`).all() as Record<string, string | null>[];
    const hit = new Set<number>();
    for (const r of rows) {
      if (match(r.sc ?? null, [r.sn, r.st].filter(Boolean) as string[]) || match(r.tc ?? null, [r.tn, r.tt].filter(Boolean) as string[])) hit.add(r.a as unknown as number);
    }
    for (const r of ent) if (match(r.c ?? null, [r.n, r.t].filter(Boolean) as string[])) hit.add(r.a as unknown as number);
    return hit;
  }
  const code = parseActor(actor);
  let sql: string;
  let args: unknown[];
  if (code.isCode) {
    const lo = code.q;
    const hi = lo.slice(0, -1) + String.fromCharCode(lo.charCodeAt(lo.length - 1) + 1);
    sql = `SELECT article_id FROM events WHERE source_code >= @lo AND source_code < @hi
      UNION SELECT article_id FROM events WHERE target_code >= @lo AND target_code < @hi
      UNION SELECT article_id FROM entities WHERE actor_code >= @lo AND actor_code < @hi`;
    args = [{ lo, hi }];
  } else {
    // actorMatcher: a name containing the query (case-insensitive), or a code equal to it.
    const names = (db.prepare('SELECT text FROM names').pluck().all() as string[]).filter((n) => match(null, [n]));
    sql = `WITH n AS (SELECT value AS v FROM json_each(@names))
      SELECT article_id FROM events WHERE source_name IN n UNION SELECT article_id FROM events WHERE source_text IN n
      UNION SELECT article_id FROM events WHERE target_name IN n UNION SELECT article_id FROM events WHERE target_text IN n
      UNION SELECT article_id FROM entities WHERE actor_code IS NOT NULL AND actor_name IN n
      UNION SELECT article_id FROM entities WHERE actor_code IS NOT NULL AND text IN n
      UNION SELECT article_id FROM events WHERE source_code = @code UNION SELECT article_id FROM events WHERE target_code = @code
      UNION SELECT article_id FROM entities WHERE actor_code = @code`;
    args = [{ names: JSON.stringify(names), code: code.q.toUpperCase() }];
  }
  return new Set(db.prepare(sql).pluck().all(...args) as number[]);
}

/**
 * One sentence for a date: among sentences that name the date and sentences of the day's fused events, the most
 * central one (sharing the most content words with the others), so the summary says what most reports say.
 */
function describe(db: Database.Database, day: string, ids: number[] | undefined): { summary: string; article?: string; events: TimelineEntryEvent[] } {
  const allowed = ids ? new Set(ids) : undefined;
  const events = hasFusion(db) ? (db.prepare(`SELECT fe.id, fe.plover, fe.cameo, fe.source_code, fe.target_code, fe.loc_name, fe.articles
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
  for (const r of db.prepare(`SELECT t.article_id, t.start FROM timexes t WHERE t.type = 'DATE' AND substr(t.value, 1, 10) = ?
      ORDER BY t.article_id LIMIT 200`).all(day) as { article_id: number; start: number }[]) {
    add(r.article_id, sentenceAround(article(r.article_id).text, r.start));
  }
  if (hasFusion(db)) {
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
