// Does the entity stage's repair of tagger spans (titles, dictionary names and types) help or hurt plain NER?
// Exact-span CoNLL F1 on eng.testa of (a) the tagger alone and (b) the named mentions recognizeEntities keeps
// (GPE scored as LOC, nominals and pronouns left out). Tokens and POS come from the CoNLL file itself.
//   npx tsx eval/entities-conll.ts [FILE]     (default ../shared/gold/ner/eng.testa)
import { readFileSync } from 'node:fs';
import { tagDoc } from '../src/entities/tagger/index.js';
import { entitiesFromTagged } from '../src/entities/index.js';
import { formatScore, scoreIob } from '../src/entities/tagger/score.js';
import type { Doc, Sentence, Token } from '../src/model/index.js';
import { sharedPath } from '../src/util/paths.js';

const file = process.argv[2] ?? sharedPath('gold', 'ner', 'eng.testa');
if (!file) {
  console.error('eval/entities-conll: needs ../shared/gold/ner/eng.testa');
  process.exit(1);
}

// Penn Treebank tags -> the universal tags the text layer gives (only the distinctions the stage uses).
function upos(ptb: string): string {
  if (ptb === 'NNP' || ptb === 'NNPS') return 'PROPN';
  if (ptb.startsWith('NN')) return 'NOUN';
  if (ptb === 'PRP' || ptb === 'PRP$' || ptb === 'WP' || ptb === 'WP$') return 'PRON';
  if (ptb.startsWith('JJ')) return 'ADJ';
  if (ptb.startsWith('VB')) return 'VERB';
  if (ptb === 'DT') return 'DET';
  if (ptb === 'IN') return 'ADP';
  if (ptb === 'CD') return 'NUM';
  return /^[A-Z]/.test(ptb) ? 'X' : 'PUNCT';
}

interface Raw { words: string[]; pos: string[]; tags: string[] }
const docs: Raw[][] = [];
let cur: Raw[] = [];
let sent: Raw | undefined;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-')) { if (sent) cur.push(sent); sent = undefined; if (cur.length) docs.push(cur); cur = []; continue; }
  if (!line.trim()) { if (sent) cur.push(sent); sent = undefined; continue; }
  const c = line.trim().split(/\s+/);
  sent ??= { words: [], pos: [], tags: [] };
  sent.words.push(c[0]!); sent.pos.push(c[1]!); sent.tags.push(c[c.length - 1]!);
}
if (sent) cur.push(sent);
if (cur.length) docs.push(cur);

const gold: string[][] = [];
const tagger: string[][] = [];
const ours: string[][] = [];
const toType = (t: string): string => (t === 'GPE' ? 'LOC' : t);
for (const d of docs) {
  let text = '';
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of d) {
    const ts = tokens.length;
    const start = text.length;
    s.words.forEach((w, i) => {
      if (i) text += ' ';
      tokens.push({ start: text.length, end: text.length + w.length, text: w, pos: upos(s.pos[i]!), lemma: w.toLowerCase() });
      text += w;
    });
    sentences.push({ start, end: text.length, tokenStart: ts, tokenEnd: tokens.length });
    text += '\n';
  }
  const doc: Doc = { article: { id: 'conll', date: '1996-08-30', text }, tokens, sentences };
  const tagged = tagDoc(doc);
  const layer = entitiesFromTagged(doc, tagged);
  const tagT = new Array<string>(tokens.length).fill('O');
  for (const sp of tagged) for (let k = sp.tokenStart; k < sp.tokenEnd; k++) tagT[k] = (k === sp.tokenStart ? 'B-' : 'I-') + toType(sp.type);
  const ourT = new Array<string>(tokens.length).fill('O');
  for (const m of layer.mentions) {
    if (m.kind !== 'name') continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) ourT[k] = (k === m.tokenStart ? 'B-' : 'I-') + toType(m.type);
  }
  for (const s of sentences) {
    gold.push(d[sentences.indexOf(s)]!.tags);
    tagger.push(tagT.slice(s.tokenStart, s.tokenEnd));
    ours.push(ourT.slice(s.tokenStart, s.tokenEnd));
  }
}
console.log(`${file}: ${docs.length} documents, ${gold.length} sentences`);
console.log('tagger alone (tagDoc):');
console.log(formatScore(scoreIob(gold, tagger)));
console.log('named mentions of recognizeEntities (tagger + title/dictionary repair):');
console.log(formatScore(scoreIob(gold, ours)));
