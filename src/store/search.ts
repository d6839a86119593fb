// Full-text search over titles and texts. FTS5 ranks by bm25 (ORDER BY rank): it scores every match before the
// LIMIT, most of a request's cost on a common word (~8,700 matches: ~7 ms, ~1 ms just to list them). A query of
// one plain word is answered instead from statistics kept beside the index (the search_* tables, schema.ts
// migration 10): per term, its documents grouped by frequency and sorted by length, so the best `offset + limit`
// come first without scoring the rest. The scores are FTS5's own formula and arithmetic, ties by rowid as its
// sorter keeps them: the same pages, with FTS5's snippets. Anything else (phrases, several words, OR, NOT,
// prefixes, non-ASCII words) runs through FTS5 as before.
import type Database from 'better-sqlite3';
import { SEARCH_KEEP } from './schema.js';

export interface SearchHit {
  id: string;
  date: string;
  title: string | null;
  snippet: string;
}

export interface SearchFilter {
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

// The columns every hit has, as FTS5 path and the ranked path both select them.
const HIT = `a.ext_id AS id, a.date, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid`;
const HIT_ROWID = HIT.replace(' AS snippet', ' AS snippet, articles_fts.rowid');

/** Full-text search (FTS5 query syntax; plain words are ANDed), best bm25 first. */
export function search(db: Database.Database, query: string, f: SearchFilter): SearchHit[] {
  const match = ftsQuery(query);
  const st = statements(db);
  const term = keptTerm(match);
  if (term !== undefined && st.kept) {
    // One read transaction: the statistics, the postings and the snippets of one state of the store.
    const hits = db.transaction(() => {
      const r = ranked(st, term, f);
      return r && page(st, match, r.docs.slice(f.offset).map((t) => t[1]), r.density);
    })();
    if (hits) return hits;
  }
  const where = ['articles_fts MATCH ?'];
  const args: unknown[] = [match];
  if (f.from) { where.push('a.date >= ?'); args.push(f.from); }
  if (f.to) { where.push('a.date <= ?'); args.push(f.to); }
  return st.prep(`SELECT ${HIT} WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ? OFFSET ?`).all(...args, f.limit, f.offset) as SearchHit[];
}

/**
 * The [bm25, rowid] of the first `offset + limit` documents of a one-word query as the kept statistics rank them,
 * or undefined where FTS5 answers (tests compare them with FTS5's own bm25()).
 */
export function rankedDocs(db: Database.Database, query: string, f: SearchFilter): [number, number][] | undefined {
  const st = statements(db);
  const term = keptTerm(ftsQuery(query));
  return term !== undefined && st.kept ? db.transaction(() => ranked(st, term, f)?.docs)() : undefined;
}

/** The term of a one-word query: an ASCII word is one token to unicode61 (the default tokenizer), in lower case. */
function keptTerm(match: string): string | undefined {
  return /^"([A-Za-z0-9]+)"$/.exec(match)?.[1]!.toLowerCase();
}

const keepers = new WeakMap<Database.Database, ((inserted: number) => void) | null>();

/**
 * After a batch of `inserted` articles, before it commits: keep the statistics of the articles the insert trigger
 * left waiting (SEARCH_KEEP; a reader meeting waiting articles lets FTS5 answer), and let FTS5 merge its index
 * segments, up to 4 pages of work a new article (~28 times the pages it adds). Batches leave segments behind (16
 * on the bench store) and every FTS5 query, the kept path's snippets included, looks its terms up in each: ~90 µs
 * a query with 16, ~15 µs with one. The bench store (13,000 articles in 26 batches) ends with one segment, for
 * ~0.05 ms of CPU an article.
 */
export function keepSearch(db: Database.Database, inserted: number): void {
  let keep = keepers.get(db);
  if (keep === undefined) {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_stage'").get() !== undefined) {
      const waiting = db.prepare('SELECT 1 FROM search_stage LIMIT 1').pluck();
      const merge = db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', ?)");
      keep = (n) => {
        if (waiting.get() !== undefined) db.exec(SEARCH_KEEP);
        if (n > 0) merge.run(-4 * n); // negative: every segment may merge, not only full levels
      };
    } else {
      keep = null;
    }
    keepers.set(db, keep);
  }
  keep?.(inserted);
}

/** Quote each bare word so user text like "U.S." or "Blinken's" is not read as FTS5 syntax. */
export function ftsQuery(q: string): string {
  if (/["*():^]|\b(AND|OR|NOT|NEAR)\b/.test(q)) return q; // the user wrote FTS5 syntax on purpose
  return q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

// FTS5's bm25 constants (fts5Bm25Function): k1 and b, default column weights 1.
const K1 = 1.2;
const B = 0.75;

/** A run of a term's documents with one frequency, read in order of length (the best score first). */
interface Group {
  tf: number;
  rows: number[][]; // [dl, doc] fetched, not yet taken
  at: number;
  done: boolean; // nothing more to fetch
  opened: boolean;
  key: number; // the score of rows[at], or before opening a bound no row of the group beats
  doc: number;
}

/**
 * The page of a one-term query by bm25, exactly as FTS5 computes it: idf * tf * (k1 + 1) / (tf + k1 * (1 - b +
 * b * dl / avgdl)), negated, ascending, ties by rowid. Within a group (one tf) the score only worsens as dl grows
 * and one length is read in rowid order, so each group is a stream sorted as FTS5 sorts; the streams are merged
 * by their heads until `offset + limit` hits are taken. A group is read only once its best possible score (dl = 0)
 * could come next. Undefined (FTS5 answers) in the one case a stream could be out of order: two lengths of one
 * group rounding to the same score (dl + 1 scoring as dl), which needs lengths of the order of 10^13 tokens.
 */
function ranked(st: Statements, term: string, f: SearchFilter): { docs: [number, number][]; density: number } | undefined {
  const need = f.offset + f.limit;
  // As fts5Bm25GetData: avgdl and the idf (log by SQLite's ln, the same C library call as FTS5's log).
  const [list, hits, docs, tokens, ln, staged] = st.stats.get(term) as [string, number | null, number, number, number, number];
  if (staged) return undefined; // articles written but not kept yet (a writer's batch in progress)
  if (!hits || f.limit <= 0) return { docs: [], density: 0 };
  const tfs = JSON.parse(list) as number[][]; // [tf, documents]
  const avgdl = tokens / docs;
  const idf = ln <= 0.0 ? 1e-6 : ln;
  // The same operations in the same order as fts5Bm25Function's C, so the same doubles (on x86-64; a compiler fusing
  // multiply-adds, as some arm64 builds may, would differ in the last bit: test/search.test.ts compares them).
  const score = (tf: number, dl: number): number => {
    let s = 0.0;
    s += idf * ((tf * (K1 + 1.0)) / (tf + K1 * (1 - B + (B * dl) / avgdl)));
    return -1.0 * s;
  };
  const taken: [number, number][] = []; // [score, doc]
  const filtered = !!(f.from || f.to); // as the FTS5 path: an empty bound is no bound
  const fetch = filtered ? st.fetchDated : st.fetch;
  const read = (g: Group): void => {
    const last = g.rows[g.rows.length - 1];
    // A group's first read is short: several groups open early (on their bounds) and most are not read far.
    const chunk = last ? Math.max(16, need - taken.length) : Math.min(32, Math.max(16, need - taken.length));
    const args: unknown[] = [term, g.tf, last ? last[0] : -1, last ? last[1] : -1];
    if (filtered) args.push(f.from || null, f.from || null, f.to || null, f.to || null);
    g.rows = fetch.all(...args, chunk) as number[][];
    g.at = 0;
    g.done = g.rows.length < chunk;
  };
  const head = (g: Group): boolean => {
    if (g.at >= g.rows.length) {
      if (g.done) return false;
      read(g);
      if (!g.rows.length) return false;
    }
    const r = g.rows[g.at]!;
    g.key = score(g.tf, r[0]!);
    g.doc = r[1]!;
    return true;
  };
  // Heads in a small binary heap by (key, doc); unopened groups carry their bound and doc -1 (opened first on ties).
  const heap: Group[] = [];
  const less = (a: Group, b: Group) => a.key < b.key || (a.key === b.key && a.doc < b.doc);
  const push = (g: Group) => {
    let i = heap.push(g) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Group => {
    const top = heap[0]!;
    const end = heap.pop()!;
    if (heap.length) {
      heap[0] = end;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (const [tf] of tfs) push({ tf: tf!, rows: [], at: 0, done: false, opened: false, key: score(tf!, 0), doc: -1 });
  while (heap.length && taken.length < need) {
    const top = pop();
    if (top.opened) {
      const dl = top.rows[top.at]![0]!;
      if (score(top.tf, dl + 1) === top.key) return undefined;
      taken.push([top.key, top.doc]);
      top.at++;
    } else {
      top.opened = true;
    }
    if (head(top)) push(top);
  }
  return { docs: taken, density: hits / docs };
}

/** Documents between two of a page's hits above which they are read by two FTS5 queries rather than one. */
const GAP = 300;

/**
 * The hits (with FTS5's snippets) of a page's documents, in the page's order. Each FTS5 query costs a lookup of
 * the term in every index segment (~15-120 µs), so neighbouring documents share one query over their rowid range,
 * filtered to the page; a gap wider than GAP matching documents (estimated from the term's density) splits it.
 */
function page(st: Statements, match: string, docs: number[], density: number): SearchHit[] {
  const byDoc = new Map<number, SearchHit>();
  const sorted = [...docs].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && (sorted[j]! - sorted[j - 1]!) * density <= GAP) j++;
    const rows = (j - i === 1 ? st.hit.all(match, sorted[i]) : st.hits.all(match, sorted[i], sorted[j - 1], JSON.stringify(sorted.slice(i, j)))) as unknown[][];
    for (const r of rows) byDoc.set(r[4] as number, { id: r[0] as string, date: r[1] as string, title: r[2] as string | null, snippet: r[3] as string });
    i = j;
  }
  return docs.map((d) => byDoc.get(d)!);
}

interface Statements {
  prep: (sql: string) => Database.Statement;
  kept: boolean;
  stats: Database.Statement;
  fetch: Database.Statement;
  fetchDated: Database.Statement;
  hit: Database.Statement;
  hits: Database.Statement;
}

const byDb = new WeakMap<Database.Database, Statements>();

/** Prepared statements per connection; the kept statistics are used only in a store that has them. */
function statements(db: Database.Database): Statements {
  let st = byDb.get(db);
  if (st) return st;
  const cache = new Map<string, Database.Statement>();
  const prep = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      if (cache.size > 100) cache.clear();
      cache.set(sql, (s = db.prepare(sql)));
    }
    return s;
  };
  const kept = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_postings'").get() !== undefined;
  const later = undefined as unknown as Database.Statement;
  st = { prep, kept, stats: later, fetch: later, fetchDated: later, hit: later, hits: later };
  if (kept) {
    // The term's groups [[tf, documents]...], its documents, the corpus totals and the idf's log, in one statement.
    st.stats = db.prepare(`SELECT json_group_array(json_array(g.tf, g.n)), sum(g.n), t.docs, t.tokens, ln((t.docs - sum(g.n) + 0.5) / (sum(g.n) + 0.5)),
      EXISTS (SELECT 1 FROM search_stage) FROM search_totals t LEFT JOIN search_tf g ON g.term = ?`).raw();
    // After the last row read (dl, doc), the next rows of a group; dated: of articles in [from, to].
    st.fetch = db.prepare('SELECT dl, doc FROM search_postings WHERE term = ? AND tf = ? AND (dl, doc) > (?, ?) ORDER BY dl, doc LIMIT ?').raw();
    st.fetchDated = db.prepare(`SELECT p.dl, p.doc FROM search_postings p JOIN articles a ON a.id = p.doc
      WHERE p.term = ? AND p.tf = ? AND (p.dl, p.doc) > (?, ?) AND (? IS NULL OR a.date >= ?) AND (? IS NULL OR a.date <= ?)
      ORDER BY p.dl, p.doc LIMIT ?`).raw();
    // An integer: FTS5 ignores a rowid constraint of another type (JS numbers bind as REAL) and answers every match.
    st.hit = db.prepare(`SELECT ${HIT_ROWID} WHERE articles_fts MATCH ? AND articles_fts.rowid = CAST(? AS INTEGER)`).raw();
    // The range goes to FTS5; the list (an expression FTS5 is not offered) filters before any snippet is made.
    st.hits = db.prepare(`SELECT ${HIT_ROWID} WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)
      AND articles_fts.rowid + 0 IN (SELECT value FROM json_each(?))`).raw();
  }
  byDb.set(db, st);
  return st;
}
