// A token's form spelt as its lemma is: wink-nlp gives British forms American lemmas ("criticises" ->
// "criticize"), so the stages' tests of a form against its lemma (is it the base form, the -s form, a past?)
// would read every British verb as a past. Pairs of spellings are data: lexicon/english/british-spellings.tsv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../model/index.js';
import { lexiconDir } from '../util/paths.js';

const PAIRS: ReadonlyArray<readonly [string, string]> = readFileSync(join(lexiconDir, 'english', 'british-spellings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => { const [b, a] = l.split('\t'); return [b!.trim(), a!.trim()] as const; });
const LONGEST = Math.max(...PAIRS.map(([b, a]) => Math.max(b.length, a.length)));

function sharedPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/**
 * `form` (lowercase) respelt where it parts from `lemma` by a British/American pair: "criticises" against
 * "criticize" gives "criticizes", "manoeuvre" against "maneuver" "maneuver". A form the pairs do not bring to
 * its lemma ("went" and "go", "killed" and "kill") is returned as it is.
 */
export function respell(form: string, lemma: string): string {
  if (form === lemma) return form;
  // The same pairs come again and again ("killed"/"kill" in most articles): working one out tries every pair of
  // spellings at several offsets (~600 ns a call on Timeline17's pairs), looking it up ~140 ns. Bounded: cleared
  // when full.
  let byForm = memo.get(lemma);
  let r = byForm?.get(form);
  if (r !== undefined) return r;
  r = respellPair(form, lemma);
  if (memoSize >= MEMO_MAX) {
    memo.clear();
    memoSize = 0;
    byForm = undefined;
  }
  if (!byForm) memo.set(lemma, (byForm = new Map()));
  byForm.set(form, r);
  memoSize++;
  return r;
}

/** respell's answers, by lemma then form. */
const memo = new Map<string, Map<string, string>>();
let memoSize = 0;
const MEMO_MAX = 1 << 16;

/** respell's work for a pair it has not seen. */
function respellPair(form: string, lemma: string): string {
  let w = form;
  // two rounds: a word may differ twice ("manoeuvre": oeu -> eu, then re -> er)
  for (let round = 0; round < 2; round++) {
    const p = sharedPrefix(w, lemma);
    if (p < 2 || (p === w.length && p === lemma.length)) break;
    let next: string | undefined;
    // a pair may start a little before the first difference ("cent|re" against "cent|er" starts at "re")
    for (let j = Math.max(0, p - LONGEST + 1); j <= p && next === undefined; j++) {
      for (const [b, a] of PAIRS) {
        if (!w.startsWith(b, j) || !lemma.startsWith(a, j)) continue;
        const cand = w.slice(0, j) + a + w.slice(j + b.length);
        // (progress: a longer shared start, or the lemma itself: "programme" -> "program")
        if (sharedPrefix(cand, lemma) > p || cand === lemma) { next = cand; break; }
      }
    }
    if (next === undefined) break;
    w = next;
  }
  // keep a respelling only when it reaches the lemma (all of it, or all but a final e or y: "criticizing")
  return w !== form && sharedPrefix(w, lemma) >= lemma.length - 1 ? w : form;
}

/** The token's lowercase form, spelt as its lemma is (see respell). */
export function lowerForm(t: Token): string {
  const w = t.text.toLowerCase();
  return w === t.lemma ? w : respell(w, t.lemma);
}
