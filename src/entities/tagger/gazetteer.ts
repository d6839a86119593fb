// Gazetteer matching: phrases (lower-cased token sequences) with a bit per list, matched at capitalised tokens.

export class Gazetteer {
  /** First token -> phrases starting with it (rest tokens and a bitmask of lists), longest first. */
  private byFirst = new Map<string, { rest: string[]; lists: number }[]>();
  private phraseLists = new Map<string, number>();
  readonly listNames: string[] = [];

  /** Register a list; returns its bit index (at most 8 lists: features pack 8 lists x 4 positions in 32 bits). */
  addList(name: string, phrases: Iterable<string>): number {
    const bit = this.listNames.length;
    if (bit >= 8) throw new Error('gazetteer: at most 8 lists');
    this.listNames.push(name);
    for (const p of phrases) {
      const key = normalisePhrase(p);
      if (!key) continue;
      this.phraseLists.set(key, (this.phraseLists.get(key) ?? 0) | (1 << bit));
    }
    return bit;
  }

  /** Build the lookup index once every list is added. */
  freeze(): void {
    this.byFirst.clear();
    for (const [phrase, lists] of this.phraseLists) {
      const toks = phrase.split(' ');
      const first = toks[0]!;
      let arr = this.byFirst.get(first);
      if (!arr) this.byFirst.set(first, (arr = []));
      arr.push({ rest: toks.slice(1), lists });
    }
    for (const arr of this.byFirst.values()) arr.sort((a, b) => b.rest.length - a.rest.length);
  }

  /** Bits of the lists a whole phrase belongs to (0 when none). */
  listsOf(phrase: string): number {
    return this.phraseLists.get(normalisePhrase(phrase)) ?? 0;
  }

  /**
   * For tokens [from, to) with lower-cased forms `lower` and capitalisation `cap`, OR into out[i] the bit
   * (list * 4 + position) for each list match covering token i; position 0 B, 1 I, 2 L, 3 U.
   */
  match(lower: string[], cap: Uint8Array, from: number, to: number, out: Uint32Array): void {
    for (let i = from; i < to; i++) {
      if (!cap[i]) continue;
      const cands = this.byFirst.get(lower[i]!);
      if (!cands) continue;
      let seen = 0; // lists already matched from i (longest match wins per list)
      for (const c of cands) {
        const n = c.rest.length;
        if (i + 1 + n > to) continue;
        let ok = true;
        for (let k = 0; k < n; k++) {
          if (lower[i + 1 + k] !== c.rest[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const lists = c.lists & ~seen;
        if (!lists) continue;
        seen |= lists;
        for (let b = 0; b < 8; b++) {
          if (!(lists & (1 << b))) continue;
          if (n === 0) out[i]! |= 1 << (b * 4 + 3);
          else {
            out[i]! |= 1 << (b * 4);
            for (let k = 1; k < n; k++) out[i + k]! |= 1 << (b * 4 + 1);
            out[i + n]! |= 1 << (b * 4 + 2);
          }
        }
      }
    }
  }
}

/** Lower-case, curly quotes straightened, single spaces, possessive and punctuation split like tokens. */
export function normalisePhrase(p: string): string {
  return p
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');
}
