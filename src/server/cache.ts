// JSON answers kept by URL until the database changes. SQLite's data_version changes whenever another
// connection commits (an ingest running beside the server), so a stale answer is never served.
import type Database from 'better-sqlite3';

const MAX_ENTRIES = 2000;
const MAX_BODY = 1 << 20;

export class ResponseCache {
  private readonly map = new Map<string, string>();
  private readonly version: Database.Statement;
  private seen: number;

  constructor(db: Database.Database) {
    this.version = db.prepare('PRAGMA data_version').pluck();
    this.seen = this.version.get() as number;
  }

  private fresh(): void {
    const v = this.version.get() as number;
    if (v !== this.seen) {
      this.seen = v;
      this.map.clear();
    }
  }

  get(key: string): string | undefined {
    this.fresh();
    const v = this.map.get(key);
    if (v !== undefined) {
      // Least recently used goes first: re-insert on use.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, body: string): void {
    if (body.length > MAX_BODY) return;
    this.map.set(key, body);
    if (this.map.size > MAX_ENTRIES) this.map.delete(this.map.keys().next().value!);
  }
}
