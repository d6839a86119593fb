// Shared helpers for the analyses: fused events with the names and texts of their participants.
import type Database from 'better-sqlite3';
import { countries } from '../actors/index.js';
import { fuseNew, hasFusion } from '../fuse/index.js';

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
export function loadFused(db: Database.Database, f: AnalysisFilter = {}): EventWithNames[] {
  fuseNew(db);
  if (!hasFusion(db)) return [];
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.from) { where.push('fe.day_end >= ?'); args.push(f.from); }
  if (f.to) { where.push('fe.day <= ?'); args.push(f.to); }
  const rows = db.prepare(`SELECT fe.id, fe.cameo, fe.plover, fe.quad, fe.goldstein, fe.factuality, fe.date, fe.day,
      fe.source_code, fe.target_code, fe.articles, fe.sources, fe.mentions,
      group_concat(DISTINCT e.source_name) AS sn, group_concat(DISTINCT e.source_text) AS st,
      group_concat(DISTINCT e.target_name) AS tn, group_concat(DISTINCT e.target_text) AS tt
    FROM fused_events fe JOIN event_fusion x ON x.fused_id = fe.id JOIN events e ON e.id = x.event_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY fe.id ORDER BY fe.day, fe.id`).all(...args) as Record<string, unknown>[];
  const split = (...v: unknown[]) => [...new Set(v.flatMap((s) => (typeof s === 'string' ? s.split(',') : [])))];
  return rows.map((r) => ({
    id: r.id as number, cameo: r.cameo as string, plover: r.plover as string, quad: r.quad as number,
    goldstein: r.goldstein as number, factuality: r.factuality as string, date: r.date as string | null, day: r.day as string,
    sourceCode: r.source_code as string | null, targetCode: r.target_code as string | null,
    sourceNames: split(r.sn, r.st), targetNames: split(r.tn, r.tt),
    articles: r.articles as number, sources: r.sources as number, mentions: r.mentions as number,
  }));
}

/**
 * Does an actor query (a CAMEO code or prefix like USA or RUSGOV, or a name part like Blinken) match a
 * participant? Upper-case words and three-letter country codes in any case are codes; anything else is a name.
 */
export function actorMatcher(query: string): (code: string | null, names: string[]) => boolean {
  let q = query.trim();
  // "rus" is Russia's code too; a longer lower-case word ("Ukraine") is a name.
  const isCode = /^[A-Z]{3,12}$/.test(q) || (/^[a-z]{3}$/i.test(q) && countries.has(q.toUpperCase()));
  if (isCode) q = q.toUpperCase();
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
