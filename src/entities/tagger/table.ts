// Weight table: open addressing from a 32-bit feature key to a row of per-label weights.
// The same structure serves training (growing, with averaging sums) and tagging (fixed, float rows).

export class WeightTable {
  keys: Uint32Array;
  w: Float32Array;
  /** Training only: sum of (time * delta) for averaging (w_avg = w - acc / time). */
  acc: Float64Array | undefined;
  size = 0;
  private mask: number;

  constructor(readonly nLabels: number, capacity = 1 << 16, training = false) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.w = new Float32Array(cap * nLabels);
    this.acc = training ? new Float64Array(cap * nLabels) : undefined;
    this.mask = cap - 1;
  }

  /** Row index of key, or -1. */
  find(key: number): number {
    key >>>= 0; // keys are stored as uint32; hashes come as int32 with the same bits
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return i;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Row index of key, inserting it (with zero weights) when missing. */
  insert(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    key >>>= 0;
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return i;
      if (k === 0) {
        keys[i] = key;
        this.size++;
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** A tagging table with the averaged weights (w - acc / clock), sharing this table's keys. */
  averaged(clock: number): WeightTable {
    const t = new WeightTable(this.nLabels, 1);
    t.keys = this.keys;
    t.mask = this.mask;
    t.size = this.size;
    const w = new Float32Array(this.w.length);
    const acc = this.acc!;
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - acc[i]! / clock;
    t.w = w;
    return t;
  }

  accumulate(key: number, scores: Float64Array): void {
    const r = this.find(key);
    if (r < 0) return;
    const L = this.nLabels;
    const w = this.w;
    const base = r * L;
    for (let l = 0; l < L; l++) scores[l]! += w[base + l]!;
  }

  private grow(): void {
    const L = this.nLabels;
    const oldKeys = this.keys;
    const oldW = this.w;
    const oldAcc = this.acc;
    const cap = oldKeys.length * 2;
    this.keys = new Uint32Array(cap);
    this.w = new Float32Array(cap * L);
    this.acc = oldAcc ? new Float64Array(cap * L) : undefined;
    this.mask = cap - 1;
    this.size = 0;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j]!;
      if (k === 0) continue;
      const i = this.insert(k);
      for (let l = 0; l < L; l++) {
        this.w[i * L + l] = oldW[j * L + l]!;
        if (oldAcc) this.acc![i * L + l] = oldAcc[j * L + l]!;
      }
    }
  }
}

/**
 * Read-only table for tagging: [key, row] pairs interleaved in one array (one cache line per probe) and
 * int16 weight rows stored densely in insertion order. All rows share one scale, so summing the raw int16
 * values ranks labels exactly as the float weights would.
 */
export class FrozenTable {
  /** slots[2i] = key (as int32), slots[2i+1] = row. Key 0 marks an empty slot. */
  readonly slots: Int32Array;
  readonly w: Int16Array;
  /** One bit per key hash (128 KB, stays in L2): most absent keys are turned away without a probe. */
  private readonly present = new Int32Array(1 << 15);
  size = 0;
  private readonly mask: number;

  /** Start in w of a row of zeros after the keys' rows: rowStart's answer for unknown keys. */
  readonly zeroRow: number;

  constructor(readonly nLabels: number, n: number) {
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.zeroRow = Math.max(n, 1) * nLabels;
    this.w = new Int16Array(this.zeroRow + nLabels);
    this.mask = cap - 1;
  }

  /** False only for keys surely absent (a different hash from the slots', so the two miss independently). */
  private mayHave(key: number): boolean {
    const h = Math.imul(key, 0x85ebca6b) >>> 12;
    return (this.present[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /** Add a key (once) and return its row. */
  add(key: number): number {
    const k32 = key | 0;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.slots[2 * i]!;
      if (k === k32) return this.slots[2 * i + 1]!;
      if (k === 0) {
        this.slots[2 * i] = k32;
        this.slots[2 * i + 1] = this.size;
        const h = Math.imul(key, 0x85ebca6b) >>> 12;
        this.present[h >>> 5]! |= 1 << (h & 31);
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Start of key's weight row in w, or -1 when the key is unknown. */
  rowOf(key: number): number {
    if (!this.mayHave(key)) return -1;
    const slots = this.slots;
    const mask = this.mask;
    const k32 = key | 0;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === k32) return slots[2 * i + 1]! * this.nLabels;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Call f with every key and the start of its row in w. */
  forEachRow(f: (key: number, start: number) => void): void {
    const slots = this.slots;
    for (let q = 0; q < slots.length; q += 2) if (slots[q] !== 0) f(slots[q]!, slots[q + 1]! * this.nLabels);
  }

  /** Start of key's weight row in w, or of the zero row when the key is unknown (adding it is a no-op). */
  rowStart(key: number): number {
    const row = this.rowOf(key);
    return row < 0 ? this.zeroRow : row;
  }

  accumulate(key: number, scores: Float64Array): void {
    const row = this.rowOf(key);
    if (row < 0) return;
    const L = this.nLabels;
    const w = this.w;
    for (let l = 0; l < L; l++) scores[l]! += w[row + l]!;
  }

  /** Add key's weight row to out[base, base + nLabels) (nothing when unknown): integer sums, exact in any order. */
  addTo(key: number, out: Int32Array, base: number): void {
    const row = this.rowOf(key);
    if (row < 0) return;
    const L = this.nLabels;
    const w = this.w;
    for (let l = 0; l < L; l++) out[base + l]! += w[row + l]!;
  }
}

/** What decoding needs from a table: add a key's weight row to per-label scores (nothing when unknown). */
export interface Weights {
  accumulate(key: number, scores: Float64Array): void;
  readonly nLabels: number;
}
