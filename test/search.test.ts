// Full-text search (src/store/search.ts): a one-word query is ranked from the kept statistics (search_* tables),
// which must give FTS5's own pages and bm25 values exactly, after an incremental ingest, a backfill and a delete;
// phrases, OR, NOT and the rest still go through FTS5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Store, type StoredInput } from '../src/store/index.js';
import { migrations } from '../src/store/schema.js';
import { rankedDocs, type SearchFilter } from '../src/store/search.js';
import { readInputs } from '../src/ingest/index.js';
import { repoRoot } from '../src/util/paths.js';
import type { Article } from '../src/model/index.js';
import { seedArticle, withStore } from './fixtures.js';

// Short wire-style reports (our own), with the two examples and the seed article: words repeated in some, titles
// that repeat the text's words, different lengths and dates.
const own: Article[] = [
  { id: 'troops-border', date: '2022-01-10', title: 'Troops mass at the border',
    text: 'Russia has moved more troops to the border with Ukraine. Satellite images show troops, tanks and artillery near Yelnya.' },
  { id: 'tanks-column', date: '2022-02-24', title: 'Tank columns cross into Ukraine',
    text: 'Columns of tanks crossed the border before dawn. Ukrainian officials said Russian troops attacked from the north, east and south.' },
  { id: 'sanctions-eu', date: '2022-02-26', title: 'EU agrees new sanctions',
    text: 'European Union foreign ministers agreed new sanctions on Russian banks. "These sanctions will bite," the EU foreign policy chief said.' },
  { id: 'nato-summit', date: '2022-03-24', title: 'NATO leaders meet in Brussels',
    text: 'NATO leaders met in Brussels and agreed to send more troops to the alliance\'s eastern flank. Stoltenberg said NATO would defend every inch of allied territory.' },
  { id: 'geneva-short', date: '2021-06-16', title: 'Biden and Putin meet in Geneva',
    text: 'Biden and Putin met in Geneva for their first summit.' },
  { id: 'talks-istanbul', date: '2022-03-29', title: 'Talks in Istanbul',
    text: 'Russian and Ukrainian negotiators held talks in Istanbul. Both sides said the talks were constructive, but fighting continued.' },
];

async function corpus(): Promise<Article[]> {
  const out: Article[] = [seedArticle()];
  for await (const item of readInputs([join(repoRoot, 'examples', 'geneva-reports.jsonl')])) if ('article' in item) out.push(item.article);
  // Two copies of one report under other ids: equal scores, which FTS5 orders by rowid.
  const copies = [1, 2].map((i) => ({ ...own[4]!, id: `geneva-short-${i}`, date: `2022-0${i}-15` }));
  return [...out, ...own.slice(0, 5), ...copies, ...own.slice(5)];
}

const stored = (a: Article): StoredInput => ({ article: a, annotation: { anchor: a.date, entities: [], timexes: [], events: [], quotes: [] }, hash: `h-${a.id}` });

/** FTS5's own answer: the query the store ran for every search before it kept statistics. */
function reference(db: Database.Database, match: string, f: Partial<SearchFilter> = {}): unknown[] {
  const where = ['articles_fts MATCH ?'];
  const args: unknown[] = [match];
  if (f.from) { where.push('a.date >= ?'); args.push(f.from); }
  if (f.to) { where.push('a.date <= ?'); args.push(f.to); }
  return db.prepare(`SELECT a.ext_id AS id, a.date, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ? OFFSET ?`)
    .all(...args, f.limit ?? 100, f.offset ?? 0);
}

/** FTS5's bm25 and rowid of a query's first offset + limit matches, in its order. */
function bm25(db: Database.Database, match: string, f: Partial<SearchFilter> = {}): [number, number][] {
  return db.prepare(`SELECT bm25(articles_fts), a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ? AND (? IS NULL OR a.date >= ?) AND (? IS NULL OR a.date <= ?) ORDER BY rank LIMIT ?`)
    .raw().all(match, f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null, (f.offset ?? 0) + (f.limit ?? 100)) as [number, number][];
}

/** Every ASCII word of the index (from FTS5's vocabulary, not from the kept tables). */
function words(db: Database.Database): string[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, articles_fts, row)');
  return (db.prepare("SELECT term FROM temp.search_words WHERE term NOT GLOB '*[^a-z0-9]*'").pluck().all() as string[]);
}

/** Every one-word query of the corpus, on several pages and date windows, as FTS5 answers it (and by the kept path). */
function sameAsFts5(s: Store): number {
  const pages: Partial<SearchFilter>[] = [{}, { limit: 3 }, { limit: 2, offset: 1 }, { limit: 4, offset: 5 }, { from: '2022-01-20' },
    { to: '2022-01-31', limit: 2 }, { from: '2022-02-01', to: '2022-03-01' }, { from: '2030-01-01' }];
  let n = 0;
  for (const w of words(s.db)) {
    for (const f of pages) {
      for (const q of [w, w[0]!.toUpperCase() + w.slice(1)]) {
        assert.deepEqual(s.search(q, f), reference(s.db, `"${w}"`, f), `${q} ${JSON.stringify(f)}`);
        n++;
      }
      const full = { limit: 100, offset: 0, ...f };
      assert.deepEqual(rankedDocs(s.db, w, full), bm25(s.db, `"${w}"`, full), `bm25 of ${w} ${JSON.stringify(f)}`);
    }
  }
  return n;
}

/** The kept statistics with documents named by article id (rowids differ between stores). */
function kept(db: Database.Database): unknown {
  return {
    postings: db.prepare('SELECT p.term, p.tf, p.dl, a.ext_id FROM search_postings p JOIN articles a ON a.id = p.doc ORDER BY 1, 4').raw().all(),
    tf: db.prepare('SELECT term, tf, n FROM search_tf ORDER BY 1, 2').raw().all(),
    totals: db.prepare('SELECT docs, tokens FROM search_totals').raw().all(),
  };
}

function withStores(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-search-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('one-word searches rank by bm25 exactly as FTS5 does, page by page and within date windows', async () => {
  const articles = await corpus();
  withStore((s) => {
    s.insert(articles.map(stored));
    // Kept statistics answer, and they are FTS5's: same pages, same bm25 values (float for float).
    assert.ok(rankedDocs(s.db, 'troops', { limit: 5, offset: 0 }));
    assert.ok(sameAsFts5(s) > 500);
    // The short report saying "troops" twice beside its title ranks first; an article without the word never shows.
    const troops = s.search('troops');
    assert.equal(troops[0]!.id, 'troops-border');
    assert.match(troops[0]!.snippet, /\[troops\]/i);
    assert.ok(!troops.some((h) => h.id === 'sanctions-eu'));
    // Date windows restrict, they do not reorder.
    const inWindow = s.search('Blinken', { from: '2022-01-20', to: '2022-01-31' });
    assert.deepEqual(inWindow.map((h) => h.id), s.search('Blinken').filter((h) => h.date >= '2022-01-20' && h.date <= '2022-01-31').map((h) => h.id));
    assert.ok(inWindow.length >= 1);
    assert.deepEqual(s.search('zzzz'), []);
    // The copies tie with the original: by rowid, as stored.
    const summit = s.search('summit').map((h) => h.id);
    assert.deepEqual(summit.filter((id) => id.startsWith('geneva-short')), ['geneva-short', 'geneva-short-1', 'geneva-short-2']);
  });
});

test('phrases, OR, NOT, several words and non-ASCII words go through FTS5 as before', async () => {
  const articles = await corpus();
  withStore((s) => {
    s.insert(articles.map(stored));
    for (const q of ['"Secretary of State"', 'troops OR tanks', 'Blinken NOT Geneva', 'Russian troops', 'troop*', 'U.S.', 'Zelenskyy\'s', 'Kyïv']) {
      assert.equal(rankedDocs(s.db, q, { limit: 100, offset: 0 }), undefined, q);
    }
    const phrase = s.search('"Secretary of State"').map((h) => h.id);
    assert.ok(phrase.includes('geneva-talks-2022-01-22') && phrase.includes('kyiv-visit-2022-01-19'));
    assert.ok(!phrase.includes('troops-border'));
    const either = s.search('troops OR tanks').map((h) => h.id);
    assert.ok(either.includes('tanks-column') && either.includes('troops-border') && either.includes('nato-summit'));
    const not = s.search('Blinken NOT Geneva').map((h) => h.id);
    assert.ok(not.includes('kyiv-visit-2022-01-19') && !not.includes('geneva-talks-2022-01-22'));
    for (const [q, match] of [['"Secretary of State"', '"Secretary of State"'], ['troops OR tanks', 'troops OR tanks'], ['Russian troops', '"Russian" "troops"']] as const) {
      assert.deepEqual(s.search(q, { limit: 3, offset: 1 }), reference(s.db, match, { limit: 3, offset: 1 }));
    }
    // The word "Kyïv" folds to the token "kyiv" in FTS5: the same articles as "Kyiv".
    assert.deepEqual(s.search('Kyïv').map((h) => h.id), s.search('Kyiv').map((h) => h.id));
  });
});

test('statistics kept through an incremental ingest equal one ingest and the migration\'s backfill', async () => {
  const articles = await corpus();
  withStores((dir) => {
    const one = new Store(join(dir, 'one.db'));
    const two = new Store(join(dir, 'two.db'));
    try {
      one.insert(articles.map(stored));
      two.insert(articles.slice(0, 4).map(stored));
      assert.deepEqual(two.insert(articles.slice(2).map(stored)), { inserted: articles.length - 4, duplicates: 2 });
      assert.deepEqual(kept(two.db), kept(one.db));
      sameAsFts5(two);
      // A store filled before the statistics existed: the migration builds them from the FTS5 index.
      const file = join(dir, 'old.db');
      const old = new Database(file);
      const at = migrations.findIndex((m) => m.includes('CREATE TABLE search_postings'));
      assert.ok(at > 0);
      for (const m of migrations.slice(0, at)) old.exec(m);
      old.pragma(`user_version = ${at}`);
      const ins = old.prepare('INSERT INTO articles (ext_id, hash, date, anchor, title, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const a of articles) ins.run(a.id, `h-${a.id}`, a.date, a.date, a.title ?? null, a.text, '2026-12-03');
      old.close();
      const migrated = new Store(file);
      try {
        assert.deepEqual(kept(migrated.db), kept(one.db));
        sameAsFts5(migrated);
      } finally {
        migrated.close();
      }
    } finally {
      one.close();
      two.close();
    }
  });
});

test('deleting an article takes it out of the statistics, as if it had never been stored', async () => {
  const articles = await corpus();
  const gone = articles.find((a) => a.id === 'kyiv-visit-2022-01-19')!;
  withStores((dir) => {
    const all = new Store(join(dir, 'all.db'));
    const without = new Store(join(dir, 'without.db'));
    try {
      all.insert(articles.map(stored));
      without.insert(articles.filter((a) => a !== gone).map(stored));
      all.db.prepare('DELETE FROM articles WHERE ext_id = ?').run(gone.id);
      assert.deepEqual(kept(all.db), kept(without.db));
      assert.ok(!all.search('Kyiv').some((h) => h.id === gone.id));
      sameAsFts5(all);
      // Stored again (re-ingest): back in the statistics.
      all.insert([stored(gone)]);
      assert.ok(all.search('Kyiv').some((h) => h.id === gone.id));
      sameAsFts5(all);
      // Written past Store.insert, its postings wait staged: FTS5 answers meanwhile, and a delete keeps them first.
      const late = own[0]!;
      all.db.prepare('INSERT INTO articles (ext_id, hash, date, anchor, title, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run('late', 'h-late', late.date, late.date, late.title, late.text, '2026-12-03');
      without.insert([stored({ ...late, id: 'late' })]);
      assert.equal(rankedDocs(all.db, 'troops', { limit: 5, offset: 0 }), undefined);
      assert.deepEqual(all.search('troops'), reference(all.db, '"troops"'));
      all.db.prepare('DELETE FROM articles WHERE ext_id = ?').run(gone.id);
      without.db.prepare('DELETE FROM articles WHERE ext_id = ?').run(gone.id);
      assert.deepEqual(kept(all.db), kept(without.db));
      assert.ok(rankedDocs(all.db, 'troops', { limit: 5, offset: 0 }));
      sameAsFts5(all);
    } finally {
      all.close();
      without.close();
    }
  });
});

test('equal scores from different frequencies tie by rowid, as FTS5 orders them', () => {
  // bm25 of "alpha" once in 10 tokens equals twice in 30 when the average length is 30 (exactly, in doubles too).
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  const once = { id: 'once', date: '2022-01-01', text: `alpha ${filler(9)}` };
  const twice = { id: 'twice', date: '2022-01-02', text: `alpha alpha ${filler(28)}` };
  const none = { id: 'none', date: '2022-01-03', text: filler(50) };
  for (const order of [[once, twice, none], [twice, once, none]]) {
    withStore((s) => {
      s.insert(order.map(stored));
      const ranked = rankedDocs(s.db, 'alpha', { limit: 10, offset: 0 })!;
      assert.equal(ranked[0]![0], ranked[1]![0]);
      assert.deepEqual(ranked, bm25(s.db, '"alpha"'));
      assert.deepEqual(s.search('alpha').map((h) => h.id), order.slice(0, 2).map((a) => a.id));
    });
  }
});
