// Compact model file: pruned features, weights quantised to int16, gzip. Layout after gunzip:
// "DNER" u32 version, u32 nLabels, u32 n, f32 scale, then n u32 keys, then n*nLabels i16 weights.
import { gunzipSync, gzipSync } from 'node:zlib';
import { FrozenTable } from './table.js';

const MAGIC = 0x52454e44; // "DNER" little-endian
const VERSION = 1;

/** Serialise averaged weights, dropping rows whose largest |weight| is below minAbs. */
export function saveModel(keys: Uint32Array, w: Float32Array, nLabels: number, minAbs: number): Buffer {
  const rows: number[] = [];
  let max = 0;
  for (let r = 0; r < keys.length; r++) {
    if (keys[r] === 0) continue;
    let m = 0;
    for (let l = 0; l < nLabels; l++) m = Math.max(m, Math.abs(w[r * nLabels + l]!));
    if (m < minAbs) continue;
    rows.push(r);
    if (m > max) max = m;
  }
  // Sort by key so the file is the same whatever the table's probing order was.
  rows.sort((a, b) => keys[a]! - keys[b]!);
  const n = rows.length;
  const scale = max / 32767 || 1;
  const buf = Buffer.alloc(16 + n * 4 + n * nLabels * 2);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(VERSION, 4);
  buf.writeUInt32LE(nLabels, 8);
  buf.writeUInt32LE(n, 12);
  const out = Buffer.alloc(4);
  out.writeFloatLE(scale, 0);
  const header = Buffer.concat([buf.subarray(0, 16), out]);
  const body = Buffer.alloc(n * 4 + n * nLabels * 2);
  for (let i = 0; i < n; i++) body.writeUInt32LE(keys[rows[i]!]!, i * 4);
  let o = n * 4;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    for (let l = 0; l < nLabels; l++, o += 2) body.writeInt16LE(Math.round(w[r * nLabels + l]! / scale), o);
  }
  return gzipSync(Buffer.concat([header, body]), { level: 9 });
}

/** Load a model file into a read-only lookup table. */
export function loadModel(file: Buffer): FrozenTable {
  const b = gunzipSync(file);
  if (b.readUInt32LE(0) !== MAGIC || b.readUInt32LE(4) !== VERSION) throw new Error('ner model: bad file header');
  const L = b.readUInt32LE(8);
  const n = b.readUInt32LE(12);
  // The scale (b.readFloatLE(16)) is common to every weight, so tagging can rank labels on the raw int16s.
  const t = new FrozenTable(L, n);
  let o = 20 + n * 4;
  for (let i = 0; i < n; i++) {
    const r = t.add(b.readUInt32LE(20 + i * 4));
    for (let l = 0; l < L; l++, o += 2) t.w[r * L + l] = b.readInt16LE(o);
  }
  return t;
}
