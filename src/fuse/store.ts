// Fusion over the store, incremental: new articles get MinHash sketches (near-duplicates point at the earlier
// copy), new event mentions join fused events, and the counts of the fused events they touched are recomputed.
import type Database from 'better-sqlite3';
import { bandKeys, fromBlob, signature, similarity, toBlob } from './minhash.js';
import { Clusterer, type Cluster } from './cluster.js';
import { features, MAX_BAGS, type Features } from './match.js';
import { placeOf } from './place.js';
import { interval } from './dates.js';
import { contentWords } from './words.js';
import { ALL_DAYS, hasDayTables, markDays, refreshDays } from './days.js';

/** Estimated Jaccard of word 5-grams above which an article is a copy of an earlier one. */
export const DUPLICATE_SIMILARITY = 0.7;

export interface FuseStats {
  sketched: number;
  duplicates: number;
  mentions: number;
  fused: number;
  created: number;
}

/** Whether the store has the fusion tables (a database from before migration 2 opened read-only has not). */
export function hasFusion(db: Database.Database): boolean {
  // The statement is kept per connection: the API asks on every request, and preparing costs more than running.
  let st = fusionCheck.get(db);
  if (!st) fusionCheck.set(db, (st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_fusion'")));
  return st.get() !== undefined;
}
const fusionCheck = new WeakMap<Database.Database, Database.Statement>();

/** Bring fusion up to date with the stored articles and events; cheap when nothing is new. */
export function fuseNew(db: Database.Database, chunk: { articles?: number; mentions?: number } = {}): FuseStats {
  const stats: FuseStats = { sketched: 0, duplicates: 0, mentions: 0, fused: 0, created: 0 };
  if (db.readonly || !hasFusion(db) || upToDate(db)) return stats;
  // In bounded chunks, each an IMMEDIATE transaction (the write lock is taken before reading what is new, so two
  // processes never fuse the same mentions), so a reader fusing a backlog never blocks a running ingest for long.
  // Articles are sketched before their mentions are fused: counting copies needs the sketches.
  const articles = chunk.articles ?? CHUNK_ARTICLES;
  const mentions = chunk.mentions ?? CHUNK_MENTIONS;
  while (db.transaction(() => sketchNew(db, stats, articles)).immediate() === articles);
  while (db.transaction(() => fuseNewEvents(db, stats, mentions)).immediate() === mentions);
  refreshDays(db); // the per-day answers of the days that changed (src/fuse/days.ts)
  return stats;
}

const CHUNK_ARTICLES = 500;
const CHUNK_MENTIONS = 5000;

/**
 * Fast check: new rows get larger ids, so nothing is pending when the largest article and event ids are sketched
 * and fused and (in case a chunked run was interrupted) the counts agree.
 */
function upToDate(db: Database.Database): boolean {
  const r = db.prepare(`SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(article_id) FROM article_sketches) AS s,
    (SELECT max(id) FROM events) AS e, (SELECT max(event_id) FROM event_fusion) AS f`).get() as Record<string, number | null>;
  if (r.a !== r.s || r.e !== r.f) return false;
  if (hasDayTables(db) && db.prepare('SELECT 1 FROM day_dirty LIMIT 1').get()) return false;
  const c = db.prepare(`SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM article_sketches) AS s,
    (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM event_fusion) AS f`).get() as Record<string, number>;
  return c.a === c.s && c.e === c.f;
}

/** Forget all fusion and redo it from the stored mentions (after changing the rules, or deleting articles). */
export function refuse(db: Database.Database): FuseStats {
  db.transaction(() => {
    db.exec('DELETE FROM event_fusion; DELETE FROM fused_events; DELETE FROM article_bands; DELETE FROM article_sketches;');
    markDays(db, [ALL_DAYS]);
  })();
  return fuseNew(db);
}

/** Sketch up to `limit` articles that have no sketch yet; returns how many. */
function sketchNew(db: Database.Database, stats: FuseStats, limit: number): number {
  const fresh = db.prepare(`SELECT a.id, a.text FROM articles a LEFT JOIN article_sketches s ON s.article_id = a.id
    WHERE s.article_id IS NULL ORDER BY a.date, a.id LIMIT ?`).all(limit) as { id: number; text: string }[];
  if (!fresh.length) return 0;
  const candidates = db.prepare('SELECT DISTINCT article_id FROM article_bands WHERE band_key = ?').pluck();
  const sketchOf = db.prepare('SELECT minhash, dup_of FROM article_sketches WHERE article_id = ?');
  const insSketch = db.prepare('INSERT INTO article_sketches (article_id, minhash, dup_of, similarity) VALUES (?, ?, ?, ?)');
  const insBand = db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)');
  for (const { id, text } of fresh) {
    const sig = signature(text);
    const keys = bandKeys(sig);
    let best: { id: number; sim: number } | undefined;
    const seen = new Set<number>();
    for (const k of keys) {
      for (const other of candidates.all(k) as number[]) {
        if (seen.has(other)) continue;
        seen.add(other);
        const row = sketchOf.get(other) as { minhash: Buffer; dup_of: number | null } | undefined;
        if (!row) continue;
        const sim = similarity(sig, fromBlob(row.minhash));
        // Point at the original, not at another copy, so every copy of a story has one canonical article.
        if (sim >= DUPLICATE_SIMILARITY && (!best || sim > best.sim)) best = { id: row.dup_of ?? other, sim };
      }
    }
    insSketch.run(id, toBlob(sig), best?.id ?? null, best?.sim ?? null);
    if (best) stats.duplicates++;
    for (const k of keys) insBand.run(k, id);
    stats.sketched++;
  }
  return fresh.length;
}

interface MentionRow {
  id: number; article_id: number; sentence_start: number; sentence_end: number; anchor: string; cameo: string; plover: string; quad: number; goldstein: number; factuality: string;
  date: string | null; day: string; source_code: string | null; target_code: string | null;
  loc_name: string | null; loc_country: string | null; loc_lat: number | null; loc_lon: number | null;
}

/** Fuse up to `limit` mentions not fused yet, oldest articles first; returns how many. */
function fuseNewEvents(db: Database.Database, stats: FuseStats, limit: number): number {
  const fresh = db.prepare(`SELECT e.id, e.article_id, e.sentence_start, e.sentence_end, a.anchor, e.cameo, e.plover, e.quad, e.goldstein, e.factuality, e.date, e.day,
      e.source_code, e.target_code, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon
    FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_fusion f ON f.event_id = e.id
    WHERE f.event_id IS NULL ORDER BY a.date, e.article_id, e.trigger_start LIMIT ?`).all(limit) as MentionRow[];
  if (!fresh.length) return 0;
  const dayRows = db.prepare('SELECT * FROM fused_events WHERE day = ?');
  const memberSentences = db.prepare(`SELECT e.article_id, e.sentence_start, e.sentence_end FROM event_fusion x
    JOIN events e ON e.id = x.event_id WHERE x.fused_id = ? ORDER BY e.id LIMIT ${MAX_BAGS}`);
  const texts = articleTexts(db);
  const sentenceWords = (articleId: number, start: number, end: number, into?: Set<string>) =>
    contentWords(texts(articleId).slice(start, end), into);
  const clusterer = new Clusterer((day) => (dayRows.all(day) as Record<string, unknown>[]).map((row) => {
    const c = clusterFromRow(row);
    c.rep.bags = (memberSentences.all(c.id) as { article_id: number; sentence_start: number; sentence_end: number }[])
      .map((m) => sentenceWords(m.article_id, m.sentence_start, m.sentence_end));
    return c;
  }));
  const insFused = db.prepare(`INSERT INTO fused_events (cameo, plover, quad, goldstein, factuality, date, day, day_end,
    source_code, target_code, loc_name, loc_country, loc_lat, loc_lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updRep = db.prepare(`UPDATE fused_events SET factuality = ?, date = ?, day = ?, day_end = ?, source_code = ?, target_code = ?,
    loc_name = ?, loc_country = ?, loc_lat = ?, loc_lon = ? WHERE id = ?`);
  const link = db.prepare('INSERT INTO event_fusion (event_id, fused_id) VALUES (?, ?)');
  const touched = new Map<Cluster, MentionRow>();
  const pending: [eventId: number, cluster: Cluster][] = [];
  for (const m of fresh) {
    const f = features({
      plover: m.plover, cameo: m.cameo, factuality: m.factuality, date: m.date, day: m.day,
      source: m.source_code, target: m.target_code, place: placeOf(m.loc_name, m.loc_country, m.loc_lat, m.loc_lon),
      words: sentenceWords(m.article_id, m.sentence_start, m.sentence_end), anchor: m.anchor,
    });
    const c = clusterer.add(f);
    if (!touched.has(c)) touched.set(c, m);
    pending.push([m.id, c]);
    stats.mentions++;
  }
  // Every day a touched fused event was on or moves to gets its kept answers recomputed.
  const dayOf = db.prepare('SELECT day FROM fused_events WHERE id = ?').pluck();
  const days = new Set<string>();
  for (const [c, first] of touched) {
    const r = c.rep;
    const date = repDate(r, first);
    days.add(r.when.from);
    if (c.id >= 0) days.add(dayOf.get(c.id) as string);
    if (c.id < 0) {
      c.id = Number(insFused.run(first.cameo, first.plover, first.quad, first.goldstein, r.factuality, date, r.when.from, r.when.to,
        r.source, r.target, r.place?.name ?? null, r.place?.country ?? null, r.place?.lat ?? null, r.place?.lon ?? null).lastInsertRowid);
      stats.created++;
    } else {
      updRep.run(r.factuality, date, r.when.from, r.when.to, r.source, r.target, r.place?.name ?? null, r.place?.country ?? null,
        r.place?.lat ?? null, r.place?.lon ?? null, c.id);
    }
  }
  for (const [eventId, c] of pending) link.run(eventId, c.id);
  recount(db, [...touched.keys()].map((c) => c.id));
  markDays(db, days);
  stats.fused += touched.size;
  return fresh.length;
}

/** A TimeML value for the representative's interval: the day, else the member date it came from. */
function repDate(r: Features, m: MentionRow): string | null {
  if (r.when.days === 1) return r.dated ? r.when.from : null;
  return m.date && interval(m.date, m.day).from === r.when.from ? m.date : null;
}

function clusterFromRow(row: Record<string, unknown>): Cluster {
  const rep = features({
    plover: row.plover as string, cameo: row.cameo as string, factuality: row.factuality as string,
    date: row.date as string | null, day: row.day as string,
    source: row.source_code as string | null, target: row.target_code as string | null,
    place: placeOf(row.loc_name as string | null, row.loc_country as string | null, row.loc_lat as number | null, row.loc_lon as number | null),
  });
  // A stored interval wider than its date value (coarse dates) is kept as stored.
  rep.when = { from: row.day as string, to: row.day_end as string, days: rep.when.days };
  return { id: row.id as number, rep, members: row.mentions as number };
}

/**
 * Recompute counts of fused events from their mentions. Copies count once: an article that is a near-duplicate
 * of another reporting article, or whose every mention of the event is a sentence already seen in an earlier
 * article (an updated wire story, a reprinted paragraph), is a copy. `articles` are the other articles,
 * `mentions` their mentions, `duplicates` the copies, `sources` distinct outlets (source field, else URL host,
 * else the article itself). First and last reported dates span every mention, copies included.
 */
export function recount(db: Database.Database, ids: number[]): void {
  if (!ids.length) return;
  const members = db.prepare(`SELECT e.article_id AS article, s.dup_of AS dup, a.date AS date, a.source AS source, a.url AS url,
      e.sentence_start AS ss, e.sentence_end AS se
    FROM event_fusion f JOIN events e ON e.id = f.event_id JOIN articles a ON a.id = e.article_id
    LEFT JOIN article_sketches s ON s.article_id = e.article_id WHERE f.fused_id = ? ORDER BY a.date, a.id, e.trigger_start`);
  const upd = db.prepare(`UPDATE fused_events SET mentions = ?, articles = ?, sources = ?, duplicates = ?,
    first_reported = ?, last_reported = ? WHERE id = ?`);
  // The names and texts the mentions give source and target (as migration 4 fills them), so analyses that
  // match actors by name read fused_events alone.
  const names = db.prepare(`UPDATE fused_events SET
    source_names = (SELECT group_concat(DISTINCT e.source_name) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    source_texts = (SELECT group_concat(DISTINCT e.source_text) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    target_names = (SELECT group_concat(DISTINCT e.target_name) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    target_texts = (SELECT group_concat(DISTINCT e.target_text) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id)
    WHERE id = ?`);
  const text = articleTexts(db);
  for (const id of ids) {
    const rows = members.all(id) as { article: number; dup: number | null; date: string; source: string | null; url: string | null; ss: number; se: number }[];
    const present = new Set(rows.map((r) => r.article));
    const byArticle = new Map<number, typeof rows>();
    for (const r of rows) {
      const list = byArticle.get(r.article) ?? [];
      byArticle.set(r.article, list);
      list.push(r);
    }
    const seenSentences = new Set<string>();
    const sources = new Set<string>();
    let mentions = 0;
    let articles = 0;
    let copies = 0;
    for (const [article, list] of byArticle) {
      const keys = list.map((r) => text(r.article).slice(r.ss, r.se).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      const dup = list[0]!.dup;
      const copy = (dup != null && present.has(dup)) || keys.every((k) => seenSentences.has(k));
      keys.forEach((k) => seenSentences.add(k));
      if (copy) {
        copies++;
        continue;
      }
      articles++;
      mentions += list.length;
      const r = list[0]!;
      sources.add(r.source || hostOf(r.url) || `#${dup ?? article}`);
    }
    const first = rows.length ? rows[0]!.date : null;
    const last = rows.length ? rows.reduce((m, r) => (r.date > m ? r.date : m), rows[0]!.date) : null;
    upd.run(mentions, articles, sources.size, copies, first, last, id);
    names.run(id);
  }
}

/** Article texts by id, read once each (a fusion batch touches the same articles many times). */
function articleTexts(db: Database.Database): (id: number) => string {
  const stmt = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
  const cache = new Map<number, string>();
  return (id) => {
    let t = cache.get(id);
    if (t === undefined) {
      if (cache.size > 5000) cache.clear();
      cache.set(id, (t = (stmt.get(id) as string | undefined) ?? ''));
    }
    return t;
  };
}

function hostOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
