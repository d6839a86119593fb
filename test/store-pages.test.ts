// Pages of events and quotes: the JSON text SQLite builds for the API is the row objects' JSON, and an actor's
// page merged from index streams holds the rows a plain scan finds, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachFusion, fuseNew } from '../src/fuse/index.js';
import type { Annotation, Article } from '../src/model/index.js';
import type { Filter, Store } from '../src/store/index.js';
import { migrations } from '../src/store/schema.js';
import { examplesStore } from './server-fixture.js';

/** An article whose annotations carry what JSON must escape or print with care. */
const odd: Article = {
  id: 'odd "one"\\1', date: '2022-02-03', url: 'https://example.org/a?b="c"', title: 'Odd',
  text: 'Ministers met in Zürich.\n"Ça va\tbien," said Ana Núñez 🙂. The army shelled Kharkiv.',
};
const oddAnnotation: Annotation = {
  anchor: '2022-02-03',
  entities: [],
  timexes: [],
  events: [
    {
      cameo: '040', plover: 'CONSULT', mode: 'in-person', quad: 1, goldstein: 1, factuality: 'asserted', date: '2022-02-03',
      trigger: { start: 10, end: 13, text: 'met' },
      source: { start: 0, end: 9, text: 'Ministers\t"x"', code: 'CHEGOV', name: 'Ana Núñez 🙂' },
      target: null,
      location: { start: 17, end: 23, text: 'Zürich', name: 'Zürich', country: 'CHE' },
      sentence: { start: 0, end: 24 },
    },
    {
      cameo: '195', plover: 'ASSAULT', quad: 4, goldstein: -7.2, factuality: 'reported',
      trigger: { start: 61, end: 68, text: 'shelled' },
      source: { start: 52, end: 60, text: 'The army', code: 'RUSMIL' },
      target: { start: 69, end: 76, text: 'Kharkiv', code: 'UKR', name: 'Kharkiv' },
      location: { start: 69, end: 76, text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', lat: 49.9935, lon: 36.2304 },
      sentence: { start: 51, end: 77 },
    },
  ],
  quotes: [
    { start: 26, end: 38, text: 'Ça va\tbien,', kind: 'direct', speaker: { start: 45, end: 54, text: 'Ana Núñez', name: 'Ana Núñez 🙂' } },
    { start: 26, end: 38, text: 'a \\ "b"', kind: 'indirect', speaker: null },
  ],
};

async function withExamples(fn: (s: Store) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pages-'));
  const s = await examplesStore(join(dir, 'x.db'));
  try {
    s.insert([{ article: odd, annotation: oddAnnotation, hash: 'odd' }]);
    fuseNew(s.db);
    fn(s);
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const actorQueries = ['USA', 'usa', 'RUS', 'UKRGOV', 'CHE', 'Blinken', 'lavrov', 'an', 'Núñez', 'e', 'Nobody', 'U'];

test('event and quote pages as JSON text are exactly the JSON of the row objects', async () => {
  await withExamples((s) => {
    const filters: Filter[] = [
      {}, { limit: 3 }, { limit: 5, offset: 4 }, { plover: 'consult' }, { quad: 4 }, { cameo: '19' }, { factuality: 'reported' },
      { from: '2022-01-19', to: '2022-02-03' }, { source: 'USA', target: 'RUS' },
      ...actorQueries.flatMap((a): Filter[] => [{ actor: a }, { source: a, limit: 2, offset: 1 }, { target: a }, { speaker: a }]),
    ];
    let events = 0;
    let quotes = 0;
    for (const f of filters) {
      const rows = attachFusion(s.db, s.events(f));
      events += rows.length;
      assert.equal(`[${s.eventsJson(f).join(',')}]`, JSON.stringify(rows), `events ${JSON.stringify(f)}`);
      const qs = s.quotes(f);
      quotes += qs.length;
      assert.equal(`[${s.quotesJson(f).join(',')}]`, JSON.stringify(qs), `quotes ${JSON.stringify(f)}`);
    }
    assert.ok(events > 50 && quotes > 10, `compared ${events} events and ${quotes} quotes`);
    // The odd article's strings came back whole.
    const [met] = s.events({ actor: 'Núñez' });
    assert.equal(met!.source!.text, 'Ministers\t"x"');
    assert.equal(JSON.parse(s.eventsJson({ actor: 'Núñez' })[0]!).source.name, 'Ana Núñez 🙂');
  });
});

test('an actor page merged from index streams holds the rows a plain scan finds, in page order', async () => {
  await withExamples((s) => {
    const scanEvents = (q: string, sides: string[]) => s.db.prepare(`SELECT id FROM events WHERE ${sides.map((x) => `${x}_code LIKE ? OR ${x}_name LIKE ?`).join(' OR ')}
      ORDER BY day, article_id, trigger_start, id`).pluck().all(...sides.flatMap(() => [`${q}%`, `%${q}%`])) as number[];
    const scanQuotes = (q: string) => s.db.prepare(`SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.speaker_code LIKE ? OR q.speaker_name LIKE ? OR q.speaker_text LIKE ? ORDER BY a.anchor, q.article_id, q.start, q.id`).pluck()
      .all(`${q}%`, `%${q}%`, `%${q}%`) as number[];
    let rows = 0;
    for (const q of actorQueries) {
      for (const [key, sides] of [['actor', ['source', 'target']], ['source', ['source']], ['target', ['target']]] as const) {
        const all = scanEvents(q, [...sides]);
        rows += all.length;
        assert.deepEqual(s.events({ [key]: q, limit: 1000 }).map((e) => e.id), all, `${key}=${q}`);
        for (const offset of [0, 2, 7]) assert.deepEqual(s.events({ [key]: q, limit: 3, offset }).map((e) => e.id), all.slice(offset, offset + 3), `${key}=${q} @${offset}`);
      }
      const all = scanQuotes(q);
      assert.deepEqual(s.quotes({ speaker: q, limit: 1000 }).map((x) => x.id), all, `speaker=${q}`);
      for (const offset of [0, 2, 5]) assert.deepEqual(s.quotes({ speaker: q, limit: 2, offset }).map((x) => x.id), all.slice(offset, offset + 2), `speaker=${q} @${offset}`);
    }
    assert.ok(rows > 100, `compared ${rows} event rows`);
    // Other filters apply inside every stream.
    const dated = s.events({ actor: 'USA', from: '2022-01-19', to: '2022-01-20', limit: 1000 });
    assert.ok(dated.length > 0 && dated.every((e) => e.date === undefined || (e.date >= '2022-01-19' && e.date.slice(0, 10) <= '2022-01-20')));
  });
});

test('migration 9 on a store that has data: quotes get their anchors and every page stays the same', async () => {
  await withExamples((s) => {
    const pages = () => JSON.stringify(actorQueries.flatMap((a) => [s.eventsJson({ actor: a, limit: 7, offset: 2 }), s.quotesJson({ speaker: a }), s.quotesJson({ speaker: a, from: '2022-01-19' })]));
    const before = pages();
    const anchors = s.db.prepare('SELECT id, anchor FROM quotes ORDER BY id').raw().all();
    // Back to schema 8's events and quotes (the one-column indexes, no anchor), then migration 9 again.
    for (const i of s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB '*_order' AND name != 'events_order'").pluck().all() as string[]) s.db.exec(`DROP INDEX ${i}`);
    s.db.exec(`CREATE INDEX events_source ON events(source_code); CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_source_name ON events(source_name); CREATE INDEX events_target_name ON events(target_name);
      CREATE INDEX quotes_speaker ON quotes(speaker_name); CREATE INDEX quotes_speaker_text ON quotes(speaker_text);
      CREATE INDEX quotes_speaker_code ON quotes(speaker_code); ALTER TABLE quotes DROP COLUMN anchor;`);
    s.db.transaction(() => s.db.exec(migrations[8]!))();
    assert.deepEqual(s.db.prepare('SELECT id, anchor FROM quotes ORDER BY id').raw().all(), anchors);
    assert.ok(anchors.length > 10);
    assert.equal(pages(), before);
  });
});
