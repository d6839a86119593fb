// Training: averaged perceptron with a margin over greedy left-to-right decoding, documents shuffled by a
// seeded generator, so the same data and options always give the same model bytes.
import type { ConllDoc } from '../../formats/conll.js';
import { labelsToIob } from '../../formats/conll.js';
import { decodeDoc, prepareDoc, type PreparedDoc, type Resources } from './core.js';
import { N_LABELS, iobToBilou } from './labels.js';
import { saveModel } from './modelio.js';
import { scoreIob, type SpanScore } from './score.js';
import { WeightTable, type Weights } from './table.js';
import { mulberry32 } from '../../util/random.js';

export interface TrainOptions {
  epochs: number;
  /** Margin for the perceptron update (0: plain perceptron). */
  margin: number;
  /** Rows whose largest averaged weight is below this are dropped from the saved model. */
  prune: number;
  seed: number;
  /** Probability of hiding a token's own word features during training. */
  dropout: number;
  /** Called after each epoch (for progress and development scores). */
  /** Independent runs (seed, seed + 1, ...) whose weights are averaged. */
  runs: number;
  onEpoch?: (epoch: number, info: { run: number; errors: number; tokens: number; features: number; averaged: () => WeightTable }) => void;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 16, margin: 30, prune: 1, seed: 20220121, dropout: 0.2, runs: 3 };

export interface Example { doc: ConllDoc; prep: PreparedDoc; gold: Uint8Array }

export function toExamples(docs: ConllDoc[], res: Resources): Example[] {
  return docs.map((doc) => ({
    doc,
    prep: prepareDoc(doc.sentences.map((s) => s.words), res),
    gold: Uint8Array.from(doc.sentences.flatMap((s) => iobToBilou(s.tags.map((t) => t || 'O')))),
  }));
}

/** One perceptron run with one shuffle seed; returns its averaged weights. */
function trainRun(train: Example[], opts: TrainOptions, seed: number, run: number): WeightTable {
  const table = new WeightTable(N_LABELS, 1 << 18, true);
  const clock = { c: 0 };
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  const tokens = train.reduce((a, e) => a + e.prep.n, 0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const errors = { n: 0 };
    for (const k of order) decodeDoc(train[k]!.prep, table, { gold: train[k]!.gold, clock, errors, margin: opts.margin, dropout: opts.dropout, rand });
    opts.onEpoch?.(epoch, { run, errors: errors.n, tokens, features: table.size, averaged: () => table.averaged(clock.c) });
  }
  return table.averaged(clock.c);
}

/**
 * Train on examples; returns the model file's bytes (gzip). With runs > 1 the weights of several runs with
 * different shuffle seeds are averaged, which steadies the model (single runs differ by ~0.5 F1).
 */
export function trainModel(train: Example[], opts: TrainOptions = DEFAULT_TRAIN): Buffer {
  const runs = Math.max(1, opts.runs);
  if (runs === 1) {
    const avg = trainRun(train, opts, opts.seed, 1);
    return saveModel(avg.keys, avg.w, N_LABELS, opts.prune);
  }
  const sum = new WeightTable(N_LABELS, 1 << 18);
  for (let r = 0; r < runs; r++) {
    const avg = trainRun(train, opts, opts.seed + r, r + 1);
    for (let i = 0; i < avg.keys.length; i++) {
      const key = avg.keys[i]!;
      if (key === 0) continue;
      const row = sum.insert(key);
      const w = sum.w;
      for (let l = 0; l < N_LABELS; l++) w[row * N_LABELS + l]! += avg.w[i * N_LABELS + l]! / runs;
    }
  }
  return saveModel(sum.keys, sum.w, N_LABELS, opts.prune);
}

/** Exact-span scores of a weight table on examples. */
export function evaluateExamples(exs: Example[], table: Weights): SpanScore {
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
