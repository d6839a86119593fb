// Learn hierarchical word clusters from the unlabelled Timeline17 articles for the NER tagger's features:
// each word's left/right neighbours (PPMI-weighted, randomly projected to a dense vector), then top-down
// spherical 2-means splits, so every word gets a bit path like Brown clusters (prefixes = coarser classes).
// Writes models/ner-clusters.tsv ("word<TAB>bits"). Deterministic.   npx tsx scripts/ner-clusters.ts [--out FILE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseToken } from '../src/entities/tagger/core.js';
import { CLUSTER_FILE } from '../src/entities/tagger/resources.js';
import { sharedPath } from '../src/util/paths.js';
import { mulberry32 } from '../src/util/random.js';

const MIN_COUNT = 2; // words seen fewer times get no cluster
const N_CONTEXT = 3000; // most frequent words used as contexts
const DIM = 100; // SVD dimensions kept
const MIN_LEAF = 12; // stop splitting below this many words
const MAX_DEPTH = 22;
const ITERS = Number(process.env.NER_CLUSTER_ITERS ?? 8);

function readCorpus(): string[][] {
  const root = sharedPath('corpus', 't17');
  if (!root) throw new Error('ner-clusters: needs ../shared/corpus/t17');
  const sents: string[][] = [];
  for (const topic of readdirSync(root).sort()) {
    const docs = join(root, topic, 'InputDocs');
    let dates: string[];
    try { dates = readdirSync(docs).sort(); } catch { continue; }
    for (const d of dates) {
      for (const f of readdirSync(join(docs, d)).sort()) {
        for (const line of readFileSync(join(docs, d, f), 'utf8').split('\n')) {
          const toks = line.trim().split(/\s+/).filter(Boolean).map((t) => normaliseToken(t).toLowerCase());
          if (toks.length) sents.push(toks);
        }
      }
    }
  }
  return sents;
}

function main(): void {
  const t0 = Date.now();
  const sents = readCorpus();
  // Deduplicate sentences: Timeline17 repeats articles across topics and boilerplate lines within them.
  const seen = new Set<string>();
  const uniq = sents.filter((s) => { const k = s.join(' '); if (seen.has(k)) return false; seen.add(k); return true; });
  const counts = new Map<string, number>();
  let nTok = 0;
  for (const s of uniq) for (const w of s) { counts.set(w, (counts.get(w) ?? 0) + 1); nTok++; }
  const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(byFreq.slice(0, N_CONTEXT).map(([w], i) => [w, i]));
  console.log(`${uniq.length} sentences (${sents.length} before dedup), ${nTok} tokens, vocab ${vocab.length}`);

  // Co-occurrence counts: word x (position in {-2,-1,+1,+2}) x context word, sparse per word.
  const D = 4 * (N_CONTEXT + 1); // +1: sentence boundary context
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const ctxOf = (s: string[], j: number): number => (j < 0 || j >= s.length ? N_CONTEXT : ctxId.get(s[j]!) ?? -1);
  for (const s of uniq) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]!);
      if (v === undefined) continue;
      const row = rows[v]!;
      const offs = [-2, -1, 1, 2];
      for (let k = 0; k < 4; k++) {
        const c = ctxOf(s, i + offs[k]!);
        if (c < 0) continue;
        const key = k * (N_CONTEXT + 1) + c;
        row.set(key, (row.get(key) ?? 0) + 1);
      }
    }
  }
  const colSum = new Float64Array(D);
  let total = 0;
  for (const row of rows) for (const [k, c] of row) { colSum[k]! += c; total += c; }

  // PPMI rows (context distribution smoothed as in word2vec: ^0.75), then a truncated SVD by randomised
  // range finding (Halko et al. 2011) with one power iteration: word vectors = U * sqrt(S), unit length.
  const rand = mulberry32(17);
  let smoothTotal = 0;
  const smooth = new Float64Array(D);
  for (let k = 0; k < D; k++) { smooth[k] = Math.pow(colSum[k]!, 0.75); smoothTotal += smooth[k]!; }
  const n = vocab.length;
  const rowKeys: Int32Array[] = [];
  const rowVals: Float32Array[] = [];
  for (let v = 0; v < n; v++) {
    const row = rows[v]!;
    let rowSum = 0;
    for (const c of row.values()) rowSum += c;
    const ks: number[] = [];
    const vs: number[] = [];
    for (const [k, c] of row) {
      const pmi = Math.log((c * smoothTotal) / (rowSum * smooth[k]!));
      if (pmi > 0) { ks.push(k); vs.push(pmi); }
    }
    rowKeys.push(Int32Array.from(ks));
    rowVals.push(Float32Array.from(vs));
  }
  rows.length = 0;
  const K = DIM + 16;
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  // Y = A * X for a D x K dense X; Z = A^T * Q for an n x K dense Q.
  const mulA = (X: Float64Array): Float64Array => {
    const Y = new Float64Array(n * K);
    for (let v = 0; v < n; v++) {
      const ks = rowKeys[v]!, vs = rowVals[v]!, o = v * K;
      for (let j = 0; j < ks.length; j++) {
        const x = ks[j]! * K, a = vs[j]!;
        for (let c = 0; c < K; c++) Y[o + c]! += a * X[x + c]!;
      }
    }
    return Y;
  };
  const mulAt = (Q: Float64Array): Float64Array => {
    const Z = new Float64Array(D * K);
    for (let v = 0; v < n; v++) {
      const ks = rowKeys[v]!, vs = rowVals[v]!, o = v * K;
      for (let j = 0; j < ks.length; j++) {
        const z = ks[j]! * K, a = vs[j]!;
        for (let c = 0; c < K; c++) Z[z + c]! += a * Q[o + c]!;
      }
    }
    return Z;
  };
  // Orthonormalise the K columns of an n x K matrix in place (modified Gram-Schmidt).
  const orth = (Y: Float64Array): Float64Array => {
    for (let c = 0; c < K; c++) {
      for (let p = 0; p < c; p++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += Y[r * K + c]! * Y[r * K + p]!;
        for (let r = 0; r < n; r++) Y[r * K + c]! -= dot * Y[r * K + p]!;
      }
      let norm = 0;
      for (let r = 0; r < n; r++) norm += Y[r * K + c]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < n; r++) Y[r * K + c]! /= norm;
    }
    return Y;
  };
  const omega = new Float64Array(D * K);
  for (let i = 0; i < omega.length; i++) omega[i] = gauss();
  let Q = orth(mulA(omega));
  const POWER = Number(process.env.NER_CLUSTER_POWER ?? 1);
  for (let q = 0; q < POWER; q++) Q = orth(mulA(mulAt(Q)));
  const Bt = mulAt(Q); // D x K, B = Q^T A
  // M = B B^T (K x K), eigen-decomposed by cyclic Jacobi rotations.
  const M = new Float64Array(K * K);
  for (let r = 0; r < D; r++) {
    const o = r * K;
    for (let a = 0; a < K; a++) {
      const x = Bt[o + a]!;
      if (x === 0) continue;
      for (let b = a; b < K; b++) M[a * K + b]! += x * Bt[o + b]!;
    }
  }
  for (let a = 0; a < K; a++) for (let b = 0; b < a; b++) M[a * K + b] = M[b * K + a]!;
  const V = new Float64Array(K * K);
  for (let a = 0; a < K; a++) V[a * K + a] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += M[p * K + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < K; p++) {
      for (let q = p + 1; q < K; q++) {
        const apq = M[p * K + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (M[q * K + q]! - M[p * K + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < K; k++) {
          const mkp = M[k * K + p]!, mkq = M[k * K + q]!;
          M[k * K + p] = c * mkp - sn * mkq;
          M[k * K + q] = sn * mkp + c * mkq;
        }
        for (let k = 0; k < K; k++) {
          const mpk = M[p * K + k]!, mqk = M[q * K + k]!;
          M[p * K + k] = c * mpk - sn * mqk;
          M[q * K + k] = sn * mpk + c * mqk;
        }
        for (let k = 0; k < K; k++) {
          const vkp = V[k * K + p]!, vkq = V[k * K + q]!;
          V[k * K + p] = c * vkp - sn * vkq;
          V[k * K + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: K }, (_, i) => i).sort((a, b) => M[b * K + b]! - M[a * K + a]!);
  const vecs = new Float32Array(n * DIM);
  for (let v = 0; v < n; v++) {
    const out = vecs.subarray(v * DIM, (v + 1) * DIM);
    for (let d = 0; d < DIM; d++) {
      const e = order[d]!;
      const w = Math.pow(Math.max(M[e * K + e]!, 0), 0.25); // sqrt of the singular value
      let x = 0;
      for (let c = 0; c < K; c++) x += Q[v * K + c]! * V[c * K + e]!;
      out[d] = x * w;
    }
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += out[d]! * out[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) out[d]! /= norm;
  }
  void total;
  console.log(`vectors in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Top-down spherical 2-means.
  const paths: string[] = new Array(vocab.length).fill('');
  const c0 = new Float64Array(DIM);
  const c1 = new Float64Array(DIM);
  const stack: { members: number[]; path: string }[] = [{ members: vocab.map((_, i) => i), path: '' }];
  let leaves = 0;
  while (stack.length) {
    const { members, path } = stack.pop()!;
    if (members.length < MIN_LEAF || path.length >= MAX_DEPTH) {
      for (const m of members) paths[m] = path;
      leaves++;
      continue;
    }
    // Initial split by the sign of each member's projection on the principal direction (power iteration
    // on the centred vectors), which gives balanced halves; spherical 2-means then refines it.
    const mean = new Float64Array(DIM);
    for (const m of members) for (let d = 0; d < DIM; d++) mean[d]! += vecs[m * DIM + d]!;
    for (let d = 0; d < DIM; d++) mean[d]! /= members.length;
    const dir = new Float64Array(DIM);
    for (let d = 0; d < DIM; d++) dir[d] = Math.sin(d + 1); // fixed start vector: deterministic
    const next = new Float64Array(DIM);
    for (let it = 0; it < 12; it++) {
      next.fill(0);
      for (const m of members) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += (vecs[m * DIM + d]! - mean[d]!) * dir[d]!;
        for (let d = 0; d < DIM; d++) next[d]! += s * (vecs[m * DIM + d]! - mean[d]!);
      }
      let n = 0;
      for (let d = 0; d < DIM; d++) n += next[d]! * next[d]!;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIM; d++) dir[d] = next[d]! / n;
    }
    c0.fill(0); c1.fill(0);
    for (const m of members) {
      let s = 0;
      for (let d = 0; d < DIM; d++) s += (vecs[m * DIM + d]! - mean[d]!) * dir[d]!;
      const c = s > 0 ? c1 : c0;
      for (let d = 0; d < DIM; d++) c[d]! += vecs[m * DIM + d]!;
    }
    for (const c of [c0, c1]) {
      let n = 0;
      for (let d = 0; d < DIM; d++) n += c[d]! * c[d]!;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIM; d++) c[d]! /= n;
    }
    const side = new Uint8Array(members.length);
    for (let it = 0; it < ITERS; it++) {
      for (let j = 0; j < members.length; j++) {
        const m = members[j]! * DIM;
        let s0 = 0, s1 = 0;
        for (let d = 0; d < DIM; d++) { s0 += vecs[m + d]! * c0[d]!; s1 += vecs[m + d]! * c1[d]!; }
        side[j] = s1 > s0 ? 1 : 0;
      }
      c0.fill(0); c1.fill(0);
      for (let j = 0; j < members.length; j++) {
        const m = members[j]! * DIM;
        const c = side[j] ? c1 : c0;
        for (let d = 0; d < DIM; d++) c[d]! += vecs[m + d]!;
      }
      for (const c of [c0, c1]) {
        let n = 0;
        for (let d = 0; d < DIM; d++) n += c[d]! * c[d]!;
        n = Math.sqrt(n) || 1;
        for (let d = 0; d < DIM; d++) c[d]! /= n;
      }
    }
    const left = members.filter((_, j) => !side[j]);
    const right = members.filter((_, j) => side[j]);
    if (!left.length || !right.length) {
      for (const m of members) paths[m] = path;
      leaves++;
      continue;
    }
    stack.push({ members: right, path: path + '1' }, { members: left, path: path + '0' });
  }
  const lines = vocab.map((w, i) => `${w}\t${paths[i] || '0'}`).sort();
  const at = process.argv.indexOf('--out');
  const out = at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : CLUSTER_FILE;
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${leaves} clusters over ${vocab.length} words -> ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
