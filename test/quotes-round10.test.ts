// Quotes, tenth round: attribution rules found on the PolNeAR train errors, each on made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/text/index.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/model/index.js';
import type { EntityLayer } from '../src/model/layers.js';

// The quote stage on its own: no entity layer, so names come from the text alone.
const noEntities: EntityLayer = { entities: [], mentions: [], mentionAt: () => undefined };
const quotes = (text: string): Quote[] => findQuotes(analyzeText({ id: 't', date: '2016-03-01', text }), noEntities);
const shown = (text: string): [string, string, string | null][] =>
  quotes(text).map((q) => [q.kind, q.text, q.speaker?.text ?? null]);

test('reported speech after "that" goes on past a speech verb inside it, not past one opening a clause of its own', () => {
  assert.deepEqual(shown('Ms. Vale said Friday that she wrote to her rival after the vote to thank him for what she called “a fair and clean race.”'), [
    ['indirect', 'that she wrote to her rival after the vote to thank him for what she called “a fair and clean race.”', 'Ms. Vale'],
  ]);
  // ", while X said …": the inner report is a clause of its own, with its own speaker
  const q = quotes('Mr. Ode said that the bill would pass easily, while Ms. Vale said it was “dead on arrival.”');
  const marked = q.find((x) => x.text.includes('“'))!;
  assert.equal(marked.text, 'it was “dead on arrival.”');
  assert.equal(marked.speaker?.text, 'Ms. Vale');
});

test('a plural possessive in the attribution after a quote is no quotation mark', () => {
  const q = quotes('“We will win this state by a wide margin,” Tom Reyes, the Greens’ campaign manager, said in a statement.');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'Tom Reyes');
});

test('"as X put it" attributes the quote before or after it', () => {
  assert.deepEqual(shown('As one senior aide put it, “We are done with this fight.”'), [['direct', 'We are done with this fight.', 'one senior aide']]);
  assert.deepEqual(shown('“We are done with this fight,” as the senior aide put it.'), [['direct', 'We are done with this fight', 'the senior aide']]);
  // the speaker right after "as", past a quoted title in the description; "it" is never the speaker
  assert.deepEqual(shown("As Ann Lee, author of ''Our Law,'' put it, ''Senate Republicans should remember this.''"), [
    ['direct', 'Senate Republicans should remember this.', 'Ann Lee'],
  ]);
  // not a cue without "it" after it: a scare quote after "put" stays no quote
  assert.deepEqual(shown('Officials put the “emergency” plan on hold.'), []);
});

test('a sentence opening with "Said X, …," attributes the quote after the description of X', () => {
  assert.deepEqual(shown('The old mill became a library. Said Rosa Teague, who ran the bakery across the road for decades, “The whole town came out for it.”'), [
    ['direct', 'The whole town came out for it.', 'Rosa Teague'],
  ]);
});

test('a speaker set off by dashes before the verb: "X — a farmer from Ames — says"', () => {
  const q = quotes('Jim Hale — a farmer from Ames — says the endorsement of the governor was “a big deal.”');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker?.text, 'Jim Hale');
});

test('announced words go on through a list of quoted phrases', () => {
  assert.deepEqual(shown("The crowd kept shouting ''Build it now'' and ''Not one more.'' Then it left."), [
    ['direct', "Build it now'' and ''Not one more.", 'The crowd'],
  ]);
  // not over a paragraph break
  assert.equal(quotes('The crowd was shouting “we win, you lose!”\n\n“I know,” Ms. Vale said.').filter((x) => x.kind === 'direct').length, 2);
});

test('attributions after a quote ending in an abbreviation and a comma, or in a nested quote closing with it', () => {
  assert.deepEqual(shown("''Growers gained the most from the U.S.D.A.,'' said Ann Cole, a lecturer in agronomy at a county college. ''Nobody saw it coming.''").map((x) => x[2]), [
    'Ann Cole', 'Ann Cole',
  ]);
  assert.deepEqual(shown("''I first saw it on 'Good Day Ohio,''' said Tom Vick, a former aide to the mayor.").map((x) => x[2]), ['Tom Vick']);
});

test('the second part of a split quote after a long description of its inverted speaker', () => {
  const q = quotes('"The danger," said Nora Pike, a banker who runs the lending desk at a credit union in Dayton, "is that rates climb too fast."');
  assert.deepEqual(q.map((x) => x.speaker?.text), ['Nora Pike', 'Nora Pike']);
  assert.equal(q[0]!.attribution, q[1]!.attribution);
});

test('a circumstance after the verb of an attribution between two quoted parts', () => {
  // "he told X after the debate, “…”": the verb does not report a clause there, the second part is his quote
  const q = quotes('The “tension is worse than anything I recall,” he told Dana Kirk of KTVB after the rally, “and I want us to move past it.”');
  assert.deepEqual(q.map((x) => [x.kind, x.text, x.speaker?.text]), [
    ['indirect', 'The “tension is worse than anything I recall,”', 'he'],
    ['direct', 'and I want us to move past it.', 'he'],
  ]);
  assert.equal(q[0]!.attribution, q[1]!.attribution);
});

test('reported speech going on past “…,” stops at a participle or an apposition of the writer after it', () => {
  assert.deepEqual(shown('In another post, Mr. Dole called Ms. Ray the “ultimate insider,” linking to a story about her donors.'), [
    ['indirect', 'Ms. Ray the “ultimate insider,”', 'Mr. Dole'],
  ]);
  assert.deepEqual(shown('Mr. Dole called Ms. Ray a “moderate,” a subtle dig at her record in the state senate.'), [['indirect', 'Ms. Ray a “moderate,”', 'Mr. Dole']]);
  // a lower-case continuation of the clause still goes on (seventh round)
  assert.deepEqual(shown('He said the tax was “peanuts,” compared to what the state had planned.'), [
    ['indirect', 'the tax was “peanuts,” compared to what the state had planned', 'He'],
  ]);
});
