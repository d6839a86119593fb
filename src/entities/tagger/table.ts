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
 * Read-only table for tagging: keys map to rows of a dense weight array (row order = insertion order), which
 * keeps the weights several times smaller than the training table's sparse rows and friendlier to the cache.
 */
export class FrozenTable {
  readonly keys: Uint32Array;
  readonly rows: Int32Array;
  readonly w: Float32Array;
  size = 0;
  private readonly mask: number;

  constructor(readonly nLabels: number, n: number) {
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.w = new Float32Array(Math.max(n, 1) * nLabels);
    this.mask = cap - 1;
  }

  /** Row of key, or -1. */
  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Add a key (once) and return its row. */
  add(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) {
        keys[i] = key;
        this.rows[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & mask;
    }
  }
}

/** What decoding needs from a table: a row for a key, and the weights by row. */
export interface Weights {
  find(key: number): number;
  readonly w: Float32Array;
  readonly nLabels: number;
}
