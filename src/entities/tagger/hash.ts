// 32-bit hashing of strings and feature tuples without allocating: the tagger never builds feature strings.
// Hashes are returned as signed int32 (the same bits as uint32): V8 keeps those as small integers, where a
// uint32 above 2^31 returned from a call that is not inlined is boxed as a heap number.

/** FNV-1a over s[start, end), digits folded to '0' when foldDigits (so 1996 and 2022 share word features). */
export function hashRange(s: string, start: number, end: number, foldDigits = false): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (foldDigits && c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

export function hashStr(s: string, foldDigits = false): number {
  return hashRange(s, 0, s.length, foldDigits);
}

/** Combine two 32-bit values (murmur3 finaliser over a multiply-add); order matters. */
export function mix(a: number, b: number): number {
  let h = (a + Math.imul(b ^ 0x5bd1e995, 0x9e3779b1)) | 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Feature key for template t with one value. Key 0 is reserved as "empty" by the weight table. */
export function feat(t: number, v: number): number {
  return mix(Math.imul(t + 1, 0x27d4eb2f), v) || 1;
}

export function feat2(t: number, v: number, w: number): number {
  return mix(mix(Math.imul(t + 1, 0x27d4eb2f), v), w) || 1;
}
