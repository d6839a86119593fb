// Placings kept by fusion (migration 8), so an itinerary is an indexed read with little work per event: every
// event that can place a person (the itinerary's own tests) once per name it can place, packed per (name, day)
// as integers, with its evidence sentence already cut and normalised. Kept with the other per-day answers
// (src/fuse/days.ts): a day listed in day_dirty is recomputed here, and a reader whose window holds a listed day
// computes live (src/analyze/itinerary.ts).
import type Database from 'better-sqlite3';

/** Event types that put their participants somewhere: consultations (04x) and signing agreements (057). */
export const PRESENCE = /^(04|057)/;
/** Triggers of a meeting in person (not a phone call or a statement). */
export const MEETING = /^(meet|met|meeting|meetings|talks|held talks|hosted|host|visit|visited|visits)\b/i;
/** An event date that names a day. */
export const DAY = /^\d{4}-\d{2}-\d{2}/;

// The WHERE terms of migration 7's partial indexes, word for word (the planner uses a partial index only for a
// query that repeats its terms). PLACING: dated to a day, real, and with a place or a meeting with a government
// (a LIKE superset of MEETING); the itinerary decides.
export const PLACING = `date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')))`;
export const VISIT = "source_code IS NULL AND source_text IS NULL AND cameo GLOB '04[23]*'";
export const CONTACT = "cameo GLOB '04*' AND source_code IS NOT NULL";

/** Record flags: how the event can place the person its record is kept under. */
export const F = {
  /** The name is the event's source (name or text). */
  SOURCE: 1,
  /** A contact event (04x) whose target (name or text) is the name. */
  TARGET: 2,
  /** A presence event (PRESENCE). */
  PRESENCE: 4,
  /** An unnamed visit (042/043 with no source): the person's when they lead the article's trip. */
  VISIT: 8,
} as const;

/**
 * One record: 10 int32s. `rank` orders the day's placing events as the itinerary reads them (article date,
 * article, trigger, id); across days that order is (adate, article, trigger, id), the article date as YYYYMMDD
 * (-1: not in that form, the reader then computes live). `key` is the rank of the day's first event with the same
 * article (external id) and sentence (evidence is de-duplicated by that); `place` and the two meeting countries are ids in
 * placing_strings (0: none).
 */
export const R = { rank: 0, id: 1, article: 2, flags: 3, place: 4, hintAsSource: 5, hintAsTarget: 6, key: 7, adate: 8, trigger: 9, size: 10 } as const;

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
const placingCache = new WeakMap<Database.Database, boolean>();
/** Whether the store has the placing tables (migration 8). */
export function hasPlacings(db: Database.Database): boolean {
  let v = placingCache.get(db);
  if (v === undefined) placingCache.set(db, (v = hasTable(db, 'placing_days')));
  return v;
}

// ---- Writing (inside fusion's day transaction) ----

interface Row {
  id: number; article_id: number; cameo: string; factuality: string; date: string; day: string; trigger_start: number; trigger_text: string;
  sentence_start: number; sentence_end: number;
  source_code: string | null; source_name: string | null; source_text: string | null;
  target_code: string | null; target_name: string | null; target_text: string | null;
  loc_name: string | null; loc_country: string | null; loc_lat: number | null; loc_lon: number | null;
  ext_id: string; adate: string; text: string;
}

const SELECT = `SELECT e.id, e.article_id, e.cameo, e.factuality, e.date, e.day, e.trigger_start, e.trigger_text, e.sentence_start, e.sentence_end,
    e.source_code, e.source_name, e.source_text, e.target_code, e.target_name, e.target_text,
    e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, a.ext_id, a.date AS adate, a.text
  FROM events e JOIN articles a ON a.id = e.article_id`;
const ORDER = 'ORDER BY e.day, a.date, e.article_id, e.trigger_start, e.id';

/** Recompute the placings of these days. */
export function refreshPlacings(db: Database.Database, days: string[]): void {
  if (!days.length || !hasPlacings(db)) return;
  const list = JSON.stringify(days);
  for (const t of ['placing_days', 'placing_visits', 'placing_evidence']) {
    db.prepare(`DELETE FROM ${t} WHERE day IN (SELECT value FROM json_each(?))`).run(list);
  }
  writeDays(db, days);
}

/** Recompute every day's placings. */
export function rebuildPlacings(db: Database.Database): void {
  if (!hasPlacings(db)) return;
  db.exec('DELETE FROM placing_days; DELETE FROM placing_visits; DELETE FROM placing_evidence; DELETE FROM placing_contacts; DELETE FROM placing_leads;');
  writeDays(db, db.prepare(`SELECT DISTINCT day FROM events WHERE ${PLACING}`).pluck().all() as string[]);
}

/** One day at a time: a day's article texts are read once, and not kept for the whole batch. */
function writeDays(db: Database.Database, days: string[]): void {
  const w = writers(db);
  const stmt = db.prepare(`${SELECT} WHERE e.id IN (SELECT id FROM events WHERE day = ? AND ${PLACING}) ${ORDER}`);
  for (const d of days) {
    const rows = stmt.all(d) as Row[];
    if (rows.length) writeDay(w, rows);
  }
}

function writers(db: Database.Database) {
  const strings = new Map<string, number>();
  const getString = db.prepare('SELECT id FROM placing_strings WHERE s = ?').pluck();
  const putString = db.prepare('INSERT INTO placing_strings (s) VALUES (?)');
  return {
    id(s: string): number {
      let id = strings.get(s);
      if (id === undefined) {
        id = (getString.get(s) as number | undefined) ?? Number(putString.run(s).lastInsertRowid);
        strings.set(s, id);
      }
      return id;
    },
    putDay: db.prepare('INSERT INTO placing_days (name, day, data) VALUES (?, ?, ?)'),
    putVisits: db.prepare('INSERT INTO placing_visits (article_id, day, data) VALUES (?, ?, ?)'),
    putEvidence: db.prepare('INSERT INTO placing_evidence (event_id, day, article, article_date, sentence, trigger) VALUES (?, ?, ?, ?, ?, ?)'),
    contacts: db.prepare(`SELECT source_name, source_text FROM events WHERE article_id = ? AND ${CONTACT}`).raw(),
    putContacts: db.prepare('INSERT OR REPLACE INTO placing_contacts (article_id, data) VALUES (?, ?)'),
    putLead: db.prepare('INSERT OR IGNORE INTO placing_leads (name, article_id) VALUES (?, ?)'),
  };
}

/** The meeting country a row gives when the person is `own` and the other side `other` (0: none). */
function hint(w: ReturnType<typeof writers>, r: Row, own: string | null, other: string | null): number {
  const o = own?.slice(0, 3);
  return other && o && other.slice(0, 3) !== o && /GOV$/.test(other) && MEETING.test(r.trigger_text) ? w.id(other.slice(0, 3)) : 0;
}

/** One day's rows, in the itinerary's order: records per name and per article's unnamed visits, evidence. */
function writeDay(w: ReturnType<typeof writers>, rows: Row[]): void {
  const d = rows[0]!.day;
  const byName = new Map<string, number[]>();
  const visits = new Map<number, number[]>();
  const keys = new Map<string, number>();
  const put = <K>(m: Map<K, number[]>, k: K, rec: number[], role: number) => {
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    const at = l.length - R.size;
    // The same event under one name twice (as source and as target): one record, both flags.
    if (at >= 0 && l[at + R.id] === rec[R.id]) l[at + R.flags]! |= role;
    else for (let i = 0; i < R.size; i++) l.push(i === R.flags ? rec[i]! | role : rec[i]!);
  };
  rows.forEach((r, rank) => {
    if (!DAY.test(r.date) || r.factuality === 'hypothetical' || r.factuality === 'negated') return;
    const sentence = r.text.slice(r.sentence_start, r.sentence_end).replace(/\s+/g, ' ').trim();
    const k = `${r.ext_id}\u0000${sentence}`;
    let key = keys.get(k);
    if (key === undefined) keys.set(k, (key = rank));
    const place = r.loc_name ? w.id(JSON.stringify([r.loc_name, r.loc_country, r.loc_lat, r.loc_lon])) : 0;
    const visit = !r.source_code && !r.source_text && /^04[23]/.test(r.cameo);
    const flags = (PRESENCE.test(r.cameo) ? F.PRESENCE : 0) | (visit ? F.VISIT : 0);
    const adate = /^\d{4}-\d{2}-\d{2}$/.test(r.adate) ? Number(r.adate.replace(/-/g, '')) : -1;
    const rec = [rank, r.id, r.article_id, flags, place, hint(w, r, r.source_code, r.target_code), hint(w, r, r.target_code, r.source_code), key,
      adate, r.trigger_start];
    if (r.source_name !== null) put(byName, r.source_name, rec, F.SOURCE);
    if (r.source_text !== null) put(byName, r.source_text, rec, F.SOURCE);
    if (r.cameo.startsWith('04')) {
      if (r.target_name !== null) put(byName, r.target_name, rec, F.TARGET);
      if (r.target_text !== null) put(byName, r.target_text, rec, F.TARGET);
    }
    if (visit) put(visits, r.article_id, rec, 0);
    w.putEvidence.run(r.id, d, r.ext_id, r.adate, sentence, r.trigger_text);
  });
  const blob = (l: number[]) => Buffer.from(Int32Array.from(l).buffer);
  for (const [name, l] of byName) w.putDay.run(name, d, blob(l));
  for (const [article, l] of visits) {
    w.putVisits.run(article, d, blob(l));
    // Who leads the article's trip: how often each (name, text) pair is the source of its contact events.
    const counts = new Map<string, [string | null, string | null, number]>();
    for (const [sn, st] of w.contacts.all(article) as [string | null, string | null][]) {
      const ck = JSON.stringify([sn, st]);
      const c = counts.get(ck);
      if (c) c[2]++;
      else counts.set(ck, [sn, st, 1]);
    }
    for (const [sn, st] of counts.values()) {
      if (sn !== null) w.putLead.run(sn, article);
      if (st !== null) w.putLead.run(st, article);
    }
    w.putContacts.run(article, JSON.stringify([...counts.values()]));
  }
}
