// Per-day answers kept by fusion (migrations 6 and 8, src/fuse/days.ts, src/analyze/placings.ts): the timeline
// over the whole corpus, the network and itineraries read them instead of computing; they must give exactly the
// live answers after every ingest, a re-fuse and the migration of a store that has data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../src/store/index.js';
import { migrations } from '../src/store/schema.js';
import { fuseNew, refuse } from '../src/fuse/index.js';
import { itinerary, itineraryPage, network, timeline } from '../src/analyze/index.js';
import { withStore } from './fixtures.js';
import { copies } from './example-copies.js';

const windows: [string | undefined, string | undefined][] = [[undefined, undefined], ['2022-01-15', '2022-01-25'], ['2022-01-20', '2022-01-20'], ['2022-01-24', undefined]];

/** People and name parts: one name, several, a country's names, a part of many names. */
const people = ['Blinken', 'Lavrov', 'Russia', 'an', 'Nobody'];

/** Every timeline, network and itinerary answer, from the kept days (when they are up to date) or computed. */
function answers(s: Store): string {
  return JSON.stringify(windows.map(([from, to]) => [
    timeline(s.db, { from, to, dates: 20 }), timeline(s.db, { from, to, dates: 3 }),
    network(s.db, { from, to }), network(s.db, { from, to, minWeight: 2 }),
    people.map((p) => [itinerary(s.db, p, { from, to }), itineraryPage(s.db, p, { from, to }, { evidence: 2, offset: 0, limit: 500 }),
      itineraryPage(s.db, p, { from, to }, { evidence: 1, offset: 1, limit: 2 })]),
  ]));
}

/** The same answers computed live: '*' in day_dirty tells readers that no kept day may be used. */
function live(s: Store): string {
  s.db.prepare("INSERT OR IGNORE INTO day_dirty (day) VALUES ('*')").run();
  try {
    return answers(s);
  } finally {
    s.db.prepare("DELETE FROM day_dirty WHERE day = '*'").run();
  }
}

const count = (s: Store, table: string) => s.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

test('kept days answer as the live analyses do, after each ingest and after a re-fuse', async () => {
  const first = [...await copies(0, 0), ...await copies(1, 2)];
  const more = [...await copies(2, 1), ...await copies(3, 4)];
  withStore((s) => {
    s.insert(first);
    fuseNew(s.db);
    assert.equal(count(s, 'day_dirty'), 0, 'fusion recomputed every listed day');
    assert.ok(count(s, 'day_signals') > 0 && count(s, 'dyad_days') > 0, 'days and dyads are kept');
    assert.ok(count(s, 'placing_days') > 0 && count(s, 'placing_visits') > 0 && count(s, 'placing_evidence') > 0, 'placings are kept');
    const before = answers(s);
    assert.equal(before, live(s));
    assert.ok(JSON.parse(before)[0][2].edges.length > 0, 'the network has edges');
    assert.ok(JSON.parse(before)[0][4][0][0].length > 0, 'Blinken has stops');
    assert.ok(JSON.parse(before)[0][4][2][0].length > 0, 'Russia has stops');

    // A new ingest lists the days it touches; until fusion runs, readers compute those days.
    s.insert(more);
    assert.ok(count(s, 'day_dirty') > 0);
    const pending = answers(s);
    fuseNew(s.db);
    assert.equal(count(s, 'day_dirty'), 0);
    const after = answers(s);
    assert.equal(after, live(s), 'kept days follow new articles and the fused events they join');
    assert.notEqual(after, before, 'the new copies change the answers');
    assert.equal(pending, after, 'pending days were computed live');

    refuse(s.db);
    assert.equal(count(s, 'day_dirty'), 0);
    assert.equal(answers(s), live(s), 'rebuilt with fusion');
  });
});

test('migrations 6 and 8 on a store that has data: every day is computed on the next fusion, with the same answers', async () => {
  const inputs = [...await copies(0, 0), ...await copies(1, 3)];
  withStore((s, file) => {
    s.insert(inputs);
    fuseNew(s.db);
    const expected = live(s);
    // Undo migrations 6 to 8 and run them again, as a store of schema 5 (the previous version's) does when opened
    // (the later migrations touch none of their tables), then open it again.
    s.db.exec('DROP TABLE day_dirty; DROP TABLE day_signals; DROP TABLE day_summaries; DROP TABLE dyad_days; DROP TABLE node_names;');
    for (const t of s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'placing_*'").pluck().all() as string[]) s.db.exec(`DROP TABLE ${t}`);
    for (const i of s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB 'events_[pc][lo][an]*'").pluck().all() as string[]) s.db.exec(`DROP INDEX ${i}`);
    s.db.transaction(() => { for (const m of migrations.slice(5, 8)) s.db.exec(m); })();
    const again = new Store(file);
    try {
      assert.equal(again.db.pragma('user_version', { simple: true }), migrations.length);
      assert.deepEqual(again.db.prepare('SELECT day FROM day_dirty').pluck().all(), ['*'], 'every day waits');
      assert.equal(answers(again), expected, 'computed live meanwhile');
      fuseNew(again.db);
      assert.equal(count(again, 'day_dirty'), 0);
      assert.ok(count(again, 'day_summaries') > 0 && count(again, 'placing_days') > 0);
      assert.equal(answers(again), expected);
    } finally {
      again.close();
    }
  });
});

test('itineraries read the kept placings while their days are up to date, and compute live once a day is listed', async () => {
  const inputs = [...await copies(0, 0), ...await copies(1, 2)];
  withStore((s, file) => {
    s.insert(inputs);
    fuseNew(s.db);
    const sentences = (st: Store, from?: string, to?: string) =>
      itinerary(st.db, 'Blinken', { from, to }).map((x) => [x.date, x.evidence.map((e) => e.sentence)] as const);
    const real = sentences(s);
    assert.ok(real.length > 1);
    // A mark in the kept evidence shows which path answered (the store is never edited like this otherwise).
    s.db.prepare("UPDATE placing_evidence SET sentence = '(kept)'").run();
    const kept = (x: ReturnType<typeof sentences>) => x.every(([, t]) => t.every((e) => e === '(kept)'));
    assert.ok(kept(sentences(s)), 'answered from the kept placings');
    // A listed day, seen by a read-only reader (as `dossier serve`), which cannot bring fusion up to date.
    const day = real[0]![0];
    s.db.prepare('INSERT INTO day_dirty (day) VALUES (?)').run(day);
    const ro = new Store(file, { readonly: true });
    try {
      assert.deepEqual(sentences(ro), real, 'a window holding a listed day is computed live');
      assert.ok(kept(sentences(ro, real.at(-1)![0])), 'other windows still read the kept days');
    } finally {
      ro.close();
    }
    // A writable reader fuses first: the listed day is recomputed, the others are kept as they are.
    for (const [d, t] of sentences(s)) assert.deepEqual(t, d === day ? real.find((r) => r[0] === d)![1] : t.map(() => '(kept)'), d);
  });
});

test('a read-only reader (as `dossier serve`) sees the names and placings another connection ingests and fuses', async () => {
  const all = [...await copies(0, 0), ...await copies(1, 30)];
  const first = all.filter((x) => x.article.id.startsWith('geneva-talks'));
  withStore((s, file) => {
    s.insert(first);
    fuseNew(s.db);
    const ro = new Store(file, { readonly: true });
    try {
      const page = (st: Store, p: string) => JSON.stringify(itineraryPage(st.db, p, {}, { evidence: 3, offset: 0, limit: 500 }).stops);
      const named = () => ro.db.prepare("SELECT count(*) FROM names WHERE text LIKE '%Baerbock%'").pluck().get() as number;
      const before = page(ro, 'Blinken');
      assert.ok(JSON.parse(before).length > 0, 'Blinken has stops');
      assert.equal(named(), 0, 'Baerbock is not named yet');
      assert.equal(page(ro, 'Baerbock'), '[]');
      assert.equal(page(s, 'Baerbock'), '[]');
      s.insert(all.filter((x) => !first.includes(x)));
      fuseNew(s.db);
      // Each connection's kept names follow the commits: the other connection's (read-only) and its own (writer).
      assert.ok(named() > 0);
      assert.notEqual(page(ro, 'Blinken'), before, 'new copies give new stops');
      assert.equal(page(ro, 'Blinken'), page(s, 'Blinken'));
      assert.ok(JSON.parse(page(ro, 'Baerbock')).length > 0, 'a name stored later is found');
      assert.equal(page(ro, 'Baerbock'), page(s, 'Baerbock'));
    } finally {
      ro.close();
    }
  });
});

test('a page of the kept itinerary is that part of the whole one, although it reads only the first days it needs', async () => {
  // Copies of the examples 1 to 12 days apart: trips on nearby days, whose unnamed visits look at each other.
  const shifts = [0, 1, 3, 4, 8, 12, 13, 17, 24, 27, 28, 40];
  const all = (await Promise.all(shifts.map((d, k) => copies(k, d)))).flat();
  withStore((s) => {
    s.insert(all);
    fuseNew(s.db);
    for (const p of ['Blinken', 'Russia', 'an']) {
      for (const [from, to] of [[undefined, undefined], ['2022-01-25', undefined], [undefined, '2022-02-20']] as const) {
        const whole = itineraryPage(s.db, p, { from, to }, { evidence: 2, offset: 0, limit: 1e9 }).stops;
        if (p === 'Blinken' && !from && !to) assert.ok(whole.length >= 20, `Blinken has many stops (${whole.length})`);
        for (let offset = 0; offset <= whole.length; offset += 3) {
          for (const limit of [1, 2, 5, 11]) {
            const page = itineraryPage(s.db, p, { from, to }, { evidence: 2, offset, limit });
            assert.deepEqual(page, { more: whole.length > offset + limit, stops: whole.slice(offset, offset + limit) }, `${p} ${from}..${to} ${offset}+${limit}`);
          }
        }
      }
    }
  });
});
