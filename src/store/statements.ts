// Statements prepared once per connection and SQL text: the API and the analyses run a few fixed shapes per
// request, and preparing costs more than running most of them.
import type Database from 'better-sqlite3';

const kept = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for this SQL on this connection; `raw` ones return rows as arrays (set once, when prepared). */
export function prepared(db: Database.Database, sql: string, raw = false): Database.Statement {
  let m = kept.get(db);
  if (!m) kept.set(db, (m = new Map()));
  const key = raw ? `raw\u0000${sql}` : sql;
  let st = m.get(key);
  if (!st) {
    if (m.size >= 500) m.clear(); // a bound, should callers ever vary the text
    m.set(key, (st = raw ? db.prepare(sql).raw(true) : db.prepare(sql)));
  }
  return st;
}
