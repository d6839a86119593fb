// BILOU labels over the four CoNLL types: 0 is O, then B/I/L/U for each type.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];
export const N_LABELS = 1 + TYPES.length * 4;
const PARTS = ['B', 'I', 'L', 'U'] as const;

export const LABEL_NAMES: string[] = ['O'];
for (const t of TYPES) for (const p of PARTS) LABEL_NAMES.push(`${p}-${t}`);

export const labelType = (l: number): number => (l === 0 ? -1 : ((l - 1) >> 2));
/** 0 B, 1 I, 2 L, 3 U; -1 for O. */
export const labelPart = (l: number): number => (l === 0 ? -1 : ((l - 1) & 3));
export const makeLabel = (type: number, part: number): number => 1 + type * 4 + part;

/** Allowed[prev * N + cur]: BILOU well-formedness, used to constrain greedy decoding. */
export const ALLOWED = new Uint8Array(N_LABELS * N_LABELS);
for (let p = 0; p < N_LABELS; p++) {
  for (let c = 0; c < N_LABELS; c++) {
    const pOpen = p !== 0 && (labelPart(p) === 0 || labelPart(p) === 1); // B or I: an entity is open
    let ok: boolean;
    if (pOpen) ok = c !== 0 && labelType(c) === labelType(p) && (labelPart(c) === 1 || labelPart(c) === 2);
    else ok = c === 0 || labelPart(c) === 0 || labelPart(c) === 3;
    ALLOWED[p * N_LABELS + c] = ok ? 1 : 0;
  }
}
/** The labels other than O that may follow an O, a finished entity (L, U) or a sentence start: B-x and U-x. */
export const OPENING: number[] = [];
for (let l = 1; l < N_LABELS; l++) if (ALLOWED[l]) OPENING.push(l);

/**
 * How far the best OPENING label gets ahead of O in one weight row a[start, start + N_LABELS). Summed over the
 * rows that make up a token's scores, it bounds the lead of every such label over O: when the sum is <= 0, O wins
 * (it comes first, so it also wins ties) without the rows themselves being added up.
 */
export function leadOverO(a: ArrayLike<number>, start: number): number {
  const o = a[start]!;
  let m = a[start + OPENING[0]!]! - o;
  for (let k = 1; k < OPENING.length; k++) {
    const d = a[start + OPENING[k]!]! - o;
    if (d > m) m = d;
  }
  return m;
}

/** A sentence may not end inside an open entity. */
export const CAN_END = new Uint8Array(N_LABELS).map((_, l) => (l === 0 || labelPart(l) >= 2 ? 1 : 0));

export interface LabelSpan { start: number; end: number; type: number }

/** Spans from per-token BILOU labels; tolerant of ill-formed sequences (an I without B starts a span). */
export function bilouSpans(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = from; i < to; i++) {
    const l = labels[i]!;
    const t = labelType(l);
    const p = labelPart(l);
    if (open >= 0 && (t !== openType || p === 0 || p === 3)) {
      out.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (t < 0) continue;
    if (p === 3) out.push({ start: i, end: i + 1, type: t });
    else if (p === 2) {
      out.push({ start: open >= 0 ? open : i, end: i + 1, type: t });
      open = -1;
    } else if (open < 0) {
      open = i;
      openType = t;
    }
  }
  if (open >= 0) out.push({ start: open, end: to, type: openType });
  return out;
}

/** BILOU labels from IOB1/IOB2 tags ("I-PER", "B-LOC", "O") of one sentence. */
export function iobToBilou(tags: string[]): number[] {
  const n = tags.length;
  const type = tags.map((t) => (t === 'O' || t.length < 3 ? -1 : TYPES.indexOf(t.slice(2) as ConllType)));
  const begins = tags.map((t, i) => type[i]! >= 0 && (t[0] === 'B' || i === 0 || type[i - 1] !== type[i]));
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const t = type[i]!;
    if (t < 0) continue;
    const endsHere = i + 1 >= n || type[i + 1] !== t || begins[i + 1];
    const part = begins[i] ? (endsHere ? 3 : 0) : endsHere ? 2 : 1;
    out[i] = makeLabel(t, part);
  }
  return out;
}
