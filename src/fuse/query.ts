// Reading fused events back: lists with counts, one event with every mention and its provenance, and the
// fusion counts attached to the per-mention rows of `dossier events`.
import type Database from 'better-sqlite3';
import { allRows, type EventRow, type Filter } from '../store/index.js';
import { fuseNew, hasFusion } from './store.js';

export interface FusedActor {
  code: string;
  name?: string;
}

/** One real-world event: its representative coding and how it was reported. Plain JSON. */
export interface FusedEvent {
  id: number;
  cameo: string;
  plover: string;
  quad: number;
  goldstein: number;
  factuality: string;
  /** TimeML value when the date is known, else undefined (day is then the article anchor). */
  date?: string;
  /** First day of the event's period (YYYY-MM-DD), and the last. */
  day: string;
  dayEnd: string;
  source: FusedActor | null;
  target: FusedActor | null;
  location?: { name: string; country: string; lat?: number; lon?: number };
  /** Mentions in distinct (non-copy) articles. */
  mentions: number;
  articles: number;
  sources: number;
  /** Near-duplicate copies of articles that also reported it (not counted in articles or mentions). */
  duplicates: number;
  firstReported: string;
  lastReported: string;
}

/** A mention of a fused event, with its provenance. */
export interface FusedMention {
  event: number;
  article: string;
  articleDate: string;
  source?: string;
  url?: string;
  /** The article this one is a near-duplicate copy of (external id), if any. */
  copyOf?: string;
  trigger: { start: number; end: number; text: string };
  sentence: { start: number; end: number; text: string };
  factuality: string;
  date?: string;
  sourceText?: string;
  targetText?: string;
}

export interface FusedFilter extends Filter {
  /** Only events reported by at least this many distinct articles. */
  minArticles?: number;
  /** Order: by date (default) or by number of articles, most first. */
  order?: 'date' | 'articles';
}

/** Fused events matching a filter; runs pending fusion first when the store is writable. */
export function fusedEvents(db: Database.Database, f: FusedFilter = {}): FusedEvent[] {
  fuseNew(db);
  if (!hasFusion(db)) return [];
  const where: string[] = [];
  const args: unknown[] = [];
  // An actor matches by code prefix, or by name or text of any of the event's mentions.
  const named = (col: 'source' | 'target', v: string) => {
    args.push(`${v}%`, `%${v}%`, `%${v}%`);
    return `(fe.${col}_code LIKE ? OR EXISTS (SELECT 1 FROM event_fusion x JOIN events e ON e.id = x.event_id
      WHERE x.fused_id = fe.id AND (e.${col}_name LIKE ? OR e.${col}_text LIKE ?)))`;
  };
  if (f.actor) where.push(`(${named('source', f.actor)} OR ${named('target', f.actor)})`);
  if (f.source) where.push(named('source', f.source));
  if (f.target) where.push(named('target', f.target));
  if (f.cameo) { where.push('fe.cameo LIKE ?'); args.push(`${f.cameo}%`); }
  if (f.plover) { where.push('fe.plover = ?'); args.push(f.plover.toUpperCase()); }
  if (f.quad !== undefined) { where.push('fe.quad = ?'); args.push(f.quad); }
  if (f.factuality) { where.push('fe.factuality = ?'); args.push(f.factuality); }
  if (f.from) { where.push('fe.day_end >= ?'); args.push(f.from); }
  if (f.to) { where.push('fe.day <= ?'); args.push(f.to); }
  if (f.minArticles) { where.push('fe.articles >= ?'); args.push(f.minArticles); }
  const order = f.order === 'articles' ? 'fe.articles DESC, fe.mentions DESC, fe.day, fe.id' : 'fe.day, fe.id';
  const sql = `SELECT fe.*,
      (SELECT e.source_name FROM event_fusion x JOIN events e ON e.id = x.event_id
        WHERE x.fused_id = fe.id AND e.source_code = fe.source_code AND e.source_name IS NOT NULL LIMIT 1) AS source_name_,
      (SELECT e.target_name FROM event_fusion x JOIN events e ON e.id = x.event_id
        WHERE x.fused_id = fe.id AND e.target_code = fe.target_code AND e.target_name IS NOT NULL LIMIT 1) AS target_name_
    FROM fused_events fe ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...args, f.limit ?? 100, f.offset ?? 0) as Record<string, unknown>[];
  return rows.map(fusedFromRow);
}

export function fusedFromRow(r: Record<string, unknown>): FusedEvent {
  const actor = (code: unknown, name: unknown): FusedActor | null =>
    code == null ? null : name == null ? { code: code as string } : { code: code as string, name: name as string };
  const ev: FusedEvent = {
    id: r.id as number, cameo: r.cameo as string, plover: r.plover as string, quad: r.quad as number,
    goldstein: r.goldstein as number, factuality: r.factuality as string,
    day: r.day as string, dayEnd: r.day_end as string,
    source: actor(r.source_code, r.source_name_ ?? r.source_name), target: actor(r.target_code, r.target_name_ ?? r.target_name),
    mentions: r.mentions as number, articles: r.articles as number, sources: r.sources as number,
    duplicates: r.duplicates as number, firstReported: r.first_reported as string, lastReported: r.last_reported as string,
  };
  if (r.date != null) ev.date = r.date as string;
  if (r.loc_name != null) {
    ev.location = { name: r.loc_name as string, country: r.loc_country as string };
    if (r.loc_lat != null && r.loc_lon != null) Object.assign(ev.location, { lat: r.loc_lat, lon: r.loc_lon });
  }
  return ev;
}

/** One fused event with every mention (article, sentence, trigger), or undefined. */
export function fusedEvent(db: Database.Database, id: number): (FusedEvent & { reports: FusedMention[] }) | undefined {
  fuseNew(db);
  if (!hasFusion(db)) return undefined;
  const row = db.prepare('SELECT * FROM fused_events WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  return { ...fusedFromRow(row), reports: mentionsOf(db, [id]).get(id) ?? [] };
}

/** Mentions of several fused events, with provenance, grouped by fused id. */
export function mentionsOf(db: Database.Database, ids: number[]): Map<number, FusedMention[]> {
  const out = new Map<number, FusedMention[]>();
  if (!ids.length) return out;
  const stmt = db.prepare(`SELECT f.fused_id, e.id, e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end,
      e.factuality, e.date, e.source_text, e.target_text, a.ext_id, a.date AS adate, a.source, a.url, a.text, c.ext_id AS copy_of
    FROM event_fusion f JOIN events e ON e.id = f.event_id JOIN articles a ON a.id = e.article_id
    LEFT JOIN article_sketches s ON s.article_id = a.id LEFT JOIN articles c ON c.id = s.dup_of
    WHERE f.fused_id = ? ORDER BY a.date, a.id, e.trigger_start`);
  for (const id of ids) {
    const list: FusedMention[] = [];
    for (const r of stmt.all(id) as Record<string, unknown>[]) {
      const m: FusedMention = {
        event: r.id as number, article: r.ext_id as string, articleDate: r.adate as string,
        trigger: { start: r.trigger_start as number, end: r.trigger_end as number, text: r.trigger_text as string },
        sentence: { start: r.sentence_start as number, end: r.sentence_end as number,
          text: (r.text as string).slice(r.sentence_start as number, r.sentence_end as number).replace(/\s+/g, ' ').trim() },
        factuality: r.factuality as string,
      };
      if (r.source != null) m.source = r.source as string;
      if (r.url != null) m.url = r.url as string;
      if (r.copy_of != null) m.copyOf = r.copy_of as string;
      if (r.date != null) m.date = r.date as string;
      if (r.source_text != null) m.sourceText = r.source_text as string;
      if (r.target_text != null) m.targetText = r.target_text as string;
      list.push(m);
    }
    out.set(id, list);
  }
  return out;
}

/** attachFusion's statement per connection (the API runs it for every page of events). */
const fusionOf = new WeakMap<Database.Database, Database.Statement>();

/** Fill the optional fusion fields of per-mention event rows (fused id and report counts), in place. */
export function attachFusion(db: Database.Database, rows: EventRow[]): EventRow[] {
  fuseNew(db);
  if (!rows.length || !hasFusion(db)) return rows;
  // One query for the page (a statement per row cost more than the rows).
  let st = fusionOf.get(db);
  if (!st) fusionOf.set(db, (st = db.prepare(`SELECT f.event_id AS event, fe.id, fe.mentions, fe.articles, fe.sources, fe.duplicates, fe.first_reported, fe.last_reported
    FROM event_fusion f JOIN fused_events fe ON fe.id = f.fused_id WHERE f.event_id IN (SELECT value FROM json_each(?))`)));
  const found = allRows(st, JSON.stringify(rows.map((r) => r.id)));
  const byEvent = new Map(found.map((f) => [f.event as number, f]));
  for (const r of rows) {
    const f = byEvent.get(r.id);
    if (!f) continue;
    r.fused = f.id as number;
    r.mentions = f.mentions as number;
    r.articles = f.articles as number;
    r.sources = f.sources as number;
    r.firstReported = f.first_reported as string;
    r.lastReported = f.last_reported as string;
  }
  return rows;
}
