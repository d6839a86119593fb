// Shared helpers for the analyses: fused events with the names and texts of their participants.
import type Database from 'better-sqlite3';
import { countries } from '../actors/index.js';
import { addDays, fuseNew, hasFusion } from '../fuse/index.js';
import { allRows } from '../store/index.js';
import { prepared } from '../store/statements.js';

export interface AnalysisFilter {
  from?: string;
  to?: string;
}

/** A fused event with every name its source and target were given in the mentions (for matching by name). */
export interface EventWithNames {
  id: number;
  cameo: string;
  plover: string;
  quad: number;
  goldstein: number;
  factuality: string;
  date: string | null;
  day: string;
  sourceCode: string | null;
  targetCode: string | null;
  sourceNames: string[];
  targetNames: string[];
  articles: number;
  sources: number;
  mentions: number;
}

/** Fused events in a date range (all of them: analyses aggregate, so no paging), fusing pending mentions first. */
export function loadFused(db: Database.Database, f: AnalysisFilter = {}, only?: SqlTerm): EventWithNames[] {
  fuseNew(db);
  if (!hasFusion(db)) return [];
  const where: string[] = [];
  const args: unknown[] = [];
  windowTerms(db, f, where, args);
  if (only) { where.push(only.sql); args.push(...only.args); }
  // Migration 4 keeps each fused event's mention names on the row; an older read-only store joins for them.
  const kept = hasColumn(db, 'fused_events', 'source_names');
  const rows = allRows(kept
    ? db.prepare(`SELECT fe.id, fe.cameo, fe.plover, fe.quad, fe.goldstein, fe.factuality, fe.date, fe.day,
        fe.source_code, fe.target_code, fe.articles, fe.sources, fe.mentions,
        fe.source_names AS sn, fe.source_texts AS st, fe.target_names AS tn, fe.target_texts AS tt
      FROM fused_events fe ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY fe.day, fe.id`)
    : db.prepare(`SELECT fe.id, fe.cameo, fe.plover, fe.quad, fe.goldstein, fe.factuality, fe.date, fe.day,
        fe.source_code, fe.target_code, fe.articles, fe.sources, fe.mentions,
        group_concat(DISTINCT e.source_name) AS sn, group_concat(DISTINCT e.source_text) AS st,
        group_concat(DISTINCT e.target_name) AS tn, group_concat(DISTINCT e.target_text) AS tt
      FROM fused_events fe JOIN event_fusion x ON x.fused_id = fe.id JOIN events e ON e.id = x.event_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY fe.id ORDER BY fe.day, fe.id`), ...args);
  return rows.map((r) => ({
    id: r.id as number, cameo: r.cameo as string, plover: r.plover as string, quad: r.quad as number,
    goldstein: r.goldstein as number, factuality: r.factuality as string, date: r.date as string | null, day: r.day as string,
    sourceCode: r.source_code as string | null, targetCode: r.target_code as string | null,
    sourceNames: splitNames(r.sn, r.st), targetNames: splitNames(r.tn, r.tt),
    articles: r.articles as number, sources: r.sources as number, mentions: r.mentions as number,
  }));
}

/** What a series over pairs of actors needs of a fused event: its day, scores, reports and both sides. */
export interface SideEvent {
  day: string;
  quad: number;
  goldstein: number;
  factuality: string;
  articles: number;
  sourceCode: string | null;
  targetCode: string | null;
  /** As loadFused gives them when `names` is asked for, else empty. */
  sourceNames: string[];
  targetNames: string[];
}

const NO_NAMES: string[] = [];

/**
 * Fused events meeting from..to that meet every term, in (day, id) order, with only the columns a series needs
 * (the names only when asked, as they cost most to read and split); real events only unless `unreal`. Undefined
 * on a store that does not keep the names on the row (the caller uses loadFused).
 */
export function loadSides(db: Database.Database, f: AnalysisFilter, terms: SqlTerm[], o: { names: boolean; unreal: boolean }): SideEvent[] | undefined {
  fuseNew(db);
  if (!hasFusion(db)) return [];
  if (!hasColumn(db, 'fused_events', 'source_names')) return undefined;
  const where: string[] = [];
  const args: unknown[] = [];
  windowTerms(db, f, where, args);
  if (!o.unreal) where.push("fe.factuality NOT IN ('hypothetical', 'negated')");
  for (const t of terms) { where.push(t.sql); args.push(...t.args); }
  const rows = prepared(db, `SELECT fe.day, fe.quad, fe.goldstein, fe.factuality, fe.articles, fe.source_code, fe.target_code
      ${o.names ? ', fe.source_names, fe.source_texts, fe.target_names, fe.target_texts' : ''}
    FROM fused_events fe ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY fe.day, fe.id`, true).all(...args) as unknown[][];
  return rows.map((r) => ({
    day: r[0] as string, quad: r[1] as number, goldstein: r[2] as number, factuality: r[3] as string, articles: r[4] as number,
    sourceCode: r[5] as string | null, targetCode: r[6] as string | null,
    sourceNames: o.names ? splitNames(r[7], r[8]) : NO_NAMES, targetNames: o.names ? splitNames(r[9], r[10]) : NO_NAMES,
  }));
}

/** The distinct names of both lists in first-seen order; a loop, as the analyses load thousands of rows per request. */
function splitNames(a: unknown, b: unknown): string[] {
  const out: string[] = [];
  for (const s of [a, b]) if (typeof s === 'string') for (const x of s.split(',')) if (!out.includes(x)) out.push(x);
  return out;
}

/** A WHERE term with its bound values. */
export interface SqlTerm {
  sql: string;
  args: unknown[];
  /** A code range (cheap to test), not a LIKE on names. */
  code?: boolean;
}

/**
 * Fused events whose interval meets from..to. The interval starts on or after from minus the widest interval
 * stored (found through an index), which bounds the `day` index range from both sides.
 */
function windowTerms(db: Database.Database, f: AnalysisFilter, where: string[], args: unknown[]): void {
  if (f.from) {
    where.push('fe.day_end >= ?');
    args.push(f.from);
    const span = widestSpan(db);
    if (span != null && Number.isFinite(span)) { where.push('fe.day >= ?'); args.push(addDays(f.from, -Math.ceil(span))); }
  }
  if (f.to) { where.push('fe.day <= ?'); args.push(f.to); }
}

/** The widest interval (day_end - day, in days) of a fused event, through its index; null without the index. */
export function widestSpan(db: Database.Database): number | null {
  if (!hasIndex(db, 'fused_events_span')) return null;
  return prepared(db, 'SELECT max(julianday(day_end) - julianday(day)) FROM fused_events').pluck().get() as number | null;
}

/**
 * A SQL pre-filter for fused events an actor query may match on either side (a superset of actorMatcher, which
 * still decides): a code prefix as index ranges, a name part as LIKE on the kept names. Undefined when none
 * applies (an old store, or a query LIKE cannot fold the case of).
 */
export function actorPrefilter(db: Database.Database, query: string): SqlTerm | undefined {
  const { isCode, q } = parseActor(query);
  if (isCode) {
    const hi = q.slice(0, -1) + String.fromCharCode(q.charCodeAt(q.length - 1) + 1);
    return { sql: '((fe.source_code >= ? AND fe.source_code < ?) OR (fe.target_code >= ? AND fe.target_code < ?))', args: [q, hi, q, hi], code: true };
  }
  if (!q || /[%_\\]|[^\x20-\x7e]/.test(q) || !hasColumn(db, 'fused_events', 'source_names')) return undefined;
  const like = `%${q}%`;
  return {
    sql: `(fe.source_code = ? OR fe.target_code = ? OR fe.source_names LIKE ? OR fe.source_texts LIKE ? OR fe.target_names LIKE ?
      OR fe.target_texts LIKE ?)`,
    args: [q.toUpperCase(), q.toUpperCase(), like, like, like, like],
  };
}

const schemaCache = new WeakMap<Database.Database, Map<string, boolean>>();
function schemaHas(db: Database.Database, key: string, sql: string, ...args: string[]): boolean {
  let m = schemaCache.get(db);
  if (!m) schemaCache.set(db, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = db.prepare(sql).get(...args) !== undefined));
  return v;
}
export const hasColumn = (db: Database.Database, table: string, column: string) =>
  schemaHas(db, `c:${table}.${column}`, 'SELECT 1 FROM pragma_table_info(?) WHERE name = ?', table, column);
export const hasIndex = (db: Database.Database, name: string) =>
  schemaHas(db, `i:${name}`, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", name);

export function parseActor(query: string): { isCode: boolean; q: string } {
  let q = query.trim();
  // "rus" is Russia's code too; a longer lower-case word ("Ukraine") is a name.
  const isCode = /^[A-Z]{3,12}$/.test(q) || (/^[a-z]{3}$/i.test(q) && countries.has(q.toUpperCase()));
  if (isCode) q = q.toUpperCase();
  return { isCode, q };
}

/**
 * Does an actor query (a CAMEO code or prefix like USA or RUSGOV, or a name part like Blinken) match a
 * participant? Upper-case words and three-letter country codes in any case are codes; anything else is a name.
 */
export function actorMatcher(query: string): (code: string | null, names: string[]) => boolean {
  const { isCode, q } = parseActor(query);
  const low = q.toLowerCase();
  return (code, names) => {
    if (isCode) return !!code && code.startsWith(q);
    return names.some((n) => n.toLowerCase().includes(low)) || (!!code && code.toLowerCase() === low);
  };
}

/** Group key of a day for a period: the day, the Monday of its ISO week, or YYYY-MM. */
export function periodKey(day: string, by: 'day' | 'week' | 'month'): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  const t = Date.parse(day + 'T00:00:00Z');
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86400000).toISOString().slice(0, 10);
}
