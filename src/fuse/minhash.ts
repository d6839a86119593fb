// Near-duplicate (syndicated) article detection: MinHash signatures over word shingles, LSH bands for lookup.
// 64 hashes in 16 bands of 4 rows: two texts with Jaccard 0.75 share a band with probability > 0.99.

export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;

/** 32-bit murmur3 finaliser: a cheap, well-mixed permutation of x. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** MinHash signature of a text's lower-cased word 5-grams (shorter texts: one shingle of all words). */
export function signature(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  const wordHash = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let h = 0x811c9dc5;
    for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
    wordHash[i] = h >>> 0;
  }
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // Shingle hash: order-sensitive combination of up to SHINGLE word hashes.
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE, words.length); j++) h = mix((h ^ wordHash[j]!) + j - i);
    // Double hashing (h1 + k * h2) gives the 64 hash functions for two mixes per shingle instead of 64.
    const h1 = mix(h ^ 0x5bd1e995);
    const h2 = mix(h ^ 0x27d4eb2f) | 1;
    for (let k = 0; k < HASHES; k++) {
      const v = (h1 + Math.imul(k, h2)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** One 32-bit key per band: texts sharing any band key are candidates. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(h | 0);
  }
  return keys;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
}
