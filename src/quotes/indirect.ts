// Indirect quotes: "X said (that) …", "…, X said", "according to X, …", "X called it “…”".
import type { Quote } from '../model/index.js';
import { accordingTo, cueSubject } from './attribution.js';
import { afterWhat, circumstance, contentStart, coordinatedPredicate, newClause, phraseEnd, spanOf } from './clauses.js';
import { CLAUSE_BREAK, LATER_CLAUSE, QUOTE_CHARS, isCue, lowAt, type Ctx } from './context.js';
import { askedWhat, bareCue, shortSubject, speechNoun } from './cues.js';
import { speakerFor } from './names.js';
import { rightSubject, type NP } from './speaker.js';

export interface Cue {
  at: number;
  np: NP;
  /** Content before the cue ("…, X said") rather than after it. */
  before: boolean;
  mixed: boolean;
  /** No subject the phrase walk reads: content only with quoted words; the speaker, if any, from `np` (empty: none). */
  bare?: boolean;
  /** A noun of speech ("Trump's claim that …"): content only with quoted words; `bare` when nobody owns it. */
  noun?: boolean;
  /** A participle clause ("Asked if …,", "Conceding that …,"): the content ends at its first break. */
  ownClause?: boolean;
}

/** Indirect quotes: "X said (that) …", "…, X said.", "according to X, …", "X called it “…”". */
export function indirectQuotes(c: Ctx): Quote[] {
  const out: Quote[] = [];
  const { tokens } = c;
  for (const s of c.doc.sentences) {
    const cues: Cue[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (c.quoted[k] || c.usedCues.has(k)) continue;
      const w = tokens[k]!.text;
      if ((w === 'according' || w === 'According') && k + 1 < s.tokenEnd && lowAt(c, k + 1) === 'to') {
        const np = accordingTo(c, k, s.tokenEnd);
        if (np) cues.push({ at: k, np, before: k > s.tokenStart, mixed: false });
        continue;
      }
      // (the cheap tests first: these run on every token)
      const noun = tokens[k]!.pos === 'NOUN' ? speechNoun(c, k, s.tokenStart, s.tokenEnd) : undefined;
      if (noun) {
        cues.push(noun);
        continue;
      }
      const asked = w === 'asked' || w === 'Asked' ? askedWhat(c, k, s.tokenEnd) : undefined;
      if (asked) {
        cues.push(asked);
        continue;
      }
      const mixed = isCue(c, k, 'mixed');
      if (!mixed && !isCue(c, k, 'indirect')) continue;
      const np = cueSubject(c, k, s.tokenStart);
      if (np) cues.push({ at: k, np, before: false, mixed });
      else if (k > s.tokenStart && tokens[k - 1]!.text === ',' && !mixed) {
        const r = rightSubject(tokens, k + 1, s.tokenEnd);
        if (r) cues.push({ at: k, np: r, before: true, mixed });
      } else if (!mixed && !cues.length && k > s.tokenStart && tokens[k]!.pos === 'VERB' && !/ing$/.test(tokens[k]!.text) && !/^(,|to)$/i.test(tokens[k - 1]!.text) && bareCue(c, k, s.tokenEnd)) {
        // "About six in 10 said they felt “ignored” …", "Most said …": a subject the phrase walk cannot read; the
        // content counts only with quoted words, its speaker the short phrase before the verb or, failing that,
        // the last resort's (not inside an earlier cue's content: "boasted that … she was the only analyst to
        // correctly call …")
        const who = shortSubject(c, k, s.tokenStart);
        cues.push({ at: k, np: who ?? { start: k, end: k }, before: false, mixed: false, bare: true });
      } else if (!mixed && k === s.tokenStart && /^[A-Z].*ing$/.test(tokens[k]!.text) && lowAt(c, k + 1) === 'that') {
        // "Conceding that there would be a deal “down the line” he warned …", "Admitting that the mayor “makes
        // plenty of odd choices,” though, Grant …": a participle opening the sentence, its subject after the clause,
        // which ends at its first break ("Insisting that …, the banker presented herself as a “safe pair of hands” …")
        cues.push({ at: k, np: { start: k, end: k }, before: false, mixed: false, bare: true, ownClause: true });
      }
    }
    for (let n = 0; n < cues.length; n++) {
      const cue = cues[n]!;
      let range: [number, number] | undefined;
      // content after a cue runs to the next cue's subject (", adding that …", "and he called …")
      const next = cues[n + 1];
      let stop = next ? (next.np.start > cue.at ? Math.min(next.np.start, next.at) : next.at) : s.tokenEnd;
      // "Novak said that she called Ortiz … to thank him for what she called “a remarkable
      // effort.”": a "that" clause holding quoted words runs on past a speech verb inside it (PolNeAR: the outer
      // Content), unless that verb opens a clause of its own (", which he declared …", ", while Cruz said …"); so
      // does any content before "what he calls …" ("suggest Ruiz is … complaining about what she calls a “rigged”
      // system …"; without "that" or "what" before the inner verb: PolNeAR train -2 matches, -5 predictions;
      // with an inner pronoun subject only: -2, 0)
      if (next && next.np.start > cue.at && !cue.mixed && (lowAt(c, contentStart(c, cue.at, s.tokenEnd)) === 'that' || lowAt(c, next.np.start - 1) === 'what') && !clauseOfItsOwn(c, Math.min(next.np.start, next.at))) {
        let q = false;
        for (let k = next.at; k < s.tokenEnd && !q; k++) q = !!c.quoted[k];
        if (q) stop = s.tokenEnd;
      }
      if (cue.noun) range = [cue.at + 1, stop];
      else if (lowAt(c, cue.at) === 'according') {
        range = cue.before ? [s.tokenStart, cue.at] : [cue.np.end, s.tokenEnd];
      } else if (!cue.before) {
        const a = contentStart(c, cue.at, stop);
        // "Republicans had “made the deepest cut” yet …, he said in a radio interview": what follows the verb is
        // a circumstance, the content is the clause before the comma
        const after = a < stop && (tokens[a]!.pos === 'ADP' && lowAt(c, a) !== 'that' || tokens[a]!.pos === 'PUNCT') ? -1 : a;
        if (after >= 0 && after < stop) range = [a, stop];
        else if (cue.np.start > s.tokenStart && tokens[cue.np.start - 1]!.text === ',') range = [s.tokenStart, cue.np.start - 1];
      } else range = [s.tokenStart, cue.at - 1];
      if (!range) continue;
      // a participle clause ends at its first break: "Asked why …, Sanders said …", "Declaring that …, the mogul …"
      if (cue.ownClause) {
        for (let k = range[0]; k < range[1]; k++) {
          // (a hyphen between spaces is a dash: "the “establishment” - the term used by …"; not in "US-UK")
          const t = tokens[k]!.text;
          if (!c.quoted[k] && (/^(,|:|—|–|--)$/.test(t) || t === '-' && c.text[tokens[k]!.start - 1] === ' ')) { range = [range[0], k]; break; }
        }
      }
      // "Ms. Novak, who said on Monday that …, released a statement": the relative clause ends at the comma before
      // its antecedent's own verb
      if (!cue.before && /^(who|which)$/i.test(tokens[cue.np.start]!.text) && cue.np.start > s.tokenStart && tokens[cue.np.start - 1]!.text === ',') {
        for (let k = range[0] + 1; k + 1 < range[1]; k++) {
          if (c.quoted[k] || tokens[k]!.text !== ',') continue;
          const v = tokens[k + 1]!;
          if ((v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/.test(v.text) && !c.cueUse[k + 1]) {
            range = [range[0], k];
            break;
          }
        }
      }
      // content holding quoted words ends at the first clause break after them
      // (a comma before another quoted part does not end it: “incredibly ugly,” “a huge shock” and …)
      let lastQuoted = -1;
      for (let k = range[1] - 1; k >= range[0] && lastQuoted < 0; k--) if (c.quoted[k]) lastQuoted = k;
      // "complained about what she calls the “Albany machine” and cast herself …": the named phrase (clauses.ts)
      const phrase = lastQuoted >= 0 && afterWhat(c, cue.at) && oneQuotedRun(c, range[0], lastQuoted) ? phraseEnd(c, lastQuoted + 1, range[1]) : -1;
      if (phrase >= 0) range = [range[0], phrase];
      for (let k = lastQuoted + 1; lastQuoted >= 0 && k < range[1]; k++) {
        if (c.quoted[k]) break;
        if (!cue.mixed && coordinatedPredicate(c, k, range[1])) continue;
        if (commaInsideGoesOn(c, k, range[1])) continue;
        if (!cue.mixed && predicateList(c, k, range[1])) {
          k = range[1];
          break;
        }
        if (CLAUSE_BREAK.test(tokens[k]!.text) || LATER_CLAUSE.test(tokens[k]!.text) && !circumstance(c, k, range[1]) || newClause(c, k, range[1])) {
          range = [range[0], k];
          break;
        }
      }
      // "says she made a late choice, and that the vote was “a turning point”": two contents
      const parts: [number, number][] = [];
      let from = range[0];
      for (let k = range[0] + 2; k + 1 < range[1]; k++) {
        if (tokens[k]!.text === 'and' && tokens[k + 1]!.text === 'that' && !c.quoted[k]) {
          parts.push([from, k]);
          from = k + 1;
        }
      }
      parts.push([from, range[1]]);
      let speaker: ReturnType<typeof speakerFor> | undefined;
      for (const [a, b] of parts) {
        const span = spanOf(c, a, b);
        if (!span) continue;
        const text = c.text.slice(span[0], span[1]);
        if ((cue.mixed || cue.bare || cue.noun) && !/["“”]|''/.test(text)) continue;
        if (cue.np.end > cue.np.start) speaker ??= speakerFor(c, cue.np);
        out.push({ start: span[0], end: span[1], text, kind: 'indirect', speaker: speaker ?? null });
        // (for the speaker ranker: a noun of speech, a verb without a read subject)
        if (cue.noun || cue.bare) c.via.set(out[out.length - 1]!, cue.noun ? (cue.bare ? 'INB' : 'IN') : 'IB');
      }
    }
  }
  return out;
}

/** '“peanuts,” compared to what …', '“a rush to judgment,” because …': a comma inside the closing mark does not
 *  end the reported clause when the sentence goes on in lower case; a relative clause ('“…,” which is …') or
 *  a later clause (", while …", ", saying …") still ends it. (PolNeAR train: +5 matches for +1 prediction.) */
function commaInsideGoesOn(c: Ctx, k: number, end: number): boolean {
  const t = c.tokens;
  if (t[k]!.text !== ',' || k + 2 >= end || !QUOTE_CHARS.test(t[k + 1]!.text)) return false;
  const n = t[k + 2]!;
  const next = n.text;
  // (a participle or an apposition after the comma is the writer's: '“…,” linking to a story', '“…,” a subtle dig
  // at …'; PolNeAR train +5 matches, -1)
  if (n.pos === 'DET' || n.pos === 'VERB' && /ing$/.test(next)) return false;
  return /^[a-z]/.test(next) && !RELATIVE.test(next) && !LATER_CLAUSE.test(next);
}

/** Do the tokens a..b hold a single quoted run (no unquoted word between quoted ones)? */
function oneQuotedRun(c: Ctx, a: number, b: number): boolean {
  let inRun = false;
  for (let k = a; k <= b; k++) {
    if (c.quoted[k]) inRun = true;
    else if (inRun && !QUOTE_CHARS.test(c.tokens[k]!.text)) return false;
  }
  return true;
}

const RELATIVE = /^(which|who|whose|whom|where|when)$/;

const OPENS_CLAUSE = /^(which|who|whom|although|though|while|whereas|with|but|because|when|if)$/i;

/** Does a clause of its own open right before token k (", which he declared", ", while Cruz said", ", he
 *  actually thinks")? Then the inner report there is not part of the outer one. */
function clauseOfItsOwn(c: Ctx, k: number): boolean {
  k--;
  while (k > 0 && OPENS_CLAUSE.test(c.tokens[k]!.text)) k--;
  return k >= 0 && /^(,|;|—|–|--)$/.test(c.tokens[k]!.text);
}

/** 'ready to “fight the Albany machine,” fix the roads, fund the schools, and cut property
 *  taxes': at the comma at k a list of predicates goes on to its last item after "and"; the content holds all. */
function predicateList(c: Ctx, k: number, end: number): boolean {
  const t = c.tokens;
  if (t[k]!.text !== ',' || k + 1 >= end) return false;
  let j = k + 1;
  while (j < end && QUOTE_CHARS.test(t[j]!.text)) j++;
  const v = t[j];
  if (!v || v.pos !== 'VERB' || /(ing|ed)$/.test(v.text) || c.cueUse[j] || /^[A-Z]/.test(v.text)) return false;
  for (j++; j + 1 < end; j++) {
    if (c.quoted[j] || /^(;|:|—|–|--|\(|\))$/.test(t[j]!.text) || LATER_CLAUSE.test(t[j]!.text) || RELATIVE.test(t[j]!.text)) return false;
    if (t[j]!.text === 'and' && t[j + 1]!.pos === 'VERB' && !/ing$/.test(t[j + 1]!.text)) return true;
  }
  return false;
}
