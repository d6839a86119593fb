// The speaker as written and who it is: entity-layer chains first, then the text itself.
import type { QuoteSpeaker } from '../model/index.js';
import type { Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import { leftSubject, type NP } from './speaker.js';

export const TITLE = /^(secretary|president|sen\.|senator|rep\.|gov\.|governor|minister|spokesperson|spokesman|spokeswoman|director|press|white|house|state|department|pentagon|foreign|prime|vice|chairman|mr\.|mrs\.|ms\.|dr\.|gen\.|general|ambassador|former|republican|democratic|candidate|presidential|nominee|u\.s\.|of|the)$/i;

/** The speaker as written, with who it is from the entity layer (or the text itself when unambiguous). */
export function speakerFor(c: Ctx, np: NP): QuoteSpeaker {
  const { tokens, ents, text } = c;
  const start = tokens[np.start]!.start;
  const end = tokens[np.end - 1]!.end;
  const sp: QuoteSpeaker = { start, end, text: text.slice(start, end) };
  let name: string | undefined;
  let code: string | undefined;
  for (let i = np.end - 1; i >= np.start && !name && !code; i--) {
    const m = ents.mentionAt(i);
    if (m) {
      name = m.name ?? (m.kind === 'name' ? m.text : undefined);
      // a nominal named only by itself ("the official"): the chain's actor name says who it is
      if (m.kind !== 'name' && (!name || name === m.text) && m.actor?.name) name = m.actor.name;
      code = m.actor?.code;
    }
  }
  if (!name) {
    // a person named in the phrase before an organisation ("Pentagon spokesperson John Kirby")
    let org: (typeof ents.entities)[number] | undefined;
    const list = ents.entities;
    const reach = reachOf(c);
    for (let i = reach ? firstNot(reach.length, (k) => reach[k]! <= start) : 0; i < list.length; i++) {
      const e = list[i]!;
      if (reach && e.start >= end) break; // sorted by start: no later entity overlaps either
      if (e.end <= start || e.start >= end) continue;
      if (e.type === 'PER') {
        name = e.text;
        code ??= e.actor?.code;
        break;
      }
      if (e.type === 'ORG') org ??= e;
    }
    if (!name && org && org.end === end) {
      name = org.text;
      code ??= org.actor?.code;
    }
  }
  const single = np.end - np.start === 1 ? tokens[np.start]! : undefined;
  if (!name && single && /^(who|which)$/i.test(single.text) && np.start > 1) {
    // a relative pronoun: who it is comes from the phrase before it ("Obama, who called …", "a surrogate who said …")
    const cut = tokens[np.start - 1]!.text === ',' ? np.start - 1 : np.start;
    const ante = leftSubject(tokens, cut, Math.max(0, cut - 12));
    if (ante) {
      const a = speakerFor(c, ante);
      c.speakers.pop();
      name = a.name ?? a.text;
      code ??= a.code;
    }
  }
  if (!name && !single?.pos.startsWith('PRON')) {
    // trailing capitalised run after the titles: "State Department spokesperson Ned Price" -> "Ned Price"
    let s = np.end;
    while (s > np.start && /^[A-Z]/.test(tokens[s - 1]!.text) && !TITLE.test(tokens[s - 1]!.text)) s--;
    if (s < np.end && /^[A-Z]/.test(tokens[np.end - 1]!.text)) name = text.slice(tokens[s]!.start, end);
  }
  if (name && !name.includes(' ')) {
    // a surname: the full name of an earlier speaker ("Kirby" after "John Kirby")
    const tail = ' ' + name;
    for (let k = c.speakers.length - 1; k >= 0; k--) {
      const prev = c.speakers[k]!.name;
      if (prev && prev.endsWith(tail)) {
        name = prev;
        code ??= c.speakers[k]!.code;
        break;
      }
    }
  }
  if (!code) {
    const l = ` ${sp.text.toLowerCase()} `;
    for (const [k, v] of PADDED_CODES) if (l.includes(k)) { code = v; break; }
  }
  const head = tokens[np.end - 1]!.text.toLowerCase();
  if (!name && !code && lexicon.speakerNouns.has(head) && /^the$/i.test(tokens[np.start]!.text)) {
    // "the official": the unnamed person met earlier with the same head noun ("a senior State Department official")
    // (the earlier tokens of that form, nearest first)
    const at = positionsOf(c, head);
    for (let q = firstNot(at.length, (k) => at[k]! < np.start) - 1; q >= 0 && !code; q--) {
      const k = at[q]!;
      const m = ents.mentionAt(k);
      if (m?.actor) {
        code = m.actor.code;
        break;
      }
      const prev = leftSubject(tokens, k + 1, 0);
      if (!prev) continue;
      const l = ` ${text.slice(tokens[prev.start]!.start, tokens[prev.end - 1]!.end).toLowerCase()} `;
      for (const [key, v] of PADDED_CODES) if (l.includes(key)) { code = v; break; }
    }
  }
  if (!name && single?.pos === 'PRON') {
    // pronoun without a chain from the entity layer: the nearest named speaker before it
    for (let k = c.speakers.length - 1; k >= 0; k--) {
      const prev = c.speakers[k]!;
      if (prev.name && prev.end <= start) {
        name = prev.name;
        code ??= prev.code;
        break;
      }
    }
  }
  if (name) sp.name = name;
  if (code) sp.code = code;
  c.speakers.push(sp);
  return sp;
}

/** lexicon.unnamedCodes with each key between spaces, as it is looked for in a phrase (made once, not per call). */
const PADDED_CODES = lexicon.unnamedCodes.map(([k, v]) => [` ${k} `, v] as const);

/** Per findQuotes context: the largest end among the first i + 1 entities of its entity list, when the list is
 * sorted by start (the entity layer's is; undefined otherwise), so that a scan for the entities overlapping a span
 * starts at the first one that reaches it and stops at the first that starts after it (a long article has
 * thousands). Kept per context, as the entity list is not changed while its quotes are found. */
const reaches = new WeakMap<Ctx, Int32Array | null>();
function reachOf(c: Ctx): Int32Array | undefined {
  let r = reaches.get(c);
  if (r === undefined) {
    const list = c.ents.entities;
    r = new Int32Array(list.length);
    let max = -1;
    for (let i = 0; i < list.length && r; i++) {
      if (i > 0 && list[i]!.start < list[i - 1]!.start) r = null;
      else r[i] = max = Math.max(max, list[i]!.end);
    }
    reaches.set(c, r);
  }
  return r ?? undefined;
}

/** Per findQuotes context: the positions of each lower-case token form, in text order, made when first needed
 * (a scan back over every earlier token per "the official" was quadratic in a long article). */
const formPositions = new WeakMap<Ctx, Map<string, number[]>>();
function positionsOf(c: Ctx, form: string): readonly number[] {
  let m = formPositions.get(c);
  if (!m) {
    m = new Map();
    for (let k = 0; k < c.tokens.length; k++) {
      const l = c.tokens[k]!.text.toLowerCase();
      const arr = m.get(l);
      if (arr) arr.push(k);
      else m.set(l, [k]);
    }
    formPositions.set(c, m);
  }
  return m.get(form) ?? [];
}

/** The first index in [0, n) where `before` no longer holds (it holds on a prefix of the range): a binary search. */
function firstNot(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
