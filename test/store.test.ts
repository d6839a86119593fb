// The store: migrations, idempotent batched writes, queries with filters, full-text search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../src/store/index.js';
import type { Annotation, Article } from '../src/model/index.js';
import { withStore } from './fixtures.js';

const article: Article = { id: 'a1', date: '2022-01-21', title: 'Talks in Geneva', text: 'Blinken met Lavrov in Geneva on Friday. "We talked," Blinken said.' };
const annotation: Annotation = {
  anchor: '2022-01-18',
  entities: [
    { start: 0, end: 7, text: 'Blinken', type: 'PER', actor: { code: 'USAGOV', name: 'Antony Blinken' }, role: 'Secretary of State' },
    { start: 12, end: 18, text: 'Lavrov', type: 'PER', actor: { code: 'RUSGOV', name: 'Sergei Lavrov' } },
    { start: 22, end: 28, text: 'Geneva', type: 'GPE' },
  ],
  timexes: [{ start: 32, end: 38, text: 'Friday', type: 'DATE', value: '2022-01-21' }],
  events: [{
    cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, factuality: 'asserted', date: '2022-01-21',
    trigger: { start: 8, end: 11, text: 'met' },
    source: { start: 0, end: 7, text: 'Blinken', code: 'USAGOV', name: 'Antony Blinken' },
    target: { start: 12, end: 18, text: 'Lavrov', code: 'RUSGOV', name: 'Sergei Lavrov' },
    location: { start: 22, end: 28, text: 'Geneva', name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.15 },
    sentence: { start: 0, end: 39 },
  }],
  quotes: [{ start: 41, end: 50, text: 'We talked', kind: 'direct', speaker: { start: 53, end: 60, text: 'Blinken', name: 'Antony Blinken', code: 'USAGOV' } }],
};

test('stores an article with its annotations and reads events back with provenance', () => {
  withStore((s) => {
    assert.deepEqual(s.insert([{ article, annotation, hash: 'h1' }]), { inserted: 1, duplicates: 0 });
    const [e] = s.events();
    assert.equal(e!.plover, 'CONSULT');
    assert.equal(e!.article, 'a1');
    assert.deepEqual(e!.source, annotation.events[0]!.source);
    assert.deepEqual(e!.location, annotation.events[0]!.location);
    assert.equal(article.text.slice(e!.trigger.start, e!.trigger.end), 'met');
    assert.deepEqual(s.stats(), { articles: 1, entities: 3, timexes: 1, events: 1, quotes: 1, actors: 2 });
  });
});

test('re-inserting the same content hash changes nothing', () => {
  withStore((s) => {
    s.insert([{ article, annotation, hash: 'h1' }]);
    const before = s.stats();
    assert.deepEqual(s.insert([{ article, annotation, hash: 'h1' }]), { inserted: 0, duplicates: 1 });
    assert.deepEqual(s.stats(), before);
    assert.equal(s.actors({ actor: 'Blinken' })[0]!.mentions, 1);
  });
});

test('filters events by actor, dates, PLOVER type and factuality', () => {
  withStore((s) => {
    s.insert([{ article, annotation, hash: 'h1' }]);
    assert.equal(s.events({ actor: 'RUS' }).length, 1);
    assert.equal(s.events({ actor: 'Lavrov' }).length, 1);
    assert.equal(s.events({ actor: 'CHN' }).length, 0);
    assert.equal(s.events({ source: 'USA', target: 'RUS' }).length, 1);
    assert.equal(s.events({ source: 'RUS' }).length, 0);
    assert.equal(s.events({ from: '2022-01-21', to: '2022-01-21' }).length, 1);
    assert.equal(s.events({ from: '2022-01-22' }).length, 0);
    assert.equal(s.events({ plover: 'consult', cameo: '04' }).length, 1);
    assert.equal(s.events({ factuality: 'future' }).length, 0);
  });
});

test('learned actors keep roles with dates; quotes filter by speaker', () => {
  withStore((s) => {
    s.insert([{ article, annotation, hash: 'h1' }]);
    s.insert([{ article: { ...article, id: 'a2', date: '2022-02-01', text: article.text + ' Later.' }, annotation, hash: 'h2' }]);
    const [b] = s.actors({ actor: 'Blinken' });
    assert.equal(b!.code, 'USAGOV');
    assert.equal(b!.articles, 2);
    assert.equal(b!.first_seen, '2022-01-21');
    assert.equal(b!.last_seen, '2022-02-01');
    assert.deepEqual(b!.roles, [{ role: 'Secretary of State', first_seen: '2022-01-21', last_seen: '2022-02-01' }]);
    assert.equal(s.quotes({ speaker: 'Blinken' }).length, 2);
    assert.equal(s.quotes({ speaker: 'Lavrov' }).length, 0);
  });
});

test('full-text search finds words and survives punctuation in the query', () => {
  withStore((s) => {
    s.insert([{ article, annotation, hash: 'h1' }]);
    assert.equal(s.search('Geneva')[0]!.id, 'a1');
    assert.equal(s.search('geneva lavrov').length, 1);
    assert.equal(s.search('Beijing').length, 0);
    assert.equal(s.search('U.S.').length, 0);
  });
});

test('a database is migrated once and reopened without change', () => {
  withStore((s, file) => {
    s.insert([{ article, annotation, hash: 'h1' }]);
    const again = new Store(file);
    assert.equal(again.stats().articles, 1);
    assert.equal(again.db.pragma('journal_mode', { simple: true }), 'wal');
    again.close();
  });
});
