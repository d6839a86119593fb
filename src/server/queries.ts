// Read queries the HTTP API needs beyond the Store's own: article listing, one actor in detail, and plain
// aggregate fallbacks for itinerary, timeline, escalation and network until src/analyze provides them.
// Every value from a request is a bound parameter; nothing user-supplied is ever spliced into SQL.
import type Database from 'better-sqlite3';
import type { Store } from '../store/index.js';

type Row = Record<string, unknown>;

/** Prepared statements cached per SQL text (preparing costs more than running most of these). */
export class Queries {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly store: Store) {}

  prep(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) this.cache.set(sql, (s = this.store.db.prepare(sql)));
    return s;
  }

  /** Articles newest first (no full-text query), with event and quote counts. */
  articles(f: { from?: string; to?: string; limit: number; offset: number }): Row[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.from) { where.push('a.date >= ?'); args.push(f.from); }
    if (f.to) { where.push('a.date <= ?'); args.push(f.to); }
    return this.prep(`SELECT a.ext_id AS id, a.date, a.title, a.source, substr(a.text, 1, 200) AS snippet,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
      FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`)
      .all(...args, f.limit, f.offset) as Row[];
  }

  /** One actor by exact name, else exact code, else the most mentioned partial match; with what it did. */
  actor(key: string): Row | undefined {
    const a = (this.prep('SELECT * FROM actors WHERE name = ? ORDER BY mentions DESC LIMIT 1').get(key)
      ?? this.prep('SELECT * FROM actors WHERE code = ? ORDER BY mentions DESC LIMIT 1').get(key)
      ?? this.prep('SELECT * FROM actors WHERE name LIKE ? ORDER BY mentions DESC LIMIT 1').get(`%${key}%`)) as Row | undefined;
    if (!a) return undefined;
    const name = a.name as string;
    const roles = this.prep('SELECT role, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY first_seen, role').all(a.id);
    const asSource = this.prep('SELECT count(*) FROM events WHERE source_name = ?').pluck().get(name) as number;
    const asTarget = this.prep('SELECT count(*) FROM events WHERE target_name = ?').pluck().get(name) as number;
    const quotes = this.prep('SELECT count(*) FROM quotes WHERE speaker_name = ?').pluck().get(name) as number;
    const counterparts = this.prep(`SELECT name, code, count(*) AS events, round(sum(goldstein), 2) AS goldstein FROM (
        SELECT target_name AS name, target_code AS code, goldstein FROM events WHERE source_name = @name AND target_code IS NOT NULL
        UNION ALL SELECT source_name, source_code, goldstein FROM events WHERE target_name = @name AND source_code IS NOT NULL)
      GROUP BY name, code ORDER BY events DESC, name LIMIT 20`).all({ name });
    return {
      name, code: a.code, type: a.type, mentions: a.mentions, articles: a.articles, first_seen: a.first_seen, last_seen: a.last_seen,
      roles, events: { asSource, asTarget }, quotes, counterparts,
    };
  }

  /** Where the actor was, day by day: located events it is the source of, one stop per day (the best-attested place). */
  itinerary(f: { actor: string; from?: string; to?: string }): Row[] {
    const args: unknown[] = [f.actor, `${f.actor}%`, `%${f.actor}%`];
    let range = '';
    if (f.from) { range += ' AND e.day >= ?'; args.push(f.from); }
    if (f.to) { range += ' AND e.day <= ?'; args.push(f.to); }
    const rows = this.prep(`SELECT e.day, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.sentence_start, e.sentence_end,
        a.ext_id AS article, a.text AS text
      FROM events e JOIN articles a ON a.id = e.article_id
      WHERE (e.source_code = ? OR e.source_code LIKE ? OR e.source_name LIKE ?) AND e.loc_name IS NOT NULL
        AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND e.factuality NOT IN ('negated', 'hypothetical')${range}
      ORDER BY e.day, e.article_id, e.trigger_start LIMIT 5000`).all(...args) as Row[];
    const byDay = new Map<string, Map<string, { row: Row; evidence: { article: string; text: string }[] }>>();
    for (const r of rows) {
      const day = r.day as string;
      let places = byDay.get(day);
      if (!places) byDay.set(day, (places = new Map()));
      const key = `${r.loc_name}\u0000${r.loc_country}`;
      let p = places.get(key);
      if (!p) places.set(key, (p = { row: r, evidence: [] }));
      const text = (r.text as string).slice(r.sentence_start as number, r.sentence_end as number).trim();
      if (!p.evidence.some((e) => e.article === r.article && e.text === text)) p.evidence.push({ article: r.article as string, text });
    }
    const stops: Row[] = [];
    for (const [day, places] of byDay) {
      // A city beats the country it lies in; then more evidence beats less.
      const best = [...places.values()].sort((x, y) =>
        Number(y.row.loc_lat != null) - Number(x.row.loc_lat != null) || y.evidence.length - x.evidence.length)[0]!;
      stops.push({ date: day, place: best.row.loc_name, country: best.row.loc_country, lat: best.row.loc_lat ?? null, lon: best.row.loc_lon ?? null, evidence: best.evidence });
    }
    return stops;
  }

  /** The N busiest days, scored by events weighted by Goldstein magnitude, each summed up by its strongest event's sentence. */
  timeline(f: { actor?: string; query?: string; from?: string; to?: string; dates: number }): Row[] {
    const where: string[] = ["e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"];
    const args: unknown[] = [];
    if (f.actor) { where.push(ACTOR_SQL); args.push(`${f.actor}%`, `${f.actor}%`, `%${f.actor}%`, `%${f.actor}%`); }
    if (f.query) { where.push('e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)'); args.push(f.query); }
    if (f.from) { where.push('e.day >= ?'); args.push(f.from); }
    if (f.to) { where.push('e.day <= ?'); args.push(f.to); }
    const w = `WHERE ${where.join(' AND ')}`;
    const days = this.prep(`SELECT e.day AS date, count(*) AS events, count(DISTINCT e.article_id) AS articles,
        sum(1 + abs(e.goldstein)) * count(DISTINCT e.article_id) AS score
      FROM events e ${w} GROUP BY e.day ORDER BY score DESC, e.day LIMIT ?`).all(...args, f.dates) as Row[];
    days.sort((x, y) => String(x.date).localeCompare(String(y.date)));
    const top = this.prep(`SELECT e.id, e.cameo, e.plover, e.quad, e.goldstein, e.factuality, e.source_code, e.source_name, e.target_code, e.target_name,
        e.trigger_text, e.loc_name, e.sentence_start, e.sentence_end, a.ext_id AS article, a.text
      FROM events e JOIN articles a ON a.id = e.article_id ${w} AND e.day = ?
      ORDER BY (e.factuality = 'asserted') DESC, abs(e.goldstein) DESC, e.id LIMIT 10`);
    return days.map((d) => {
      const evs = top.all(...args, d.date) as Row[];
      const first = evs[0];
      return {
        date: d.date, score: d.score, articles: d.articles, count: d.events,
        summary: first ? (first.text as string).slice(first.sentence_start as number, first.sentence_end as number).trim() : '',
        events: evs.map(({ text: _t, sentence_start: _s, sentence_end: _e, ...rest }) => rest),
      };
    });
  }

  /** Goldstein-weighted series for a dyad (both directions), or one actor against all, per day, week or month. */
  escalation(f: { a: string; b?: string; by: string; from?: string; to?: string }): Row[] {
    const side = (p: 'source' | 'target') => `(e.${p}_code LIKE ? OR e.${p}_name LIKE ?)`;
    const m = (x: string) => [`${x}%`, `%${x}%`];
    let where: string;
    let args: unknown[];
    if (f.b) {
      where = `((${side('source')} AND ${side('target')}) OR (${side('source')} AND ${side('target')}))`;
      args = [...m(f.a), ...m(f.b), ...m(f.b), ...m(f.a)];
    } else {
      where = `(${side('source')} OR ${side('target')})`;
      args = [...m(f.a), ...m(f.a)];
    }
    if (f.from) { where += ' AND e.day >= ?'; args.push(f.from); }
    if (f.to) { where += ' AND e.day <= ?'; args.push(f.to); }
    const rows = this.prep(`SELECT e.day, e.quad, count(*) AS n, sum(e.goldstein) AS g FROM events e WHERE ${where}
      GROUP BY e.day, e.quad ORDER BY e.day`).all(...args) as { day: string; quad: number; n: number; g: number }[];
    const out = new Map<string, { period: string; events: number; goldstein: number; quad: Record<string, number> }>();
    for (const r of rows) {
      const period = f.by === 'month' ? `${r.day.slice(0, 7)}-01` : f.by === 'week' ? weekOf(r.day) : r.day;
      let p = out.get(period);
      if (!p) out.set(period, (p = { period, events: 0, goldstein: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 } }));
      p.events += r.n;
      p.goldstein += r.g;
      p.quad[r.quad] = (p.quad[r.quad] ?? 0) + r.n;
    }
    return [...out.values()].map((p) => ({ ...p, goldstein: round(p.goldstein), mean: round(p.goldstein / p.events) }));
  }

  /** Actors as nodes, (undirected) pairs as edges weighted by events and signed by mean Goldstein. */
  network(f: { actor?: string; from?: string; to?: string; limit: number }): { nodes: Row[]; edges: Row[] } {
    const where = ['e.source_code IS NOT NULL', 'e.target_code IS NOT NULL'];
    const args: unknown[] = [];
    if (f.actor) { where.push(ACTOR_SQL); args.push(`${f.actor}%`, `${f.actor}%`, `%${f.actor}%`, `%${f.actor}%`); }
    if (f.from) { where.push('e.day >= ?'); args.push(f.from); }
    if (f.to) { where.push('e.day <= ?'); args.push(f.to); }
    const rows = this.prep(`SELECT coalesce(e.source_name, e.source_code) AS s, e.source_code AS sc, coalesce(e.target_name, e.target_code) AS t,
        e.target_code AS tc, count(*) AS n, sum(e.goldstein) AS g, sum(e.quad >= 3) AS conflict
      FROM events e WHERE ${where.join(' AND ')} GROUP BY s, t ORDER BY n DESC LIMIT 20000`).all(...args) as
      { s: string; sc: string; t: string; tc: string; n: number; g: number; conflict: number }[];
    const edges = new Map<string, { source: string; target: string; events: number; goldstein: number; conflict: number }>();
    const nodes = new Map<string, { id: string; code: string; events: number }>();
    for (const r of rows) {
      if (r.s === r.t) continue;
      const [x, y] = r.s < r.t ? [r.s, r.t] : [r.t, r.s];
      const k = `${x}\u0000${y}`;
      let e = edges.get(k);
      if (!e) edges.set(k, (e = { source: x, target: y, events: 0, goldstein: 0, conflict: 0 }));
      e.events += r.n;
      e.goldstein += r.g;
      e.conflict += r.conflict;
      for (const [id, code] of [[r.s, r.sc], [r.t, r.tc]] as const) {
        const nd = nodes.get(id) ?? { id, code, events: 0 };
        nd.events += r.n;
        nodes.set(id, nd);
      }
    }
    const top = [...edges.values()].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source)).slice(0, f.limit);
    const used = new Set(top.flatMap((e) => [e.source, e.target]));
    return {
      nodes: [...nodes.values()].filter((n) => used.has(n.id)),
      edges: top.map((e) => ({ ...e, goldstein: round(e.goldstein), sign: e.goldstein < 0 ? -1 : 1 })),
    };
  }
}

const ACTOR_SQL = '(e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_name LIKE ? OR e.target_name LIKE ?)';

function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - dow * 86400000).toISOString().slice(0, 10);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
