// British spellings: wink-nlp lemmatises "criticises" as "criticize"; every stage that tells a base, -s or past
// form by comparing it with its lemma must read British text as it reads American (src/text/spelling.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { respell } from '../src/text/spelling.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { annotate } from '../src/pipeline.js';

test('respell brings a British form to the spelling of its American lemma, and leaves other forms alone', () => {
  const cases: [string, string, string][] = [
    ['criticises', 'criticize', 'criticizes'], ['organising', 'organize', 'organizing'], ['analysed', 'analyze', 'analyzed'],
    ['honours', 'honor', 'honors'], ['centre', 'center', 'center'], ['manoeuvre', 'maneuver', 'maneuver'],
    ['defence', 'defense', 'defense'], ['practise', 'practice', 'practice'], ['programme', 'program', 'program'],
    ['fulfil', 'fulfill', 'fulfill'], ['organisations', 'organization', 'organizations'],
    // irregular forms and American spellings are not touched
    ['went', 'go', 'went'], ['killed', 'kill', 'killed'], ['bought', 'buy', 'bought'], ['cancelled', 'cancel', 'cancelled'],
    ['programs', 'program', 'programs'], ['criticizes', 'criticize', 'criticizes'], ['women', 'woman', 'women'],
  ];
  for (const [form, lemma, want] of cases) assert.equal(respell(form, lemma), want, `${form} / ${lemma}`);
});

test('respell answers a pair it has seen before as it did the first time (its answers are kept)', () => {
  const pairs: [string, string][] = [['criticised', 'criticize'], ['killed', 'kill'], ['centres', 'center'], ['kills', 'kill'], ['colours', 'color']];
  const first = pairs.map(([f, l]) => respell(f, l));
  assert.deepEqual(first, ['criticized', 'killed', 'centers', 'kills', 'colors']);
  for (let round = 0; round < 3; round++) assert.deepEqual(pairs.map(([f, l]) => respell(f, l)), first);
  // one lemma, several forms: each form keeps its own answer
  assert.deepEqual(['honour', 'honoured', 'honours', 'honor'].map((f) => respell(f, 'honor')), ['honor', 'honored', 'honors', 'honor']);
});

test('a British -s form is a present tense: its date lies ahead, as with the American spelling', () => {
  const values = (text: string) => annotateTime(analyzeText({ id: 't', date: '2011-03-10', text })).timexes.map((t) => t.value);
  // written in March 2011: "June" in a present-tense plan is June 2011, in a past clause June 2010
  assert.deepEqual(values('The council finalises its budget in June.'), ['2011-06']);
  assert.deepEqual(values('The council finalizes its budget in June.'), ['2011-06']);
  assert.deepEqual(values('The council finalised its budget in June.'), ['2010-06']);
  // a base form after a plural subject: "on Friday" is the coming Friday (2011-03-11), not the last one
  assert.deepEqual(values('The ministers finalise the treaty on Friday.'), ['2011-03-11']);
});

test('a British base form after an infinitive keeps the subject of the verb group it continues', () => {
  const coded = (text: string) => annotate({ id: 'e', date: '2011-03-10', text }).events
    .filter((e) => e.cameo === '111').map((e) => `${e.source?.code}>${e.target?.code}`);
  assert.deepEqual(coded('Turkey was slow to punish or even criticise Syria.'), ['TUR>SYR']);
  assert.deepEqual(coded('Turkey was slow to punish or even criticize Syria.'), ['TUR>SYR']);
});
