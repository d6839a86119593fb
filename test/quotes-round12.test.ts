// Quotes, twelfth round: the rules of the round (lexicon data), on made-up text. (The round's learned decision on
// uncovered quoted words was not adopted; it is in commit 5068dec, see EVALUATION.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/text/index.js';
import { findQuotes } from '../src/quotes/index.js';
import type { EntityLayer } from '../src/model/layers.js';

const noEntities: EntityLayer = { entities: [], mentions: [], mentionAt: () => undefined };
const doc = (text: string) => analyzeText({ id: 't', date: '2016-03-01', text: `Report.\n\n${text}` });

// Each rule measured on PolNeAR train.
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
  assert.deepEqual(shown('Mr. Dale introduced her as “a champion of small towns” and a neighbor.'), [
    ['indirect', 'her as “a champion of small towns” and a neighbor', 'Mr. Dale'],
  ]);
});

test('a quoted name after "entitled" or "dubbed" is a quote of its own, the marked words', () => {
  const q = shown('The new ad, entitled “A Better Road Ahead,” features five farmers from the valley.');
  assert.deepEqual(q.map(([k, t]) => [k, t]), [['direct', 'A Better Road Ahead']]);
});
