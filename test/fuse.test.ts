// Cross-article fusion: near-duplicate detection, the matching rules on hand-built events, fusion in the store,
// and the seed's Geneva meeting fused with a second report of it (real pipeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../src/store/index.js';
import type { Annotation, Article, Event } from '../src/model/index.js';
import { annotate } from '../src/pipeline.js';
import { contentHash } from '../src/ingest/index.js';
import {
  attachFusion, contentWords, features, fusedEvent, fusedEvents, fuseNew, matchScore, mentionsOf, placeOf, refuse, signature, similarity,
} from '../src/fuse/index.js';
import { repoRoot } from '../src/util/paths.js';
import { nth, seedArticle, withStore } from './fixtures.js';

const reports: Article[] = readFileSync(join(repoRoot, 'examples', 'geneva-reports.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as Article);
const genevaTalks = reports.find((a) => a.id === 'geneva-talks-2022-01-22')!;

/** A CONSULT event on a span of the text, the way the coder writes it. */
function meeting(text: string, o: { trigger: string; src?: [string, string] | null; tgt?: [string, string] | null; place?: [string, string, number, number];
  date?: string; factuality?: Event['factuality']; plover?: string; cameo?: string }): Event {
  const at = (s: string) => ({ start: nth(text, s), end: nth(text, s) + s.length, text: s });
  const t = at(o.trigger);
  const ev: Event = {
    cameo: o.cameo ?? '040', plover: o.plover ?? 'CONSULT', quad: 1, goldstein: 1, factuality: o.factuality ?? 'asserted',
    trigger: t,
    source: o.src ? { ...at(o.src[0]), code: o.src[1] } : null,
    target: o.tgt ? { ...at(o.tgt[0]), code: o.tgt[1] } : null,
    sentence: { start: 0, end: text.search(/[a-z]\.(\s|$)/) + 2 }, // the first sentence ("U.S." does not end one)
  };
  if (o.date) ev.date = o.date;
  if (o.place) ev.location = { ...at(o.place[0]), name: o.place[0], country: o.place[1], lat: o.place[2], lon: o.place[3] };
  return ev;
}

const ann = (anchor: string, events: Event[]): Annotation => ({ anchor, entities: [], timexes: [], events, quotes: [] });
const stored = (a: Article, n: Annotation) => ({ article: a, annotation: n, hash: contentHash(a) });

test('MinHash: a syndicated copy (new headline, last paragraph cut) is near-identical, another report is not', () => {
  const seed = seedArticle().text;
  const copy = 'BLINKEN HEADS TO EUROPE\n\n' + seed.slice(0, seed.lastIndexOf('The Biden administrations')).replace('top diplomat', 'chief diplomat');
  const same = similarity(signature(seed), signature(copy));
  const other = similarity(signature(seed), signature(genevaTalks.text));
  assert.ok(same >= 0.7, `copy similarity ${same}`);
  assert.ok(other < 0.2, `other report similarity ${other}`);
  assert.deepEqual(signature(seed), signature(seed), 'signatures are deterministic');
});

test('matching: same meeting planned and reported fuses; other day, place, polarity or direction does not', () => {
  const f = (o: Partial<Parameters<typeof features>[0]>) => features({
    plover: 'CONSULT', cameo: '040', factuality: 'asserted', date: '2022-01-21', day: '2022-01-21', source: 'USAGOV', target: 'RUSGOV',
    place: placeOf('Geneva', 'CHE'), ...o,
  });
  const report = f({});
  assert.ok(matchScore(f({ factuality: 'future', source: null }), report) !== undefined, 'planned meeting, source unknown');
  assert.ok(matchScore(f({ source: 'RUSGOV', target: 'USAGOV' }), report) !== undefined, 'a meeting is symmetric');
  assert.ok(matchScore(f({ date: '2022-W03', day: '2022-01-17' }), report) !== undefined, 'week-level date around the day');
  assert.ok(matchScore(f({ source: 'USA' }), report) !== undefined, 'coordinated codes USA / USAGOV');
  assert.equal(matchScore(f({ date: '2022-01-20', day: '2022-01-20' }), report), undefined, 'another day');
  assert.equal(matchScore(f({ place: placeOf('Moscow', 'RUS') }), report), undefined, 'another place');
  assert.equal(matchScore(f({ place: placeOf('Lausanne', 'CHE') }), report), undefined, 'another city, same country');
  assert.equal(matchScore(f({ factuality: 'negated' }), report), undefined, 'a meeting that did not happen');
  assert.equal(matchScore(f({ target: 'CHNGOV' }), report), undefined, 'another counterpart');
  assert.equal(matchScore(f({ date: '2022-01', day: '2022-01-01' }), report), undefined, 'a month is too coarse');
  assert.equal(matchScore(f({ source: null, target: null }), report), undefined, 'no actor evidence');
  // A bare country is weak evidence (in a corpus about Haiti every event involves HTI): it needs the same city.
  const haiti = (o: Partial<Parameters<typeof features>[0]>) => f({ source: null, target: 'HTI', plover: 'AID', cameo: '070', ...o });
  assert.equal(matchScore(haiti({ place: placeOf('Haiti', 'HTI') }), haiti({ source: 'USA', place: placeOf('Haiti', 'HTI') })), undefined,
    'unknown source, bare country target, country-wide place');
  assert.ok(matchScore(haiti({ place: placeOf('Jacmel', 'HTI') }), haiti({ place: placeOf('Jacmel', 'HTI') })) !== undefined, 'same town');
  // Codes agree, but the sentences tell different stories: no fusion. The same story in other words: fusion.
  const said = (text: string) => f({ words: contentWords(text) });
  const geneva = said('Blinken met Lavrov in Geneva on Friday for talks that both sides described as frank.');
  assert.equal(matchScore(said('Blinken praised the Swiss hosts and thanked the Geneva police.'), geneva), undefined, 'another story');
  assert.ok(matchScore(said('Then on Friday, Blinken will meet his Russian counterpart, Sergei Lavrov, in Geneva.'), geneva) !== undefined, 'same story');
  const accuse = (s: string, t: string) => f({ plover: 'ACCUSE', cameo: '112', source: s, target: t, place: null });
  assert.equal(matchScore(accuse('RUSGOV', 'IGOWSTNAT'), accuse('IGOWSTNAT', 'RUSGOV')), undefined, 'accusations have a direction');
});

test('store: two reports and a syndicated copy make one event with 2 articles, every mention kept', () => {
  withStore((s) => {
    const t1 = 'Blinken met Lavrov in Geneva on Friday. The talks lasted 90 minutes and both sides called them frank and useful.';
    const t2 = 'U.S. Secretary of State Antony Blinken held talks with Sergei Lavrov in Geneva. Neither side announced a breakthrough after the meeting.';
    const a1: Article = { id: 'r1', date: '2022-01-21', text: t1, source: 'Wire A' };
    const a2: Article = { id: 'r2', date: '2022-01-22', text: t2, source: 'Paper B' };
    const a3: Article = { id: 'r2-copy', date: '2022-01-23', text: 'Reprint: ' + t2, source: 'Paper C' };
    const e1 = meeting(t1, { trigger: 'met', src: ['Blinken', 'USAGOV'], tgt: ['Lavrov', 'RUSGOV'], place: ['Geneva', 'CHE', 46.2, 6.15], date: '2022-01-21' });
    const e2 = meeting(t2, { trigger: 'held talks', src: ['Antony Blinken', 'USAGOV'], tgt: ['Sergei Lavrov', 'RUSGOV'], place: ['Geneva', 'CHE', 46.2, 6.15], date: '2022-01-21' });
    const e3 = meeting(a3.text, { trigger: 'held talks', src: ['Antony Blinken', 'USAGOV'], tgt: ['Sergei Lavrov', 'RUSGOV'], place: ['Geneva', 'CHE', 46.2, 6.15], date: '2022-01-21' });
    const other = meeting(t1, { trigger: 'met', src: ['Blinken', 'USAGOV'], tgt: ['Lavrov', 'RUSGOV'], date: '2022-01-14' });
    s.insert([stored(a1, ann('2022-01-21', [e1, other])), stored(a2, ann('2022-01-22', [e2])), stored(a3, ann('2022-01-23', [e3]))]);
    const st = fuseNew(s.db);
    assert.equal(st.sketched, 3);
    assert.equal(st.duplicates, 1, 'the reprint is a near-duplicate');
    assert.equal(st.mentions, 4);
    const geneva = fusedEvents(s.db, { from: '2022-01-21', to: '2022-01-21' });
    assert.equal(geneva.length, 1);
    const g = geneva[0]!;
    assert.deepEqual([g.articles, g.mentions, g.duplicates, g.sources], [2, 2, 1, 2]);
    assert.deepEqual([g.firstReported, g.lastReported], ['2022-01-21', '2022-01-23']);
    assert.deepEqual([g.source?.code, g.target?.code, g.location?.name, g.date], ['USAGOV', 'RUSGOV', 'Geneva', '2022-01-21']);
    const full = fusedEvent(s.db, g.id)!;
    assert.deepEqual(full.reports.map((m) => [m.article, m.copyOf ?? null, m.trigger.text]),
      [['r1', null, 'met'], ['r2', null, 'held talks'], ['r2-copy', 'r2', 'held talks']]);
    assert.equal(full.reports[0]!.sentence.text, 'Blinken met Lavrov in Geneva on Friday.');
    const rows = attachFusion(s.db, s.events({}));
    assert.deepEqual(rows.map((r) => [r.article, r.date, r.articles]), [
      ['r1', '2022-01-14', 1], ['r1', '2022-01-21', 2], ['r2', '2022-01-21', 2], ['r2-copy', '2022-01-21', 2]]);
    // Fusing in chunks of one mention (as a reader does with a backlog) gives the same events as one pass.
    const oneGo = fusedEvents(s.db, {}).map(({ id: _id, ...e }) => e);
    s.db.exec('DELETE FROM event_fusion; DELETE FROM fused_events; DELETE FROM article_bands; DELETE FROM article_sketches;');
    assert.equal(fuseNew(s.db, { articles: 1, mentions: 1 }).mentions, 4);
    assert.deepEqual(fusedEvents(s.db, {}).map(({ id: _id, ...e }) => e), oneGo);
    // Incremental: nothing new, nothing done; a rebuild gives the same result.
    assert.equal(fuseNew(s.db).mentions, 0);
    refuse(s.db);
    assert.deepEqual(fusedEvents(s.db, {}).map((e) => [e.day, e.articles]), [['2022-01-14', 1], ['2022-01-21', 2]]);
    assert.equal(mentionsOf(s.db, [fusedEvents(s.db, { from: '2022-01-21' })[0]!.id]).get(fusedEvents(s.db, { from: '2022-01-21' })[0]!.id)!.length, 3);
  });
});

test('store: an updated wire story repeating the same sentence is a copy, not a second report', () => {
  withStore((s) => {
    const lead = 'BP rejected the demand from the White House.';
    const t1 = `${lead} Oil prices rose on Thursday as traders weighed supply risks in the Gulf of Mexico region.`;
    const t2 = `Shares in London fell sharply after the company cut its dividend for the first time since the war. ${lead}`;
    const mk = (t: string) => ({ ...meeting(t, { trigger: 'rejected', src: ['BP', 'GBRBUS'], tgt: ['White House', 'USAGOV'], date: '2010-05-27', plover: 'REJECT', cameo: '120' }),
      sentence: { start: t.indexOf(lead), end: t.indexOf(lead) + lead.length } });
    s.insert([stored({ id: 'v1', date: '2010-05-27', text: t1 }, ann('2010-05-27', [mk(t1)])),
      stored({ id: 'v2', date: '2010-05-28', text: t2 }, ann('2010-05-28', [mk(t2)]))]);
    fuseNew(s.db);
    const [e] = fusedEvents(s.db, {});
    assert.deepEqual([e!.articles, e!.mentions, e!.duplicates, e!.lastReported], [1, 1, 1, '2010-05-28']);
    assert.equal(fusedEvent(s.db, e!.id)!.reports.length, 2, 'the copy\'s mention is kept');
  });
});

test('seed: a second report of the Geneva meeting fuses with the seed\'s Blinken-Lavrov meeting (one event, two articles)', () => {
  withStore((s) => {
    const seed = seedArticle();
    s.insert([stored(seed, annotate(seed)), stored(genevaTalks, annotate(genevaTalks))]);
    fuseNew(s.db);
    const meetings = fusedEvents(s.db, { actor: 'Lavrov', plover: 'CONSULT', from: '2022-01-21', to: '2022-01-21' });
    const both = meetings.filter((e) => e.articles === 2);
    assert.equal(both.length, 1, `one fused meeting in both articles: ${JSON.stringify(meetings)}`);
    const m = fusedEvent(s.db, both[0]!.id)!;
    assert.deepEqual([...new Set(m.reports.map((r) => r.article))], ['blinken-geneva-2022-01-21', 'geneva-talks-2022-01-22']);
    assert.equal(m.location?.name, 'Geneva');
    assert.equal(m.firstReported, '2022-01-21');
    assert.equal(m.lastReported, '2022-01-22');
  });
});
