// Named-entity tagger: labels, CoNLL format, the seed article, eng.testa F1 and deterministic training.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeText } from '../src/text/index.js';
import { tagDoc, tagTokens } from '../src/entities/tagger/index.js';
import { decodeDoc, prepareDoc } from '../src/entities/tagger/core.js';
import { prepareForTagging } from '../src/entities/tagger/fast.js';
import { loadModel } from '../src/entities/tagger/modelio.js';
import { bilouSpans, iobToBilou, LABEL_NAMES, OPENING } from '../src/entities/tagger/labels.js';
import { MODEL_FILE, resources } from '../src/entities/tagger/resources.js';
import { jsonType, placeType } from '../src/entities/tagger/places.js';
import { scoreIob } from '../src/entities/tagger/score.js';
import { toExamples, trainModel } from '../src/entities/tagger/train.js';
import { annotateConll, detectScheme, parseConll } from '../src/formats/conll.js';
import { sharedPath } from '../src/util/paths.js';
import { seedArticle } from './fixtures.js';
import type { FrozenTable } from '../src/entities/tagger/table.js';

/**
 * The fast path against the feature-list path on one document: the same labels (decodeDoc settles most tokens by
 * their leads and scores only the others), then every token's static rows, and leads that bound how far a B or U
 * gets ahead of O in those rows and in the rows after an O.
 */
function checkFastPath(sentences: string[][], model: FrozenTable, what: string): number {
  const ref = prepareDoc(sentences, resources());
  assert.deepEqual(decodeDoc(prepareForTagging(sentences, resources(), model), model), decodeDoc(ref, model), what);
  const fast = prepareForTagging(sentences, resources(), model);
  const L = model.nLabels;
  const st = fast.staticScores!;
  const y0 = fast.prevOScores!;
  const row = new Float64Array(L);
  for (let i = 0; i < ref.n; i++) {
    fast.scoreToken!(i);
    row.fill(0);
    for (let j = ref.off[i]!; j < ref.off[i + 1]!; j++) model.accumulate(ref.feats[j]!, row);
    for (let l = 0; l < L; l++) assert.equal(st[i * L + l], row[l], `${what} token ${i} label ${l}`);
    for (const l of OPENING) {
      assert.ok(st[i * L + l]! - st[i * L]! <= fast.staticLead![i]!, `${what} token ${i}: static lead of label ${l}`);
      assert.ok(y0[i * L + l]! - y0[i * L]! <= fast.prevOLead![i]!, `${what} token ${i}: lead after O of label ${l}`);
    }
  }
  return ref.n;
}

test('IOB1 tags become BILOU labels and the same spans come back', () => {
  const tags = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'I-MISC'];
  const labels = iobToBilou(tags).map((l) => LABEL_NAMES[l]);
  assert.deepEqual(labels, ['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'U-ORG', 'U-MISC']);
  const spans = bilouSpans(iobToBilou(tags)).map((s) => [s.start, s.end]);
  assert.deepEqual(spans, [[0, 2], [3, 4], [4, 5], [5, 6], [6, 7]]);
});

test('exact-span scoring counts a boundary error as one false positive and one false negative', () => {
  const s = scoreIob([['I-PER', 'I-PER', 'O']], [['I-PER', 'O', 'O']]);
  assert.equal(s.overall.tp, 0);
  assert.equal(s.overall.fp, 1);
  assert.equal(s.overall.fn, 1);
});

const CONLL_IOB1 = [
  '-DOCSTART- -X- -X- O',
  '',
  'Foreign NNP I-NP O',
  'Minister NNP I-NP O',
  'Sergei NNP I-NP I-PER',
  'Lavrov NNP I-NP I-PER',
  'met VBD I-VP O',
  'Antony NNP I-NP I-PER',
  'Blinken NNP I-NP I-PER',
  'in IN I-PP O',
  'Geneva NNP I-NP I-LOC',
  '. . O O',
  '',
  'NATO NNP I-NP I-ORG',
  'said VBD I-VP O',
  'nothing NN I-NP O',
  '. . O O',
  '',
].join('\n');

test('annotate --format conll keeps every line and appends one IOB1 tag to token lines', () => {
  const out = annotateConll(CONLL_IOB1).split('\n');
  const inp = CONLL_IOB1.split('\n');
  assert.equal(out.length, inp.length);
  for (let i = 0; i < inp.length; i++) {
    if (inp[i] === '' || inp[i]!.startsWith('-DOCSTART-')) assert.equal(out[i], inp[i]);
    else assert.match(out[i]!, new RegExp(`^${inp[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (O|I-(PER|ORG|LOC|MISC)|B-(PER|ORG|LOC|MISC))$`));
  }
  const pred = out.filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ').at(-1));
  assert.deepEqual(pred.slice(2, 4), ['I-PER', 'I-PER'], 'Sergei Lavrov');
  assert.equal(pred[8], 'I-LOC', 'Geneva is LOC in CoNLL output (never GPE)');
  assert.equal(pred[10], 'I-ORG', 'NATO');
});

test('the IOB scheme of the input is kept: IOB2 in, IOB2 out', () => {
  const iob2 = CONLL_IOB1.replace('Sergei NNP I-NP I-PER', 'Sergei NNP I-NP B-PER').replace('Geneva NNP I-NP I-LOC', 'Geneva NNP I-NP B-LOC');
  assert.equal(detectScheme(parseConll(CONLL_IOB1)), 'IOB1');
  assert.equal(detectScheme(parseConll(iob2)), 'IOB2');
  const lines = annotateConll(iob2).split('\n');
  const geneva = lines.find((l) => l.startsWith('Geneva'))!;
  assert.equal(geneva.split(' ').at(-1), 'B-LOC');
});

test('curly apostrophes and quotes tag like straight ones', () => {
  const [curly] = tagTokens([['Antony', 'Blinken', '’s', 'trip', 'to', 'Kyiv', '“', 'matters', '”', '.']]);
  const [straight] = tagTokens([['Antony', 'Blinken', "'s", 'trip', 'to', 'Kyiv', '"', 'matters', '"', '.']]);
  assert.deepEqual(curly, straight);
  assert.deepEqual(curly!.slice(0, 2), ['B-PER', 'L-PER']);
  assert.equal(curly![5], 'U-LOC');
});

test('the seed article: people, places and organisations', () => {
  const doc = analyzeText(seedArticle());
  const spans = tagDoc(doc).map((s) => ({
    text: doc.article.text.slice(doc.tokens[s.tokenStart]!.start, doc.tokens[s.tokenEnd - 1]!.end),
    type: s.type,
  }));
  const typeOf = (name: string) => {
    const types = new Set(spans.filter((s) => s.text === name).map((s) => s.type));
    assert.ok(types.size > 0, `${name} is tagged`);
    return [...types];
  };
  for (const p of ['Blinken', 'Lavrov', 'Zelenskyy', 'Kirby', 'Putin', 'Ned Price', 'Jen Psaki', 'William Burns',
    'Dmytro Kuleba', 'Annalena Baerbock']) assert.deepEqual(typeOf(p), ['PER'], p);
  for (const g of ['Geneva', 'Kyiv', 'Berlin', 'Ukraine', 'Russia', 'Moscow']) assert.deepEqual(typeOf(g), ['GPE'], g);
  for (const o of ['NATO', 'CIA', 'State Department', 'Pentagon', 'White House']) assert.deepEqual(typeOf(o), ['ORG'], o);
  assert.deepEqual(typeOf('Eastern Europe'), ['LOC']);
  assert.deepEqual(typeOf('Russian'), ['MISC']);
  assert.ok(spans.every((s) => !/['’]s$/.test(s.text)), 'no span ends in a possessive');
});

test('wink-nlp tokens: hyphenated names are tagged whole, contractions and edge punctuation are not names', () => {
  const text = "I'm told President Bashar al-Assad flew over the Gulf of Mexico (twice) with Halliburton's chief.";
  const doc = analyzeText({ id: 't', date: '2011-01-01', text });
  const spans = tagDoc(doc).map((s) => `${text.slice(doc.tokens[s.tokenStart]!.start, doc.tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
  assert.ok(spans.includes('Bashar al-Assad/PER'), spans.join(' '));
  assert.ok(spans.includes('Gulf of Mexico/LOC'), spans.join(' '));
  assert.ok(!spans.some((s) => s.startsWith("I'm")), spans.join(' '));
  assert.ok(spans.every((s) => !/^[^\p{L}\p{N}]|[^\p{L}\p{N}.]\/|['’]s\//u.test(s)), spans.join(' '));
});

test('GPE or LOC after tagging: countries and cities are GPE, regions and rivers LOC', () => {
  const res = resources();
  assert.equal(placeType('Ukraine', res), 'GPE');
  assert.equal(placeType('Geneva', res), 'GPE');
  assert.equal(placeType('Texas', res), 'GPE');
  assert.equal(placeType('Middle East', res), 'LOC');
  assert.equal(placeType('Danube', res), 'LOC');
  assert.equal(placeType('Zambezi River', res), 'LOC');
  assert.equal(placeType('White House', res), 'ORG');
  // Gazetteer corrections of the model's ORG / MISC in the JSON path.
  assert.equal(jsonType('ORG', 'Eastern Europe', res), 'LOC');
  assert.equal(jsonType('ORG', 'Cairo', res), 'GPE');
  assert.equal(jsonType('MISC', 'Arab League', res), 'ORG');
  assert.equal(jsonType('ORG', 'Reuters', res), 'ORG');
  assert.equal(jsonType('MISC', 'Biden Administration', res), 'ORG');
  assert.equal(jsonType('LOC', 'Brookings Institution', res), 'ORG');
  assert.equal(jsonType('MISC', 'Russian', res), 'MISC');
  assert.equal(jsonType('PER', 'Georgia', res), 'PER');
});

test('eng.testa: exact-span F1 of at least 90', (t) => {
  const p = sharedPath('gold', 'ner', 'eng.testa');
  if (!p) return t.skip('needs ../shared/gold/ner/eng.testa');
  const input = readFileSync(p, 'utf8');
  const gold = parseConll(input).flatMap((d) => d.sentences.map((s) => s.tags.map((x) => x || 'O')));
  const pred = parseConll(annotateConll(input)).flatMap((d) => d.sentences.map((s) => s.tags));
  const s = scoreIob(gold, pred);
  assert.equal(s.overall.tp + s.overall.fn, 5942, 'all gold entities of eng.testa scored');
  assert.ok(s.overall.f1 >= 0.9, `F1 ${(100 * s.overall.f1).toFixed(2)}`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) assert.ok(s.byType[type]!.f1 >= 0.8, `${type} F1 ${s.byType[type]!.f1}`);
});

test('the tagging fast path scores and labels every token exactly as the feature-list path', (t) => {
  if (!existsSync(MODEL_FILE)) return t.skip('needs models/ner-model.bin.gz');
  const model = loadModel(readFileSync(MODEL_FILE));
  const docs: string[][][] = [];
  const seed = analyzeText(seedArticle());
  docs.push(seed.sentences.map((s) => seed.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text)));
  const p = sharedPath('gold', 'ner', 'eng.testa');
  if (p) for (const d of parseConll(readFileSync(p, 'utf8'))) docs.push(d.sentences.map((s) => s.words));
  let tokens = 0;
  for (const sentences of docs) tokens += checkFastPath(sentences, model, `doc ${tokens}`);
  assert.ok(tokens > 500);
});

test('what a document shows of a word\'s case (lower case, capitalised mid-sentence) counts for that document only', (t) => {
  // The fast path marks each lower-case form with the number of the last document that showed it (src/entities/
  // tagger/fast.ts, LowerMark); the feature-list path builds sets per document. Documents in several orders, each
  // showing "bush", "march", "green" differently, must score as that path scores each alone.
  if (!existsSync(MODEL_FILE)) return t.skip('needs models/ner-model.bin.gz');
  const model = loadModel(readFileSync(MODEL_FILE));
  const docs: string[][][] = [
    [['The', 'bush', 'fire', 'spread', 'in', 'march', '.'], ['Apple', 'said', 'apple', 'sales', 'rose', '.']],
    [['Bush', 'met', 'Mr', 'Green', 'in', 'March', '.'], ['Then', 'APPLE', 'and', 'Green', 'Energy', 'spoke', '.']],
    [['The', 'Bush', 'visit', 'ended', '.'], ['green', 'energy', 'is', 'cheap', ',', 'says', 'Mr.', 'Green', '.']],
  ];
  for (const order of [[0, 1, 2], [2, 1, 0], [1, 1, 0, 2, 1]]) {
    for (const k of order) checkFastPath(docs[k]!, model, `doc ${k}`);
  }
});

test('training is deterministic: the same data gives the same model bytes', (t) => {
  const p = sharedPath('gold', 'ner', 'eng.train');
  if (!p) return t.skip('needs ../shared/gold/ner/eng.train');
  const docs = parseConll(readFileSync(p, 'utf8')).slice(0, 40);
  const exs = toExamples(docs, resources());
  const opts = { epochs: 2, margin: 30, prune: 1, seed: 7, dropout: 0.2, runs: 2 };
  const a = trainModel(exs, opts);
  const b = trainModel(toExamples(docs, resources()), opts);
  assert.ok(a.length > 1000);
  assert.ok(a.equals(b));
});
