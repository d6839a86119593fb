// Quotes, eleventh round: attribution rules found on the PolNeAR train errors, each on made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/text/index.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/model/index.js';
import type { EntityLayer } from '../src/model/layers.js';

// The quote stage on its own: no entity layer, so names come from the text alone. A first paragraph stands
// before each passage, so that it is read as body text, not as a headline.
const noEntities: EntityLayer = { entities: [], mentions: [], mentionAt: () => undefined };
const quotes = (text: string): Quote[] => findQuotes(analyzeText({ id: 't', date: '2016-03-01', text: `Report.\n\n${text}` }), noEntities);
const shown = (text: string): [string, string, string | null][] =>
  quotes(text).map((q) => [q.kind, q.text, q.speaker?.text ?? null]);

test('a bare day name between the subject and its participle: "issued a statement Tuesday saying, “…”"', () => {
  const q = quotes("Mr. Dale, who said in May that the referee had been unfair to his team, issued a statement Tuesday saying, ''Our club will appeal the ruling.''");
  const direct = q.find((x) => x.kind === 'direct')!;
  assert.equal(direct.text, 'Our club will appeal the ruling.');
  assert.equal(direct.speaker?.text, 'Mr. Dale');
  // and the relative clause's report ends where its antecedent's own verb comes
  const reported = q.find((x) => x.kind === 'indirect')!;
  assert.equal(reported.text, 'that the referee had been unfair to his team');
});

test('a participle after a quote does not invert: in "“…,” saying the city …" the city is what is said', () => {
  assert.deepEqual(shown('Mr. Dale has delivered a long defense of “small-town values,” saying the town embodied the “heart and soul of the state.”'), [
    ['indirect', 'the town embodied the “heart and soul of the state.”', 'Mr. Dale'],
  ]);
});

test('a name after "a play called" is no quote of its own words', () => {
  // (fourteenth round: the named thing and the name are one quote, src/quotes/naming.ts; see test/quotes.test.ts)
  assert.deepEqual(shown('A group of comedians is staging a popular play called “Sons of the Mayor” in the capital.').map((q) => q.slice(0, 2)), [
    ['indirect', 'a popular play called “Sons of the Mayor”'],
  ]);
  // after a subject the verb is speech
  assert.equal(quotes('Mr. Dale called “Sons of the Mayor” a disgrace.').length, 1);
});

test('the name in an apposition speaks when the title before it cannot head a phrase', () => {
  assert.deepEqual(shown('And the state’s attorney general, Pam Reed, vowed to track down “whoever set the barn fires.”'), [
    ['indirect', 'to track down “whoever set the barn fires.”', 'Pam Reed'],
  ]);
});

test('reported speech with quoted words after a speech verb whose subject is no name: "About four in 10 said …"', () => {
  assert.deepEqual(shown('About three in 10 said they felt “cheated” by the way the county council spends money.'), [
    ['indirect', 'they felt “cheated” by the way the county council spends money', 'About three in 10'],
  ]);
  assert.deepEqual(shown('While those surveyed said Mr. Dale has the “best experience,” Ms. Vale is trusted most.').map((q) => q[2]), ['those surveyed']);
  // without quoted words nothing is taken, nor from a verb used as a modifier
  assert.deepEqual(shown('About three in 10 said they felt cheated by the way the county council spends money.'), []);
  assert.deepEqual(shown('His repeated misreadings of “Qatar” only deepened the worries of the panel.'), []);
});

test('an -ing speech verb the tagger reads as an adjective still reports before "to"', () => {
  assert.deepEqual(shown('Both candidates used rough words, with Mr. Dale recently promising to “run them out of town.” Neither gave details.'), [
    ['indirect', 'to “run them out of town.”', 'Mr. Dale'],
  ]);
});

test('reported speech goes on through a list of predicates after the quoted words', () => {
  assert.deepEqual(shown('In a video, Mr. Dale said his friend is ready to “take on the old guard,” secure the border, strengthen the army, and improve care for veterans.'), [
    ['indirect', 'his friend is ready to “take on the old guard,” secure the border, strengthen the army, and improve care for veterans', 'Mr. Dale'],
  ]);
});

test('a noun of speech reports the clause after it when it holds quoted words', () => {
  const q = quotes('Nobody has confirmed Mr. Dale’s recent assertion that “thousands” of voters cheered the ruling.');
  assert.deepEqual(q.map((x) => x.text), ['that “thousands” of voters cheered the ruling']);
  assert.match(q[0]!.speaker?.text ?? '', /^Mr\. Dale/); // the owner (the speaker ranker may take his phrase whole)
  assert.deepEqual(shown('Voters worry about his pledge to be “neutral” during the talks.'), [['indirect', 'to be “neutral” during the talks', 'his']]);
  // the agent after "by"
  assert.deepEqual(shown('On Monday it was a report by Axios that she “invented” the details of a meeting.'), [
    ['indirect', 'that she “invented” the details of a meeting', 'Axios'],
  ]);
  // a relative "that", a name after "to", a clause without quoted words: no report
  assert.deepEqual(shown('The remarks that drew “boos” came late.'), []);
  assert.deepEqual(shown('She said as much in a call to NPR’s “Morning Edition.”').filter((q) => q[1].startsWith('to ')), []);
  assert.deepEqual(shown('His claim that the vote was rigged has not been confirmed.'), []);
});

test('the question after "Asked": its own clause, with quoted words', () => {
  assert.deepEqual(shown('Asked if the senator is “realistic enough to serve,” 72 percent of voters said yes.').map((q) => q[1]), [
    'if the senator is “realistic enough to serve', // (the comma and closing mark trimmed, as spanOf does)
  ]);
  assert.deepEqual(shown('But when asked how he would define the “elite” - a word used by his opponent - he bristled.').map((q) => q[1]), [
    'how he would define the “elite”',
  ]);
});

test('a participle of speech opening the sentence reports its "that" clause up to the first break', () => {
  assert.deepEqual(shown('Acknowledging that the mayor “says a lot of silly things,” though, Ms. Vale did suggest that he meant well.').map((q) => q[1]), [
    'that the mayor “says a lot of silly things',
    'that he meant well',
  ]);
  // the clause without quoted words is no quote; the quoted words after the break belong to the main clause
  assert.deepEqual(shown('Declaring that only she could repair the roads, the governor presented herself as a “get it done” leader.').filter((q) => q[1].startsWith('that')), []);
});

test('“A,” X said, adding, “B”: the participle right before B starts an attribution of its own', () => {
  const q = quotes('“We will win this state,” Ms. Vale said, adding, “The other side has no plan at all.”');
  assert.deepEqual(q.map((x) => x.text), ['We will win this state', 'The other side has no plan at all.']);
  assert.equal(q[0]!.speaker?.text, 'Ms. Vale');
  assert.equal(q[1]!.speaker?.text, 'Ms. Vale');
  assert.notEqual(q[0]!.attribution, q[1]!.attribution);
  // a split quote ('“A,” he said, “B”') stays one attribution
  const s = quotes('“We will win this state,” Ms. Vale said, “because the other side has no plan.”');
  assert.equal(s.length, 2);
  assert.equal(s[0]!.attribution, s[1]!.attribution);
});

test('a speaker phrase with a preposition after the quote: “…,” a narrator in the commercial states', () => {
  const q = quotes('“Farmers trust him because he has worked the land himself,” a narrator in the commercial states. “He knows what a bad harvest costs.”');
  assert.deepEqual(q.map((x) => [x.text, x.speaker?.text]), [
    ['Farmers trust him because he has worked the land himself', 'a narrator in the commercial'],
    ['He knows what a bad harvest costs.', 'a narrator in the commercial'],
  ]);
  assert.equal(q[0]!.attribution, q[1]!.attribution);
});

test('words jeered, blared or echoed next to quotation marks are quotes', () => {
  assert.deepEqual(shown("Marco rounded third base as the fans jeered, ''Go home!''").map((q) => q[1]), ['Go home!']);
  assert.deepEqual(shown("''Collapse!'' blared the front page of The Daily Ledger.").map((q) => q[1]), ['Collapse!']);
});

test('reported speech goes on over "what he called" and over a circumstance in -ing', () => {
  assert.deepEqual(shown('The remarks suggest Mr. Dale is running two campaigns, railing against what he calls a “rigged” process while courting the old guard.').map((q) => q[1]), [
    'Mr. Dale is running two campaigns, railing against what he calls a “rigged” process while courting the old guard',
  ]);
  assert.deepEqual(shown('Mr. Dale noted that two of his aides had “nearly quit” while working on the recount.').map((q) => q[1]), [
    'that two of his aides had “nearly quit” while working on the recount',
  ]);
  // "before adding" is a later clause of its own
  assert.deepEqual(shown('Mr. Dale noted that the count was “a disgrace” before adding that he would sue.').map((q) => q[1]), [
    'that the count was “a disgrace”',
    'that he would sue',
  ]);
});
