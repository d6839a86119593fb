// Quotes, twelfth round: the learned decision on quoted words the rules leave out (src/quotes/spans.ts), on
// made-up text. No model ships (it did not clearly beat the rules on cross-validated PolNeAR train), so these
// test the mechanism with a tiny hand-set model, not its learned weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/text/index.js';
import { findQuotes } from '../src/quotes/index.js';
import type { SpanCandidate, SpanModel } from '../src/quotes/spans.js';
import type { EntityLayer } from '../src/model/layers.js';

const noEntities: EntityLayer = { entities: [], mentions: [], mentionAt: () => undefined };
const doc = (text: string) => analyzeText({ id: 't', date: '2016-03-01', text: `Report.\n\n${text}` });
const SCARE = 'The senator has made the “law and order” message a centerpiece of his run, and aides call it a winner.';

test('a scare quote the rules leave out is a candidate twice: the marked words and the clause around them', () => {
  let found: SpanCandidate[][] = [];
  const q = findQuotes(doc(SCARE), noEntities, { collectSpans: (x) => (found = x) });
  assert.equal(q.length, 0);
  assert.equal(found.length, 1);
  const d = doc(SCARE);
  const texts = found[0]!.map((c) => [c.kind, d.article.text.slice(c.start, c.end)]);
  assert.deepEqual(texts[0], ['M', 'law and order']);
  assert.equal(texts[1]![0], 'C');
  assert.match(texts[1]![1]!, /^The senator has made the “law and order” message a centerpiece of his run/);
  // features are closed-class: buckets, tags and flags, each prefixed by the extent
  assert.ok(found[0]![0]!.feats.every((f) => f.startsWith('M|') || f.startsWith('MA|')));
  assert.ok(found[0]![0]!.feats.includes('M|nw2')); // three words (cuts 1, 2, 3: bucket 2)
});

test('with a model, the likelier extent above the threshold is emitted; none, without one', () => {
  const model: SpanModel = { w: new Map([['M|bias', 2], ['C|bias', -2]]), threshold: 0.6 };
  const q = findQuotes(doc(SCARE), noEntities, { spans: model });
  assert.deepEqual(q.map((x) => [x.kind, x.text]), [['direct', 'law and order']]);
  assert.equal(findQuotes(doc(SCARE), noEntities, { spans: { ...model, threshold: 0.95 } }).length, 0);
  assert.equal(findQuotes(doc(SCARE), noEntities, { spans: null }).length, 0);
});

// Rules of the same round (lexicon data), each measured on PolNeAR train.
const shown = (text: string): [string, string, string | null][] =>
  findQuotes(doc(text), noEntities).map((q) => [q.kind, q.text, q.speaker?.text ?? null]);

test('verbs of speaking and expressing report a clause that holds quoted words', () => {
  assert.deepEqual(shown('Mr. Dale often speaks of breaking “the last barrier” by winning the race.'), [
    ['indirect', 'of breaking “the last barrier” by winning the race', 'Mr. Dale'],
  ]);
  assert.deepEqual(shown('Ms. Hale expressed frustration that her allies were acting as “free riders.”'), [
    ['indirect', 'that her allies were acting as “free riders.”', 'Ms. Hale'],
  ]);
  assert.deepEqual(shown('She talked about “spoiling the party” on Monday.'), [['indirect', 'about “spoiling the party” on Monday', 'She']]);
  assert.deepEqual(shown('Mr. Dale introduced him as “a fighter for families” and a friend.'), [
    ['indirect', 'him as “a fighter for families” and a friend', 'Mr. Dale'],
  ]);
});

test('a quoted name after "entitled" or "dubbed" is a quote of its own, the marked words', () => {
  const q = shown('The new ad, entitled “A Better Road Ahead,” features five farmers from the valley.');
  assert.deepEqual(q.map(([k, t]) => [k, t]), [['direct', 'A Better Road Ahead']]);
});
