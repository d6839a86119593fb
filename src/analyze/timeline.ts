// Timelines: the N most important dates of a corpus (or of an actor, or of a query) with a one-sentence summary
// each. Dates are scored by how much the corpus talks about them: articles that refer to the day by a
// calendar date, articles published on it or just after, and fused events on it weighted by reports, outlets
// and Goldstein magnitude. Selection spreads dates so one burst does not take every slot.
import type Database from 'better-sqlite3';
import { daysBetween, fuseNew } from '../fuse/index.js';
import { dateSignals, describeDay, keptSignals, keptSummaries, type DayScore, type TimelineEntryEvent } from '../fuse/days.js';
import { actorMatcher, hasIndex, parseActor, type AnalysisFilter } from './common.js';

// The per-day signals and summaries live with fusion, which keeps them for the whole corpus (src/fuse/days.ts).
export { dateSignals, type DayScore, type TimelineEntryEvent };

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

export function timeline(db: Database.Database, o: TimelineOptions = {}, w = WEIGHTS): TimelineEntry[] {
  fuseNew(db);
  const articleIds = selectArticles(db, o);
  // The whole corpus: the days fusion keeps (each day as dateSignals and describeDay make it), unless a day of
  // the window awaits recomputing.
  const signals = (!articleIds && keptSignals(db, o)) || dateSignals(db, articleIds, o);
  const chosen = rankDates(signals, { ...o, dates: o.dates ?? 10 }, w);
  const kept = articleIds ? undefined : keptSummaries(db, chosen.map((c) => c.d));
  return chosen.sort((a, b) => (a.d < b.d ? -1 : 1)).map(({ d, score }) => {
    const { summary, events, article } = kept?.get(d) ?? describeDay(db, d, articleIds);
    const e: TimelineEntry = { date: d, summary, events, score: Math.round(score * 100) / 100 };
    if (article) e.article = article;
    return e;
  });
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
