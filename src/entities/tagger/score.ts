// Exact-span precision, recall and F1 (conlleval semantics), overall and per type.
import { TYPES, bilouSpans, iobToBilou } from './labels.js';

export interface PRF { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
export interface SpanScore { overall: PRF; byType: Record<string, PRF> }

const prf = (tp: number, fp: number, fn: number): PRF => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Score predicted against gold IOB tag sequences, sentence by sentence. */
export function scoreIob(gold: string[][], pred: string[][]): SpanScore {
  const tp = new Array<number>(TYPES.length).fill(0);
  const fp = tp.slice();
  const fn = tp.slice();
  for (let s = 0; s < gold.length; s++) {
    const key = (sp: { start: number; end: number; type: number }) => `${sp.start}:${sp.end}:${sp.type}`;
    const g = new Set(bilouSpans(iobToBilou(gold[s]!)).map(key));
    const pSpans = bilouSpans(iobToBilou(pred[s]!));
    for (const sp of pSpans) {
      if (g.delete(key(sp))) tp[sp.type]!++;
      else fp[sp.type]!++;
    }
    for (const k of g) fn[Number(k.split(':')[2])]!++;
  }
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const byType: Record<string, PRF> = {};
  TYPES.forEach((t, i) => (byType[t] = prf(tp[i]!, fp[i]!, fn[i]!)));
  return { overall: prf(sum(tp), sum(fp), sum(fn)), byType };
}

export function formatScore(s: SpanScore): string {
  const row = (name: string, x: PRF) =>
    `${name.padEnd(8)} P ${(100 * x.p).toFixed(2).padStart(6)}  R ${(100 * x.r).toFixed(2).padStart(6)}  F1 ${(100 * x.f1).toFixed(2).padStart(6)}  (gold ${x.tp + x.fn}, predicted ${x.tp + x.fp})`;
  return [row('overall', s.overall), ...Object.entries(s.byType).map(([t, x]) => row(t, x))].join('\n');
}
