// Train the named-entity tagger on CoNLL-2003 eng.train (../shared/gold/ner), report eng.testa after each
// epoch, write models/ner-model.bin.gz. Deterministic: fixed epoch count, seeded document shuffle.
//   npm run train:ner            (compiled)     npx tsx scripts/train-ner.ts [--epochs N] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeDoc, prepareDoc, type PreparedDoc } from '../src/entities/tagger/core.js';
import { LABEL_NAMES, N_LABELS, iobToBilou } from '../src/entities/tagger/labels.js';
import { loadModel, saveModel } from '../src/entities/tagger/modelio.js';
import { MODEL_FILE, resources } from '../src/entities/tagger/resources.js';
import { formatScore, scoreIob } from '../src/entities/tagger/score.js';
import { WeightTable } from '../src/entities/tagger/table.js';
import { labelsToIob, parseConll, type ConllDoc } from '../src/formats/conll.js';
import { sharedPath } from '../src/util/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const EPOCHS = Number(opt('epochs', '12'));
const OUT = opt('out', MODEL_FILE);
/** Rows whose largest averaged weight is below this are dropped from the saved model. */
const MIN_ABS = Number(opt('prune', '0.01'));
const SEED = 20220121;
const MARGIN = Number(opt('margin', '0'));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example { doc: ConllDoc; prep: PreparedDoc; gold: Uint8Array }

function examples(file: string): Example[] {
  const res = resources();
  return parseConll(readFileSync(file, 'utf8')).map((doc) => {
    const prep = prepareDoc(doc.sentences.map((s) => s.words), res);
    const gold = Uint8Array.from(doc.sentences.flatMap((s) => iobToBilou(s.tags.map((t) => t || 'O'))));
    return { doc, prep, gold };
  });
}

function evaluate(exs: Example[], table: WeightTable): ReturnType<typeof scoreIob> {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const ex of exs) {
    const ids = decodeDoc(ex.prep, table);
    let i = 0;
    for (const s of ex.doc.sentences) {
      gold.push(s.tags.map((t) => t || 'O'));
      pred.push(labelsToIob(ids, i, i + s.words.length, 'IOB2'));
      i += s.words.length;
    }
  }
  return scoreIob(gold, pred);
}

function main(): void {
  const trainFile = sharedPath('gold', 'ner', 'eng.train');
  if (!trainFile) throw new Error('train-ner: needs ../shared/gold/ner/eng.train (or DOSSIER_SHARED)');
  const devFile = sharedPath('gold', 'ner', 'eng.testa');
  const t0 = Date.now();
  const train = examples(trainFile);
  const dev = devFile ? examples(devFile) : [];
  const nTok = train.reduce((a, e) => a + e.prep.n, 0);
  console.log(`train: ${train.length} documents, ${nTok} tokens; dev: ${dev.length} documents; labels ${LABEL_NAMES.length}; ` +
    `features extracted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const table = new WeightTable(N_LABELS, 1 << 20, true);
  const clock = { c: 0 };
  const rand = mulberry32(SEED);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const te = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const errors = { n: 0 };
    for (const k of order) decodeDoc(train[k]!.prep, table, { gold: train[k]!.gold, clock, errors, margin: MARGIN });
    let line = `epoch ${epoch}: ${errors.n} token errors (${((100 * errors.n) / nTok).toFixed(2)}%), ${table.size} features, ` +
      `${((Date.now() - te) / 1000).toFixed(1)} s`;
    if (dev.length && (epoch === EPOCHS || epoch % 2 === 0)) line += `; testa F1 ${(100 * evaluate(dev, table.averaged(clock.c)).overall.f1).toFixed(2)}`;
    console.log(line);
  }
  const avg = table.averaged(clock.c);
  const file = saveModel(avg.keys, avg.w, N_LABELS, MIN_ABS);
  writeFileSync(OUT, file);
  console.log(`wrote ${OUT}: ${(file.length / 1e6).toFixed(2)} MB`);
  if (dev.length) {
    console.log('eng.testa with the saved (pruned, quantised) model:');
    console.log(formatScore(evaluate(dev, loadModel(file))));
  }
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
