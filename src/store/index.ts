// The embedded store: SQLite (WAL) with versioned migrations, batched writes and the queries the shells use.
import Database from 'better-sqlite3';
import type { AnnotatedArticle, Annotation, Article, Entity, Event, Quote, Timex } from '../model/index.js';
import { periodStart } from '../util/period.js';
import type { Dictionary, LearnedActor } from '../actors/index.js';
import { migrations } from './schema.js';
import { keepSearch, search, type SearchHit } from './search.js';
import { EVENT_JSON, QUOTE_JSON } from './json-rows.js';

export interface StoredInput {
  article: Article;
  annotation: Annotation;
  hash: string;
  origin?: string;
}

export interface Filter {
  actor?: string;
  source?: string;
  target?: string;
  cameo?: string;
  plover?: string;
  quad?: number;
  factuality?: string;
  speaker?: string;
  search?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface EventRow extends Event {
  id: number;
  article: string;
  articleDate: string;
  articleUrl?: string;
  // Cross-article fusion (src/fuse attachFusion): the fused event this mention belongs to and how it was reported.
  fused?: number;
  mentions?: number;
  articles?: number;
  sources?: number;
  firstReported?: string;
  lastReported?: string;
}

export interface QuoteRow extends Quote {
  id: number;
  article: string;
  articleDate: string;
}

export interface ActorRow {
  name: string;
  code: string;
  type: string | null;
  roles: { role: string; first_seen: string; last_seen: string }[];
  mentions: number;
  articles: number;
  first_seen: string;
  last_seen: string;
}

export type { SearchHit } from './search.js';

export interface Stats {
  articles: number;
  entities: number;
  timexes: number;
  events: number;
  quotes: number;
  actors: number;
}

const DEFAULT_LIMIT = 100;
/** A time expression value that names a day (as the timeline's GLOB). */
const DAY_VALUE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;
/** Matches above which an actor filter walks events in order rather than sorting its matches. */
const FREQUENT = 4000;
const FREQUENT_QUOTES = 1000;
/** Index streams an actor filter may merge (codes and names); more go the general way. */
const MAX_ARMS = 40;

/** Row shapers by statement: a function building each row's object literal from the raw column array. */
const shapers = new WeakMap<Database.Statement, (r: unknown[]) => Record<string, unknown>>();
const shapersByColumns = new Map<string, (r: unknown[]) => Record<string, unknown>>();

/**
 * All rows of a (non-pluck) statement as plain objects, keyed and ordered as better-sqlite3 would: fetched as
 * raw arrays and shaped by one compiled object literal per statement, since better-sqlite3 setting each column
 * on each row natively costs about as much again as reading the rows (measured on the API's event pages).
 */
export function allRows(st: Database.Statement, ...args: unknown[]): Record<string, unknown>[] {
  let shape = shapers.get(st);
  if (!shape) {
    // Statements prepared anew per call share the shaper of their column list.
    const cols = JSON.stringify(st.columns().map((c) => c.name));
    shape = shapersByColumns.get(cols);
    if (!shape) {
      // Column names are quoted as JSON string literals: no SQL text reaches the code unquoted.
      const names = JSON.parse(cols) as string[];
      shape = new Function('r', `return { ${names.map((c, i) => `${JSON.stringify(c)}: r[${i}]`).join(', ')} };`) as (r: unknown[]) => Record<string, unknown>;
      if (shapersByColumns.size > 500) shapersByColumns.clear();
      shapersByColumns.set(cols, shape);
    }
    shapers.set(st, shape);
  }
  st.raw(true);
  try {
    return (st.all(...args) as unknown[][]).map(shape);
  } finally {
    st.raw(false);
  }
}

export class Store {
  readonly db: Database.Database;
  private readonly hasHash: Database.Statement;
  private writeStatements?: ReturnType<typeof prepareWrites>;

  constructor(file: string, opts: { readonly?: boolean } = {}) {
    this.db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    try {
      if (!opts.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      if (!opts.readonly) this.migrate();
      else if ((this.db.pragma('user_version', { simple: true }) as number) < migrations.length) {
        throw new Error('database schema is older than this version of dossier; open it once without --readonly to migrate');
      }
      this.hasHash = this.db.prepare('SELECT 1 FROM articles WHERE hash = ?').pluck();
    } catch (err) {
      this.db.close();
      throw new Error(`${file}: ${(err as Error).message}`);
    }
  }

  /** Insert statements, prepared on first write (a read-only handle never prepares them). */
  private get w(): ReturnType<typeof prepareWrites> {
    return (this.writeStatements ??= prepareWrites(this.db));
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`database schema version ${version} is newer than this version of dossier (${migrations.length})`);
    }
    for (let v = version; v < migrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(migrations[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // New indexes on a store with data: statistics, so the planner uses them (an empty store gets them from
    // PRAGMA optimize on close, once it has data).
    if (version > 0 && version < migrations.length && this.db.prepare('SELECT 1 FROM events LIMIT 1').get()) this.db.exec('ANALYZE');
  }

  /** Whether an article with this content hash is stored already. */
  has(hash: string): boolean {
    return this.hasHash.get(hash) !== undefined;
  }

  /** Store a batch in one transaction: all of it or none of it. Articles already stored are skipped. */
  insert(batch: StoredInput[]): { inserted: number; duplicates: number } {
    let inserted = 0;
    let duplicates = 0;
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const item of batch) {
        const id = this.insertOne(item, now);
        if (id === undefined) duplicates++;
        else inserted++;
      }
      keepSearch(this.db, inserted); // the search statistics of the batch's articles, waiting since the insert trigger (search.ts)
    })();
    return { inserted, duplicates };
  }

  private insertOne({ article: a, annotation: n, hash, origin }: StoredInput, now: string): number | undefined {
    const res = this.w.insertArticle.run({
      ext_id: a.id, hash, date: a.date, anchor: n.anchor, title: a.title ?? null, url: a.url ?? null,
      source: a.source ?? null, origin: origin ?? null, text: a.text, ingested_at: now,
    });
    if (res.changes === 0) return undefined;
    const id = Number(res.lastInsertRowid);
    const name = (t: string | null | undefined) => { if (t != null) this.w.insertName.run(t); };
    for (const e of n.entities) {
      this.w.insertEntity.run(id, e.start, e.end, e.text, e.type, e.actor?.code ?? null, e.actor?.name ?? null, e.chain ?? null, e.role ?? null);
      if (e.actor) { name(e.actor.name); name(e.text); }
    }
    for (const t of n.timexes) {
      this.w.insertTimex.run(id, t.start, t.end, t.text, t.type, t.value);
      if ((t.type === 'DATE' || t.type === 'TIME') && DAY_VALUE.test(t.value)) this.w.markDay.run(t.value.slice(0, 10));
    }
    // The days whose kept timeline signals this article changes (src/fuse/days.ts): its date (published) and
    // the day before (published the day after); above, the days it names.
    this.w.markDay.run(a.date);
    const before = Date.parse(`${a.date}T00:00:00Z`) - 86400000;
    if (Number.isFinite(before)) this.w.markDay.run(new Date(before).toISOString().slice(0, 10));
    for (const e of n.events) {
      const s = e.source;
      const t = e.target;
      const l = e.location;
      this.w.insertEvent.run(id, e.cameo, e.plover, e.mode ?? null, e.quad, e.goldstein, e.factuality, e.date ?? null,
        periodStart(e.date) ?? n.anchor,
        e.trigger.start, e.trigger.end, e.trigger.text,
        s?.start ?? null, s?.end ?? null, s?.text ?? null, s?.code ?? null, s?.name ?? null,
        t?.start ?? null, t?.end ?? null, t?.text ?? null, t?.code ?? null, t?.name ?? null,
        l?.start ?? null, l?.end ?? null, l?.text ?? null, l?.name ?? null, l?.country ?? null, l?.lat ?? null, l?.lon ?? null,
        e.sentence.start, e.sentence.end);
      name(s?.name); name(s?.text); name(t?.name); name(t?.text);
      // The day an event is dated to holds its kept placings (src/analyze/placings.ts).
      if (e.date && DAY_VALUE.test(e.date)) this.w.markDay.run(e.date.slice(0, 10));
    }
    for (const q of n.quotes) {
      const s = q.speaker;
      this.w.insertQuote.run(id, q.start, q.end, q.text, q.kind, s?.start ?? null, s?.end ?? null, s?.text ?? null, s?.name ?? null, s?.code ?? null, n.anchor);
      name(s?.name); name(s?.text);
    }
    this.learnActors(a, n);
    return id;
  }

  /** Aggregate the article's resolved entities into the corpus-wide actor table, with roles and dates. */
  private learnActors(a: Article, n: Annotation): void {
    const seen = new Map<string, { name: string; code: string; type: string; mentions: number; roles: Set<string> }>();
    for (const e of n.entities) {
      if (!e.actor) continue;
      const key = `${e.actor.name}\u0000${e.actor.code}`;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { name: e.actor.name, code: e.actor.code, type: e.type, mentions: 0, roles: new Set() }));
      s.mentions++;
      if (e.role) s.roles.add(e.role);
    }
    for (const s of seen.values()) {
      const actorId = this.w.upsertActor.get({ name: s.name, code: s.code, type: s.type, mentions: s.mentions, date: a.date }) as number;
      for (const r of s.roles) this.w.upsertRole.run(actorId, r, a.date, a.date);
    }
  }

  events(f: Filter = {}): EventRow[] {
    const ids = this.eventIds(f);
    if (!ids.length) return [];
    const rows = allRows(this.prep(`SELECT e.*, a.ext_id AS article, a.date AS article_date, a.url AS article_url FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.id IN (SELECT value FROM json_each(?))`), JSON.stringify(ids));
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    return ids.map((id) => eventFromRow(byId.get(id)!));
  }

  /**
   * The page events(f) gives, with fusion attached (src/fuse attachFusion), each event as its JSON text built by
   * SQLite: what the HTTP API sends.
   */
  eventsJson(f: Filter = {}): string[] {
    const ids = this.eventIds(f);
    if (!ids.length) return [];
    return this.prep(`SELECT ${EVENT_JSON} FROM json_each(?) j JOIN events e ON e.id = j.value JOIN articles a ON a.id = e.article_id
      LEFT JOIN event_fusion x ON x.event_id = e.id LEFT JOIN fused_events fe ON fe.id = x.fused_id ORDER BY j.key`).pluck().all(JSON.stringify(ids)) as string[];
  }

  /** The ids of a page of events in their order: day, article, trigger. */
  private eventIds(f: Filter): number[] {
    const merged = this.eventIdsMerged(f);
    if (merged) return merged;
    const where: string[] = [];
    const args: unknown[] = [];
    const actorTerms: { sql: string; args: unknown[] }[][] = [];
    if (f.actor) actorTerms.push(this.actorTerm(where, args, f.actor, ['e.source_code', 'e.target_code'], ['e.source_name', 'e.target_name']));
    if (f.source) actorTerms.push(this.actorTerm(where, args, f.source, ['e.source_code'], ['e.source_name']));
    if (f.target) actorTerms.push(this.actorTerm(where, args, f.target, ['e.target_code'], ['e.target_name']));
    const actorArgs = args.length; // the actor terms come first in where and args
    this.eventTerms(f, where, args);
    // An actor with many events is found fastest by walking the events in order until the page is full; a rare
    // one by its index entries, then sorting them. A capped count tells which (the planner cannot know).
    let order = 'e.day';
    if (actorTerms.length === 1 && actorTerms[0]!.length > 1) {
      // One actor filter whose terms (code ranges, name lists) are OR-ed: counting their union dedupes rows, which
      // costs more than the page for a frequent actor. Each term is counted alone first (capped): one term over
      // the cap is frequent, a sum under it rare; only in between is the union counted (the same choice as before).
      const others = where.slice(1);
      let sum = 0;
      let frequent = false;
      for (const t of actorTerms[0]!) {
        const n = this.prep(`SELECT count(*) FROM (SELECT 1 FROM events e WHERE ${[t.sql, ...others].join(' AND ')} LIMIT ${FREQUENT})`).pluck()
          .get(...t.args, ...args.slice(actorArgs)) as number;
        sum += n;
        if ((frequent = n >= FREQUENT)) break;
      }
      if (!frequent && sum >= FREQUENT) {
        const probe = this.prep(`SELECT count(*) FROM (SELECT 1 FROM events e WHERE ${where.join(' AND ')} LIMIT ${FREQUENT})`).pluck();
        frequent = (probe.get(...args) as number) >= FREQUENT;
      }
      if (!frequent) order = '+e.day';
    } else if (actorTerms.length) {
      const probe = this.prep(`SELECT count(*) FROM (SELECT 1 FROM events e WHERE ${where.join(' AND ')} LIMIT ${FREQUENT})`).pluck();
      if ((probe.get(...args) as number) < FREQUENT) order = '+e.day';
    }
    // In index order (e.day) rows stream until the page is full; a rare actor's matches are sorted (+e.day).
    return this.prep(`SELECT e.id FROM events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${order}, e.article_id, e.trigger_start, e.id LIMIT ? OFFSET ?`).pluck().all(...args, f.limit ?? DEFAULT_LIMIT, f.offset ?? 0) as number[];
  }

  /** The filters of an event page other than actors, as WHERE terms on `events e`. */
  private eventTerms(f: Filter, where: string[], args: unknown[]): void {
    if (f.cameo) { where.push('e.cameo LIKE ?'); args.push(`${f.cameo}%`); }
    if (f.plover) { where.push('e.plover = ?'); args.push(f.plover.toUpperCase()); }
    if (f.quad !== undefined) { where.push('e.quad = ?'); args.push(f.quad); }
    if (f.factuality) { where.push('e.factuality = ?'); args.push(f.factuality); }
    if (f.from) { where.push('e.day >= ?'); args.push(f.from); }
    if (f.to) { where.push('e.day <= ?'); args.push(f.to); }
  }

  /** One actor filter (actor, source or target) as merged index streams (mergedIds), when it is the only one. */
  private eventIdsMerged(f: Filter): number[] | undefined {
    const filters = [f.actor, f.source, f.target].filter((x) => x !== undefined);
    if (filters.length !== 1 || !this.hasIndex('events_source_name_order')) return undefined;
    const sides = f.actor !== undefined ? ['source', 'target'] : f.source !== undefined ? ['source'] : ['target'];
    const where: string[] = [];
    const args: unknown[] = [];
    this.eventTerms(f, where, args);
    return this.mergedIds(filters[0]!, {
      table: 'events e', key: ['e.day', 'e.article_id', 'e.trigger_start'],
      codes: sides.map((x) => `${x}_code`), names: sides.map((x) => `${x}_name`),
    }, where, args, f.limit ?? DEFAULT_LIMIT, f.offset ?? 0);
  }

  /**
   * An actor filter as a merge of sorted index streams: each code the query's prefix covers and each name it is
   * part of is an equality on an index that carries the page's sort key (migration 9), so the UNION of those
   * streams is merged in order and stops when the page is full, for a frequent actor and a rare one alike. The
   * same rows as actorTerm's. Undefined when the query does not allow it (too many streams, LIKE wildcards,
   * non-ASCII letters LIKE cannot fold): the general plan answers then.
   */
  private mergedIds(q: string, t: { table: string; key: string[]; codes: string[]; names: string[] },
    where: string[], args: unknown[], limit: number, offset: number): number[] | undefined {
    if (!q || /[%_\\]|[^\x20-\x7e]/.test(q) || !this.hasNames()) return undefined;
    const [table, alias] = t.table.split(' ') as [string, string];
    const arms: { column: string; value: string }[] = [];
    // Codes are upper-case letters and digits: LIKE 'x%' is the range [X, X with its last character + 1); its
    // distinct codes are found one index seek each.
    const lo = q.toUpperCase();
    const hi = lo.slice(0, -1) + String.fromCharCode(lo.charCodeAt(lo.length - 1) + 1);
    for (const column of t.codes) {
      const first = this.prep(`SELECT min(${column}) FROM ${table} WHERE ${column} >= ? AND ${column} < ?`).pluck();
      const next = this.prep(`SELECT min(${column}) FROM ${table} WHERE ${column} > ? AND ${column} < ?`).pluck();
      for (let v = first.get(lo, hi) as string | null; v != null; v = next.get(v, hi) as string | null) {
        arms.push({ column, value: v });
        if (arms.length > MAX_ARMS) return undefined;
      }
    }
    const names = this.prep('SELECT text FROM names WHERE text LIKE ?').pluck().all(`%${q}%`) as string[];
    if (arms.length + names.length > MAX_ARMS * t.names.length) return undefined;
    for (const column of t.names) {
      const present = this.prep(`SELECT 1 FROM ${table} WHERE ${column} = ? LIMIT 1`).pluck();
      for (const name of names) if (present.get(name) !== undefined) arms.push({ column, value: name });
    }
    if (arms.length > MAX_ARMS) return undefined;
    if (!arms.length) return [];
    const rest = where.map((w) => ` AND ${w}`).join('');
    const sql = `SELECT id FROM (${arms.map((a) => `SELECT ${alias}.id, ${t.key.join(', ')} FROM ${t.table} WHERE ${alias}.${a.column} = ?${rest}`).join(' UNION ')}
      ORDER BY ${t.key.map((_, i) => i + 2).join(', ')}, 1 LIMIT ? OFFSET ?)`;
    return this.prep(sql).pluck().all(...arms.flatMap((a) => [a.value, ...args]), limit, offset) as number[];
  }

  quotes(f: Filter = {}): QuoteRow[] {
    const ids = this.quoteIds(f);
    if (!ids.length) return [];
    const rows = allRows(this.prep(`SELECT q.*, a.ext_id AS article, a.date AS article_date FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.id IN (SELECT value FROM json_each(?))`), JSON.stringify(ids));
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    return ids.map((id) => {
      const r = byId.get(id)!;
      return {
        id: r.id as number, article: r.article as string, articleDate: r.article_date as string,
        start: r.start as number, end: r.end as number, text: r.text as string, kind: r.kind as Quote['kind'],
        speaker: r.speaker_text == null ? null : dropNulls({
          start: r.speaker_start as number, end: r.speaker_end as number, text: r.speaker_text as string,
          name: r.speaker_name as string | undefined, code: r.speaker_code as string | undefined,
        }),
      };
    });
  }

  /** The page quotes(f) gives, each quote as its JSON text built by SQLite: what the HTTP API sends. */
  quotesJson(f: Filter = {}): string[] {
    const ids = this.quoteIds(f);
    if (!ids.length) return [];
    return this.prep(`SELECT ${QUOTE_JSON} FROM json_each(?) j JOIN quotes q ON q.id = j.value JOIN articles a ON a.id = q.article_id ORDER BY j.key`)
      .pluck().all(JSON.stringify(ids)) as string[];
  }

  /** The ids of a page of quotes in their order: the article's anchor, the article, the position. */
  private quoteIds(f: Filter): number[] {
    const who = f.speaker ?? f.actor;
    const limit = f.limit ?? DEFAULT_LIMIT;
    const offset = f.offset ?? 0;
    if (who && this.hasIndex('quotes_speaker_name_order')) {
      // Each quote keeps its article's anchor (migration 9): speaker streams in page order, merged.
      const where: string[] = [];
      const args: unknown[] = [];
      if (f.search) { where.push('q.text LIKE ?'); args.push(`%${f.search}%`); }
      if (f.from) { where.push('q.anchor >= ?'); args.push(f.from); }
      if (f.to) { where.push('q.anchor <= ?'); args.push(f.to); }
      const merged = this.mergedIds(who, {
        table: 'quotes q', key: ['q.anchor', 'q.article_id', 'q.start'], codes: ['speaker_code'], names: ['speaker_name', 'speaker_text'],
      }, where, args, limit, offset);
      if (merged) return merged;
    }
    const where: string[] = [];
    const args: unknown[] = [];
    if (who) this.actorTerm(where, args, who, ['q.speaker_code'], ['q.speaker_name', 'q.speaker_text']);
    if (f.search) { where.push('q.text LIKE ?'); args.push(`%${f.search}%`); }
    if (f.from) { where.push('a.anchor >= ?'); args.push(f.from); }
    if (f.to) { where.push('a.anchor <= ?'); args.push(f.to); }
    // As for events: a frequent speaker's quotes are found fastest by walking articles in anchor order (the
    // articles_anchor index) until the page is full; a rare one's by the speaker indexes, then sorted.
    let from = 'quotes q JOIN articles a ON a.id = q.article_id';
    if (who && this.hasIndex('articles_anchor')) {
      // Without a date filter nothing needs the article: counting quotes alone skips a join per quote (every quote
      // has its article, so the count is the same).
      const counted = f.from || f.to ? from : 'quotes q';
      const probe = this.prep(`SELECT count(*) FROM (SELECT 1 FROM ${counted} WHERE ${where.join(' AND ')} LIMIT ${FREQUENT_QUOTES})`).pluck();
      if ((probe.get(...args) as number) >= FREQUENT_QUOTES) from = 'articles a INDEXED BY articles_anchor CROSS JOIN quotes q ON q.article_id = a.id';
    }
    return this.prep(`SELECT q.id FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.anchor, q.article_id, q.start, q.id LIMIT ? OFFSET ?`).pluck().all(...args, limit, offset) as number[];
  }

  /**
   * An actor filter: code columns start with the query (case-insensitive, as LIKE 'x%'), or name columns contain
   * it (as LIKE '%x%'). The name part is resolved through the small `names` table to exact strings and the code
   * prefix becomes an index range, so both are index lookups instead of scans. Same rows as the LIKE form.
   */
  private actorTerm(where: string[], args: unknown[], q: string, codes: string[], names: string[]): { sql: string; args: unknown[] }[] {
    // LIKE wildcards or non-ASCII letters (LIKE folds ASCII case only): keep the literal LIKE form.
    if (/[%_\\]|[^\x20-\x7e]/.test(q) || !this.hasNames()) {
      where.push(`(${[...codes.map((c) => `${c} LIKE ?`), ...names.map((n) => `${n} LIKE ?`)].join(' OR ')})`);
      args.push(...codes.map(() => `${q}%`), ...names.map(() => `%${q}%`));
      return [];
    }
    // Each term with its own arguments (events() may count them one by one).
    const terms: { sql: string; args: unknown[] }[] = [];
    // Codes are upper-case letters and digits, so LIKE 'x%' is the range [X, X with its last character + 1).
    const lo = q.toUpperCase();
    const hi = lo ? lo.slice(0, -1) + String.fromCharCode(lo.charCodeAt(lo.length - 1) + 1) : undefined;
    for (const c of codes) {
      if (hi === undefined) terms.push({ sql: `${c} IS NOT NULL`, args: [] });
      else terms.push({ sql: `(${c} >= ? AND ${c} < ?)`, args: [lo, hi] });
    }
    const matched = this.prep('SELECT text FROM names WHERE text LIKE ?').pluck().all(`%${q}%`) as string[];
    if (matched.length) {
      const list = JSON.stringify(matched);
      for (const n of names) terms.push({ sql: `${n} IN (SELECT value FROM json_each(?))`, args: [list] });
    }
    where.push(terms.length ? `(${terms.map((t) => t.sql).join(' OR ')})` : '0');
    for (const t of terms) args.push(...t.args);
    return terms;
  }

  private readonly schema = new Map<string, boolean>();
  private hasNames(): boolean {
    return this.schemaHas('table', 'names');
  }
  private hasIndex(name: string): boolean {
    return this.schemaHas('index', name);
  }
  private schemaHas(type: string, name: string): boolean {
    let v = this.schema.get(`${type}:${name}`);
    if (v === undefined) this.schema.set(`${type}:${name}`, (v = this.db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get(type, name) !== undefined));
    return v;
  }

  /** Prepared statements by SQL text: the filters build a few shapes, run many times (the server reads on). */
  private readonly statements = new Map<string, Database.Statement>();
  private prep(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, (st = this.db.prepare(sql)));
    }
    return st;
  }

  actors(f: Filter = {}): ActorRow[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.actor) { where.push('(name LIKE ? OR code LIKE ?)'); args.push(`%${f.actor}%`, `${f.actor}%`); }
    if (f.from) { where.push('last_seen >= ?'); args.push(f.from); }
    if (f.to) { where.push('first_seen <= ?'); args.push(f.to); }
    const rows = this.db.prepare(`SELECT * FROM actors ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY mentions DESC, name LIMIT ? OFFSET ?`).all(...args, f.limit ?? DEFAULT_LIMIT, f.offset ?? 0) as Record<string, unknown>[];
    const roles = this.db.prepare('SELECT role, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY first_seen, role');
    return rows.map((r) => ({
      name: r.name as string, code: r.code as string, type: r.type as string | null,
      roles: roles.all(r.id) as ActorRow['roles'],
      mentions: r.mentions as number, articles: r.articles as number,
      first_seen: r.first_seen as string, last_seen: r.last_seen as string,
    }));
  }

  /**
   * People whose code the corpus has shown through a title ("Russian Foreign Minister Sergei Lavrov"), with the
   * dates each role was seen: handed to the pipeline so that a bare "Lavrov" in a later article resolves.
   */
  learnedActors(): LearnedActor[] {
    return this.db.prepare(`SELECT a.name, a.code, r.role, r.first_seen AS date, r.last_seen AS lastSeen
      FROM actors a JOIN actor_roles r ON r.actor_id = a.id
      WHERE a.type = 'PER' AND length(a.code) > 3 AND instr(a.name, ' ') > 0
      ORDER BY a.name, r.first_seen`).all() as LearnedActor[];
  }

  /** Keep a user actor dictionary for every later ingest (importing the same path again replaces it). */
  importDictionary(d: Dictionary): void {
    this.db.prepare(`INSERT INTO user_actor_files (path, caseless, entries, imported_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(path) DO UPDATE SET caseless = excluded.caseless, entries = excluded.entries, imported_at = excluded.imported_at`)
      .run(d.path, d.caseless ? 1 : 0, JSON.stringify(d.entries), new Date().toISOString());
  }

  dictionaries(): Dictionary[] {
    return (this.db.prepare('SELECT path, caseless, entries FROM user_actor_files ORDER BY id').all() as { path: string; caseless: number; entries: string }[])
      .map((r) => ({ path: r.path, caseless: r.caseless === 1, entries: JSON.parse(r.entries) }));
  }

  /** Full-text search over titles and texts (FTS5 query syntax; plain words are ANDed), best first (search.ts). */
  search(query: string, f: Filter = {}): SearchHit[] {
    return search(this.db, query, { from: f.from, to: f.to, limit: f.limit ?? DEFAULT_LIMIT, offset: f.offset ?? 0 });
  }

  stats(): Stats {
    const count = (t: string) => this.prep(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return {
      articles: count('articles'), entities: count('entities'), timexes: count('timexes'),
      events: count('events'), quotes: count('quotes'), actors: count('actors'),
    };
  }

  /** One stored article (by its id; the first stored when several share it) with all its annotations. */
  article(id: string): (AnnotatedArticle & { ingestedAt: string }) | undefined {
    const a = this.prep('SELECT * FROM articles WHERE ext_id = ? ORDER BY id LIMIT 1').get(id) as Record<string, unknown> | undefined;
    if (!a) return undefined;
    const rid = a.id as number;
    // Statements kept and rows fetched as arrays (allRows): an article page answers hundreds of rows per request.
    const entities = allRows(this.prep('SELECT * FROM entities WHERE article_id = ? ORDER BY start, id'), rid)
      .map((r) => {
        const e: Entity = { start: r.start as number, end: r.end as number, text: r.text as string, type: r.type as Entity['type'] };
        if (r.actor_code != null) e.actor = { code: r.actor_code as string, name: r.actor_name as string };
        if (r.chain != null) e.chain = r.chain as number;
        if (r.role != null) e.role = r.role as string;
        return e;
      });
    const timexes = this.prep('SELECT start, "end", text, type, value FROM timexes WHERE article_id = ? ORDER BY start, id').all(rid) as Timex[];
    const events = allRows(this.prep(`SELECT e.*, ? AS article, ? AS article_date FROM events e WHERE e.article_id = ? ORDER BY e.trigger_start, e.id`),
      a.ext_id, a.date, rid).map((r) => {
      const { id: _id, article: _a, articleDate: _d, ...ev } = eventFromRow(r);
      return ev as Event;
    });
    const quotes = allRows(this.prep('SELECT * FROM quotes WHERE article_id = ? ORDER BY start, id'), rid)
      .map((r): Quote => ({
        start: r.start as number, end: r.end as number, text: r.text as string, kind: r.kind as Quote['kind'],
        speaker: r.speaker_text == null ? null : dropNulls({
          start: r.speaker_start as number, end: r.speaker_end as number, text: r.speaker_text as string,
          name: r.speaker_name as string | undefined, code: r.speaker_code as string | undefined,
        }),
      }));
    const out: AnnotatedArticle & { ingestedAt: string } = {
      id: a.ext_id as string, date: a.date as string, text: a.text as string,
      anchor: a.anchor as string, entities, timexes, events, quotes, ingestedAt: a.ingested_at as string,
    };
    if (a.title != null) out.title = a.title as string;
    if (a.url != null) out.url = a.url as string;
    if (a.source != null) out.source = a.source as string;
    return out;
  }

  close(): void {
    // SQLite's advice: gather the statistics the planner lacks (cheap, bounded) before a writer closes.
    if (!this.db.readonly && this.db.open) {
      try {
        this.db.pragma('optimize = 0x10002');
      } catch {
        // busy or read-only file: statistics can wait for the next writer
      }
    }
    this.db.close();
  }
}

function eventFromRow(r: Record<string, unknown>): EventRow {
  // Plain property reads (not keys built per row): this runs for every row of every events page.
  const arg = (start: unknown, end: unknown, text: unknown, code: unknown, name: unknown) =>
    start == null
      ? null
      : dropNulls({ start: start as number, end: end as number, text: text as string, code: code as string, name: name as string | undefined });
  const ev: EventRow = {
    id: r.id as number, article: r.article as string, articleDate: r.article_date as string,
    ...(r.article_url != null ? { articleUrl: r.article_url as string } : {}),
    cameo: r.cameo as string, plover: r.plover as string, quad: r.quad as EventRow['quad'], goldstein: r.goldstein as number,
    factuality: r.factuality as EventRow['factuality'],
    trigger: { start: r.trigger_start as number, end: r.trigger_end as number, text: r.trigger_text as string },
    source: arg(r.source_start, r.source_end, r.source_text, r.source_code, r.source_name),
    target: arg(r.target_start, r.target_end, r.target_text, r.target_code, r.target_name),
    sentence: { start: r.sentence_start as number, end: r.sentence_end as number },
  };
  if (r.mode != null) ev.mode = r.mode as string;
  if (r.date != null) ev.date = r.date as string;
  if (r.loc_start != null) {
    ev.location = dropNulls({
      start: r.loc_start as number, end: r.loc_end as number, text: r.loc_text as string, name: r.loc_name as string,
      country: r.loc_country as string, lat: r.loc_lat as number | undefined, lon: r.loc_lon as number | undefined,
    });
  }
  return ev;
}

/** A copy without null or undefined members, in the same key order (built, not deleted from: an object with
 * deleted keys turns into a slow dictionary that JSON.stringify walks far slower). */
function dropNulls<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] != null) out[k] = o[k];
  return out;
}

function prepareWrites(db: Database.Database) {
  return {
    insertArticle: db.prepare(`INSERT OR IGNORE INTO articles (ext_id, hash, date, anchor, title, url, source, origin, text, ingested_at)
      VALUES (@ext_id, @hash, @date, @anchor, @title, @url, @source, @origin, @text, @ingested_at)`),
    insertEntity: db.prepare(`INSERT INTO entities (article_id, start, "end", text, type, actor_code, actor_name, chain, role)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTimex: db.prepare('INSERT INTO timexes (article_id, start, "end", text, type, value) VALUES (?, ?, ?, ?, ?, ?)'),
    insertEvent: db.prepare(`INSERT INTO events (article_id, cameo, plover, mode, quad, goldstein, factuality, date, day,
      trigger_start, trigger_end, trigger_text,
      source_start, source_end, source_text, source_code, source_name,
      target_start, target_end, target_text, target_code, target_name,
      loc_start, loc_end, loc_text, loc_name, loc_country, loc_lat, loc_lon, sentence_start, sentence_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuote: db.prepare(`INSERT INTO quotes (article_id, start, "end", text, kind, speaker_start, speaker_end, speaker_text, speaker_name, speaker_code, anchor)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    upsertActor: db.prepare(`INSERT INTO actors (name, code, type, mentions, articles, first_seen, last_seen)
      VALUES (@name, @code, @type, @mentions, 1, @date, @date)
      ON CONFLICT(name, code) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1,
        first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
      RETURNING id`).pluck(),
    insertName: db.prepare('INSERT OR IGNORE INTO names (text) VALUES (?)'),
    markDay: db.prepare('INSERT OR IGNORE INTO day_dirty (day) VALUES (?)'),
    upsertRole: db.prepare(`INSERT INTO actor_roles (actor_id, role, first_seen, last_seen) VALUES (?, ?, ?, ?)
      ON CONFLICT(actor_id, role) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`),
  };
}
