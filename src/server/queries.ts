// Read queries the HTTP API needs beyond the Store's own: article listing and one actor in detail.
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
}
