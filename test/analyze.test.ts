// Analyses over a store: itineraries (hand-built events and the seed through the real pipeline), timelines,
// escalation series and the actor network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../src/store/index.js';
import type { Annotation, Article, Event, Timex } from '../src/model/index.js';
import { annotate } from '../src/pipeline.js';
import { contentHash, readInputs } from '../src/ingest/index.js';
import { fusedEvents } from '../src/fuse/index.js';
import { sharedPath } from '../src/util/paths.js';
import { escalation, itinerary, itineraryPage, network, timeline, toGraphML } from '../src/analyze/index.js';
import { nth, seedArticle, withStore } from './fixtures.js';

type Arg = [text: string, code: string, name?: string];

/** An event over spans of the text, as the coder writes it. */
function ev(text: string, o: { trigger: string; cameo: string; plover: string; quad: Event['quad']; goldstein: number; date?: string;
  src?: Arg; tgt?: Arg; place?: [string, string]; factuality?: Event['factuality'] }): Event {
  const at = (s: string) => ({ start: nth(text, s), end: nth(text, s) + s.length, text: s });
  const t = at(o.trigger);
  const sStart = Math.max(0, text.lastIndexOf('.', t.start) + 1);
  const e: Event = {
    cameo: o.cameo, plover: o.plover, quad: o.quad, goldstein: o.goldstein, factuality: o.factuality ?? 'asserted', trigger: t,
    source: o.src ? { ...at(o.src[0]), code: o.src[1], ...(o.src[2] ? { name: o.src[2] } : {}) } : null,
    target: o.tgt ? { ...at(o.tgt[0]), code: o.tgt[1], ...(o.tgt[2] ? { name: o.tgt[2] } : {}) } : null,
    sentence: { start: sStart, end: text.indexOf('.', t.end) + 1 },
  };
  if (o.date) e.date = o.date;
  if (o.place) e.location = { ...at(o.place[0]), name: o.place[0], country: o.place[1] };
  return e;
}

function put(s: Store, a: Article, events: Event[], names: [string, string, string][] = [], timexes: Timex[] = []): void {
  const n: Annotation = {
    anchor: a.date, timexes, events, quotes: [],
    entities: names.map(([text, code, name]) => ({ start: nth(a.text, text), end: nth(a.text, text) + text.length, text, type: 'PER' as const, actor: { code, name } })),
  };
  s.insert([{ article: a, annotation: n, hash: contentHash(a) }]);
}

test('itinerary: located events in order; a country-level visit becomes the capital; plans that did not happen are left out', () => {
  withStore((s) => {
    const t = 'Rubio arrived in Warsaw on Monday. On Tuesday he visits Lithuania. Rubio may travel to Minsk later. Rubio will meet Macron in Paris on Wednesday. Rubio condemned the shelling of Kharkiv.';
    put(s, { id: 'trip', date: '2025-03-03', text: t }, [
      ev(t, { trigger: 'arrived', cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, date: '2025-03-03', src: ['Rubio', 'USAGOV', 'Marco Rubio'], place: ['Warsaw', 'POL'] }),
      ev(t, { trigger: 'visits', cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, date: '2025-03-04', src: ['he', 'USAGOV', 'Marco Rubio'], tgt: ['Lithuania', 'LTU'], place: ['Lithuania', 'LTU'] }),
      ev(t, { trigger: 'travel', cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, date: '2025-03-05', src: ['Rubio', 'USAGOV', 'Marco Rubio'], place: ['Minsk', 'BLR'], factuality: 'hypothetical' }),
      ev(t, { trigger: 'meet', cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, date: '2025-03-05', src: ['Rubio', 'USAGOV', 'Marco Rubio'], tgt: ['Macron', 'FRAGOV', 'Emmanuel Macron'], place: ['Paris', 'FRA'], factuality: 'future' }),
      // Where the shelling was, not where Rubio was.
      ev(t, { trigger: 'condemned', cameo: '111', plover: 'DISAPPROVE', quad: 3, goldstein: -2, date: '2025-03-06', src: ['Rubio', 'USAGOV', 'Marco Rubio'], place: ['Kharkiv', 'UKR'] }),
    ], [['Rubio', 'USAGOV', 'Marco Rubio']]);
    const stops = itinerary(s.db, 'Rubio');
    assert.deepEqual(stops.map((x) => [x.date, x.place, x.country]), [['2025-03-03', 'Warsaw', 'POL'], ['2025-03-04', 'Vilnius', 'LTU'], ['2025-03-05', 'Paris', 'FRA']]);
    assert.equal(stops[1]!.evidence[0]!.how, 'capital');
    assert.equal(stops[0]!.evidence[0]!.sentence, 'Rubio arrived in Warsaw on Monday.');
    assert.ok(stops.every((x) => typeof x.lat === 'number' && typeof x.lon === 'number'), 'coordinates from the knowledge base');
    // Macron was in Paris too: a meeting places both sides.
    assert.deepEqual(itinerary(s.db, 'Macron').map((x) => [x.date, x.place]), [['2025-03-05', 'Paris']]);
    assert.deepEqual(itinerary(s.db, 'Rubio', { from: '2025-03-04', to: '2025-03-04' }).map((x) => x.place), ['Vilnius']);
    assert.deepEqual(itinerary(s.db, 'Nobody'), []);
  });
});

test('itinerary: an unnamed visit is dropped near a stop in its country, a date that is no calendar day counted where Date.parse puts it', () => {
  withStore((s) => {
    const t = 'Rubio met Nauseda in Vilnius. The visit to Lithuania was his first. An earlier trip to Lithuania was short. Rubio met Karis in Tallinn.';
    put(s, { id: 'tour', date: '2025-03-01', text: t }, [
      ev(t, { trigger: 'met', cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, date: '2025-03-03', src: ['Rubio', 'USAGOV', 'Marco Rubio'], tgt: ['Nauseda', 'LTUGOV', 'Gitanas Nauseda'], place: ['Vilnius', 'LTU'] }),
      // "2025-02-30" is 2025-03-02 to Date.parse: a day before the Vilnius stop, so the same trip misdated
      ev(t, { trigger: 'visit', cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, date: '2025-02-30', place: ['Lithuania', 'LTU'] }),
      ev(t, { trigger: 'trip', cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, date: '2025-02-20', place: ['Lithuania', 'LTU'] }),
      ev(t, { trigger: 'met', cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, date: '2025-03-10', src: ['Rubio', 'USAGOV', 'Marco Rubio'], tgt: ['Karis', 'ESTGOV', 'Alar Karis'], place: ['Tallinn', 'EST'] }),
    ], [['Rubio', 'USAGOV', 'Marco Rubio']]);
    const kept = itinerary(s.db, 'Rubio');
    assert.deepEqual(kept.map((x) => [x.date, x.place, x.evidence[0]!.how]),
      [['2025-02-20', 'Vilnius', 'visit'], ['2025-03-03', 'Vilnius', 'located'], ['2025-03-10', 'Tallinn', 'located']]);
    // the same from the events themselves ('*' in day_dirty: no kept day may be used), and page by page
    s.db.prepare("INSERT INTO day_dirty (day) VALUES ('*')").run();
    assert.deepEqual(itinerary(s.db, 'Rubio'), kept);
    s.db.prepare("DELETE FROM day_dirty WHERE day = '*'").run();
    for (let offset = 0; offset < 3; offset++) {
      const page = itineraryPage(s.db, 'Rubio', {}, { evidence: 1, offset, limit: 1 });
      assert.deepEqual([page.more, page.stops.map((x) => x.date)], [offset < 2, [kept[offset]!.date]]);
    }
  });
});

test('itinerary of Blinken from the seed: Kyiv 2022-01-19, Berlin 2022-01-20, Geneva 2022-01-21 with evidence', () => {
  withStore((s) => {
    const seed = seedArticle();
    s.insert([{ article: seed, annotation: annotate(seed), hash: contentHash(seed) }]);
    const stops = itinerary(s.db, 'Blinken');
    assert.deepEqual(stops.map((x) => [x.date, x.place, x.country]),
      [['2022-01-19', 'Kyiv', 'UKR'], ['2022-01-20', 'Berlin', 'DEU'], ['2022-01-21', 'Geneva', 'CHE']]);
    for (const x of stops) {
      assert.ok(x.lat !== null && x.lon !== null && Math.abs(x.lat) > 1, `${x.place} has coordinates`);
      assert.ok(x.evidence.length > 0 && x.evidence.every((e) => e.article === seed.id && seed.text.includes(e.sentence.slice(0, 20))));
    }
    assert.ok(stops[2]!.evidence.some((e) => /Lavrov|Russian counterpart/.test(e.sentence)));
    assert.ok(stops[1]!.evidence.some((e) => /Baerbock|German counterpart/.test(e.sentence)));
  });
});

test('escalation and network: Goldstein-weighted dyad series with quad counts, signed edges, GraphML', () => {
  withStore((s) => {
    const t1 = 'Russia massed troops near Ukraine. Ukraine accused Russia of provocation. The United States urged Russia to pull back.';
    const t2 = 'Russia shelled Kharkiv. Ukraine asked the United States for aid. Russia and Ukraine held talks.';
    put(s, { id: 'd1', date: '2022-01-10', text: t1 }, [
      ev(t1, { trigger: 'massed', cameo: '154', plover: 'MOBILIZE', quad: 4, goldstein: -7.2, date: '2022-01-10', src: ['Russia', 'RUS'], tgt: ['Ukraine', 'UKR'] }),
      ev(t1, { trigger: 'accused', cameo: '112', plover: 'ACCUSE', quad: 3, goldstein: -2, date: '2022-01-10', src: ['Ukraine', 'UKRGOV'], tgt: ['Russia', 'RUS', 'Russia'] }),
      ev(t1, { trigger: 'urged', cameo: '020', plover: 'REQUEST', quad: 1, goldstein: 3, date: '2022-01-10', src: ['United States', 'USAGOV'], tgt: ['Russia', 'RUS', 'Russia'] }),
    ]);
    put(s, { id: 'd2', date: '2022-01-20', text: t2 }, [
      ev(t2, { trigger: 'shelled', cameo: '195', plover: 'ASSAULT', quad: 4, goldstein: -10, date: '2022-01-20', src: ['Russia', 'RUSMIL'], tgt: ['Kharkiv', 'UKR'] }),
      ev(t2, { trigger: 'asked', cameo: '070', plover: 'REQUEST', quad: 1, goldstein: 3.4, date: '2022-01-20', src: ['Ukraine', 'UKRGOV'], tgt: ['United States', 'USAGOV'] }),
      ev(t2, { trigger: 'held talks', cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1, date: '2022-01-20', src: ['Russia', 'RUSGOV'], tgt: ['Ukraine', 'UKRGOV'] }),
    ]);
    const weekly = escalation(s.db, 'RUS', 'UKR', { by: 'week' });
    assert.deepEqual(weekly.map((p) => [p.period, p.events, p.goldstein, p.quad]), [
      ['2022-01-10', 2, -9.2, [0, 0, 1, 1]], ['2022-01-17', 2, -9, [1, 0, 0, 1]]]);
    assert.deepEqual([weekly[0]!.ab, weekly[0]!.ba], [{ events: 1, goldstein: -7.2 }, { events: 1, goldstein: -2 }]);
    assert.deepEqual(escalation(s.db, 'rus', 'ukr', { by: 'week' }), weekly, 'three-letter codes in any case');
    assert.deepEqual(escalation(s.db, 'Ukraine', undefined, { by: 'month' }).map((p) => p.events), [4], 'a name: events naming Ukraine (not the shelling of Kharkiv)');
    const monthly = escalation(s.db, 'RUS', undefined, { by: 'month' });
    assert.deepEqual(monthly.map((p) => [p.period, p.events]), [['2022-01', 5]], 'Russia against all: every dyad event involving Russia');
    const net = network(s.db);
    const edge = (a: string, b: string) => net.edges.find((e) => e.source === a && e.target === b);
    assert.equal(edge('RUS', 'UKR')?.sign, -1);
    assert.equal(edge('USAGOV', 'RUS')?.sign, 1);
    assert.equal(edge('RUSGOV', 'UKRGOV')?.cooperation, 1);
    assert.equal(net.nodes.find((n) => n.id === 'USAGOV')?.label, 'United States GOV');
    assert.deepEqual(network(s.db, { from: '2022-01-15' }).edges.map((e) => e.source).sort(), ['RUSGOV', 'RUSMIL', 'UKRGOV']);
    const g = toGraphML(net);
    assert.match(g, /^<\?xml[^]*<graphml[^]*<edge id="e0" source="[A-Z]+" target="[A-Z]+">[^]*<\/graphml>\n$/);
    assert.equal((g.match(/<node /g) ?? []).length, net.nodes.length);
  });
});

test('timeline: the most referred-to dates, in date order, each with a sentence; --actor and --query narrow it', () => {
  withStore((s) => {
    const ref = (text: string, phrase: string, value: string): Timex => ({ start: nth(text, phrase), end: nth(text, phrase) + phrase.length, text: phrase, type: 'DATE', value });
    const arts: [Article, Timex[], Event[]][] = [];
    const mk = (id: string, date: string, text: string, refs: [string, string][], events: Event[] = []) =>
      arts.push([{ id, date, text }, refs.map(([p, v]) => ref(text, p, v)), events]);
    const q = 'The quake struck Haiti on 12 January. Aid arrived.';
    mk('a1', '2010-01-13', q, [['12 January', '2010-01-12']], [ev(q, { trigger: 'struck', cameo: '190', plover: 'ASSAULT', quad: 4, goldstein: -10, date: '2010-01-12', tgt: ['Haiti', 'HTI'] })]);
    mk('a2', '2010-01-14', 'Rescuers searched rubble after the 12 January quake. The airport reopened on 13 January.', [['12 January', '2010-01-12'], ['13 January', '2010-01-13']]);
    mk('a3', '2010-01-16', 'Since the quake of 12 January, looting spread. US troops landed on 15 January.', [['12 January', '2010-01-12'], ['15 January', '2010-01-15']]);
    mk('a4', '2010-01-20', 'An aftershock hit on 20 January. Troops helped on 15 January as well.', [['15 January', '2010-01-15']]);
    for (const [a, tx, es] of arts) s.insert([{ article: a, hash: contentHash(a), annotation: { anchor: a.date, entities: [], timexes: tx, events: es, quotes: [] } }]);
    const tl = timeline(s.db, { dates: 2 });
    assert.deepEqual(tl.map((e) => e.date), ['2010-01-12', '2010-01-15']);
    assert.equal(tl[0]!.summary, 'The quake struck Haiti on 12 January.', 'the most central sentence about the day');
    assert.match(tl[1]!.summary, /15 January/, 'else a sentence naming the date');
    assert.equal(tl[0]!.events[0]!.plover, 'ASSAULT');
    assert.deepEqual(timeline(s.db, { dates: 1, query: 'aftershock' }).map((e) => e.date), ['2010-01-15']);
    assert.deepEqual(timeline(s.db, { dates: 1, actor: 'HTI' }).map((e) => e.date), ['2010-01-12']);
    assert.deepEqual(timeline(s.db, { dates: 5, from: '2010-01-13', to: '2010-01-14' }).map((e) => e.date), ['2010-01-13', '2010-01-14']);
  });
});

test('timeline: a clock time with its date names that day as a date does', () => {
  withStore((s) => {
    const tx = (text: string, phrase: string, type: Timex['type'], value: string): Timex => ({ start: nth(text, phrase), end: nth(text, phrase) + phrase.length, text: phrase, type, value });
    const texts: [string, string, Timex['type'], string][] = [
      ['a1', 'The talks opened on 14 January in Geneva.', 'DATE', '2010-01-14'],
      ['a2', 'The strike began at 9 p.m. on 15 January, officials said.', 'TIME', '2010-01-15T21:00'],
      ['a3', 'Posted 15 January 2010 10:05 GMT. The strike spread to the ports.', 'TIME', '2010-01-15T10:05'],
    ];
    for (const [id, text, type, value] of texts) {
      const a: Article = { id, date: '2010-01-20', text };
      const phrase = type === 'DATE' ? '14 January' : id === 'a2' ? '9 p.m. on 15 January' : '15 January 2010 10:05 GMT';
      s.insert([{ article: a, hash: contentHash(a), annotation: { anchor: a.date, entities: [], timexes: [tx(text, phrase, type, value)], events: [], quotes: [] } }]);
    }
    assert.deepEqual(timeline(s.db, { dates: 1, from: '2010-01-01', to: '2010-01-19' }).map((e) => e.date), ['2010-01-15']);
  });
});

test('Timeline17 haiti_bbc, first days through the real pipeline: the quake day leads the timeline, reports fuse', async (t) => {
  const root = sharedPath('corpus', 't17', 'haiti_bbc', 'InputDocs');
  if (!root) return t.skip('needs ../shared/corpus/t17/haiti_bbc');
  const days = readdirSync(root).sort().slice(0, 3); // 2010-01-12 .. 2010-01-14
  const dir = mkdtempSync(join(tmpdir(), 'dossier-analyze-'));
  const s = new Store(join(dir, 'test.db'));
  try {
    const batch = [];
    for await (const item of readInputs(days.map((d) => join(root, d)))) {
      if ('error' in item) continue;
      batch.push({ article: item.article, annotation: annotate(item.article), hash: contentHash(item.article) });
    }
    s.insert(batch);
    assert.ok(batch.length >= 40, `${batch.length} articles`);
    const tl = timeline(s.db, { dates: 2 });
    assert.deepEqual(tl.map((e) => e.date), ['2010-01-12', '2010-01-13'], 'the quake, and the first day of reports');
    assert.match(tl[0]!.summary, /quake|earthquake|Haiti/i);
    assert.ok(fusedEvents(s.db, { minArticles: 2 }).length > 0, 'some events are reported by several articles');
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
