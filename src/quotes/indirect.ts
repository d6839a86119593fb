// Indirect quotes: "X said (that) …", "…, X said", "according to X, …", "X called it “…”".
import type { Quote } from '../model/index.js';
import { accordingTo, cueSubject } from './attribution.js';
import { contentStart, coordinatedPredicate, newClause, spanOf } from './clauses.js';
import { CLAUSE_BREAK, LATER_CLAUSE, QUOTE_CHARS, isCue, lowAt, type Ctx } from './context.js';
import { speakerFor } from './names.js';
import { rightSubject, type NP } from './speaker.js';

export interface Cue {
  at: number;
  np: NP;
  /** Content before the cue ("…, X said") rather than after it. */
  before: boolean;
  mixed: boolean;
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
      const mixed = isCue(c, k, 'mixed');
      if (!mixed && !isCue(c, k, 'indirect')) continue;
      const np = cueSubject(c, k, s.tokenStart);
      if (np) cues.push({ at: k, np, before: false, mixed });
      else if (k > s.tokenStart && tokens[k - 1]!.text === ',' && !mixed) {
        const r = rightSubject(tokens, k + 1, s.tokenEnd);
        if (r) cues.push({ at: k, np: r, before: true, mixed });
      }
    }
    for (let n = 0; n < cues.length; n++) {
      const cue = cues[n]!;
      let range: [number, number] | undefined;
      // content after a cue runs to the next cue's subject (", adding that …", "and he called …")
      const next = cues[n + 1];
      let stop = next ? (next.np.start > cue.at ? Math.min(next.np.start, next.at) : next.at) : s.tokenEnd;
      // "Clinton said that she called Sanders … to congratulate him on what she called “an extraordinary
      // campaign.”": a "that" clause holding quoted words runs on past a speech verb inside it (PolNeAR: the outer
      // Content), unless that verb opens a clause of its own (", which he declared …", ", while Cruz said …")
      if (next && next.np.start > cue.at && !cue.mixed && lowAt(c, contentStart(c, cue.at, s.tokenEnd)) === 'that' && !clauseOfItsOwn(c, Math.min(next.np.start, next.at))) {
        let q = false;
        for (let k = next.at; k < s.tokenEnd && !q; k++) q = !!c.quoted[k];
        if (q) stop = s.tokenEnd;
      }
      if (lowAt(c, cue.at) === 'according') {
        range = cue.before ? [s.tokenStart, cue.at] : [cue.np.end, s.tokenEnd];
      } else if (!cue.before) {
        const a = contentStart(c, cue.at, stop);
        // "Democrats had “put the biggest crack” yet …, she said in a video message": what follows the verb is
        // a circumstance, the content is the clause before the comma
        const after = a < stop && (tokens[a]!.pos === 'ADP' && lowAt(c, a) !== 'that' || tokens[a]!.pos === 'PUNCT') ? -1 : a;
        if (after >= 0 && after < stop) range = [a, stop];
        else if (cue.np.start > s.tokenStart && tokens[cue.np.start - 1]!.text === ',') range = [s.tokenStart, cue.np.start - 1];
      } else range = [s.tokenStart, cue.at - 1];
      if (!range) continue;
      // content holding quoted words ends at the first clause break after them
      // (a comma before another quoted part does not end it: “incredibly ugly,” “a huge shock” and …)
      let lastQuoted = -1;
      for (let k = range[1] - 1; k >= range[0] && lastQuoted < 0; k--) if (c.quoted[k]) lastQuoted = k;
      for (let k = lastQuoted + 1; lastQuoted >= 0 && k < range[1]; k++) {
        if (c.quoted[k]) break;
        if (!cue.mixed && coordinatedPredicate(c, k, range[1])) continue;
        if (commaInsideGoesOn(c, k, range[1])) continue;
        if (CLAUSE_BREAK.test(tokens[k]!.text) || LATER_CLAUSE.test(tokens[k]!.text) || newClause(c, k, range[1])) {
          range = [range[0], k];
          break;
        }
      }
      // "says he made a last-minute decision, and that the endorsement was “a big deal”": two contents
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
        if (cue.mixed && !/["“”]|''/.test(text)) continue;
        speaker ??= speakerFor(c, cue.np);
        out.push({ start: span[0], end: span[1], text, kind: 'indirect', speaker });
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

const RELATIVE = /^(which|who|whose|whom|where|when)$/;

const OPENS_CLAUSE = /^(which|who|whom|although|though|while|whereas|with|but|because|when|if)$/i;

/** Does a clause of its own open right before token k (", which he declared", ", while Cruz said", ", he
 *  actually thinks")? Then the inner report there is not part of the outer one. */
function clauseOfItsOwn(c: Ctx, k: number): boolean {
  k--;
  while (k > 0 && OPENS_CLAUSE.test(c.tokens[k]!.text)) k--;
  return k >= 0 && /^(,|;|—|–|--)$/.test(c.tokens[k]!.text);
}
