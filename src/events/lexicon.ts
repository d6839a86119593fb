// The event lexicon: verb patterns, noun patterns and factuality cues, loaded once from lexicon/events/*.tsv.
import { readTsv } from './tsv.js';
import type { Factuality } from '../model/index.js';
import { BASE_FORM_PASTS } from '../text/base-form-pasts.js';

export interface VerbPattern {
  lemma: string;
  particle?: string;
  /** Head lemmas the direct object must have, if any. */
  object?: Set<string>;
  /** Target slots in order: 'obj', 'that', or a preposition. */
  target: string[];
  /** CAMEO code, or '*' for a light verb (the object noun gives the code). */
  cameo: string;
  sym: boolean;
  place: boolean;
  comp: boolean;
  /** Head lemmas the subject must have, if any (flag "subj=troop|force"): "troops left Somalia", not "the
   * minister left Moscow". */
  subject?: Set<string>;
  /** CAMEO roots the infinitive after the verb must reach (flag "comproot=18|19|20"): "prepared to resume shelling"
   * is a show of force, "prepared to negotiate" none. */
  compRoots?: string[];
  /** Flag "also=border|frontier": besides the object condition, one of these lemmas in the same words (the object and
   * the few after it): "sent troops to the border" is a show of force, "sent troops to Liberia" is not. */
  also?: Set<string>;
  /** Flag "rev": the place is the source and the subject the target ("peacekeepers arrived in X" = X receives them). */
  rev: boolean;
  /** Flag "self": in the passive without a by-phrase the subject did it ("peacekeepers were shipped out of X",
   * "guerrillas have been demobilized"), as troops withdraw and fighters disarm themselves. */
  self: boolean;
  /** Flag "post": only after the clause it reports ("Croatia is failing refugees, a rights group protested"); its
   * target slot "that" is then that clause's subject. */
  post: boolean;
  /** Flag "inf": only when an infinitive follows the object ("warned Syria to withdraw", "gave Iraq 48 hours to
   * comply": a demand), not "warned Syria of consequences". */
  inf: boolean;
  /** Flag "noinf": only when no infinitive follows the object ("ordered a carrier to the Gulf", not "ordered troops to
   * withdraw"). */
  noInf: boolean;
  /** Flag "verdict": the object words are looked for in the predicate after "be" of the clause that follows
   * ("said Turkey's demands were unacceptable", "said that the raid was a crime"). */
  verdict: boolean;
  /** Flag "tgt": only with a target found ("put pressure on Iran", not "put pressure on the dollar"). */
  tgt: boolean;
  /** Flag "be": only after a form of "be" ("is prepared to send engineers": readiness, not preparation). */
  be: boolean;
}

export interface NounPattern {
  /** Lemmas of the compound, last one is the head ("hunger strike" -> ['hunger', 'strike']). */
  lemmas: string[];
  target: string[];
  cameo: string;
  sym: boolean;
  place: boolean;
  light: boolean;
  /** The infinitive after the noun gives the target when the noun has none ("readiness to resume talks with"). */
  comp: boolean;
}

export interface Cue {
  scope: 'aux' | 'neg' | 'comp' | 'clause' | 'report';
  value: Factuality;
}

const slots = (s: string | undefined): string[] => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);
const flagSet = (s: string | undefined): Set<string> => new Set((s ?? '').split(/[\s,]+/).filter(Boolean));

function subjectFlag(f: Set<string>): Set<string> | undefined {
  for (const x of f) if (x.startsWith('subj=')) return new Set(slots(x.slice(5)));
  return undefined;
}

function alsoFlag(f: Set<string>): Set<string> | undefined {
  for (const x of f) if (x.startsWith('also=')) return new Set(slots(x.slice(5)));
  return undefined;
}

function compRootsFlag(f: Set<string>): string[] | undefined {
  for (const x of f) if (x.startsWith('comproot=')) return slots(x.slice(9));
  return undefined;
}

/** Verb patterns by lemma, in file order (the first match wins). */
export const verbPatterns = new Map<string, VerbPattern[]>();
for (const r of readTsv('verbs.tsv')) {
  const f = flagSet(r.flags);
  const p: VerbPattern = {
    lemma: r.lemma!,
    particle: r.particle || undefined,
    object: r.object ? new Set(slots(r.object)) : undefined,
    target: slots(r.target),
    cameo: r.cameo!,
    sym: f.has('sym'),
    place: f.has('place'),
    comp: f.has('comp'),
    subject: subjectFlag(f),
    compRoots: compRootsFlag(f),
    also: alsoFlag(f),
    rev: f.has('rev'),
    self: f.has('self'),
    post: f.has('post'),
    inf: f.has('inf'),
    noInf: f.has('noinf'),
    verdict: f.has('verdict'),
    tgt: f.has('tgt'),
    be: f.has('be'),
  };
  const list = verbPatterns.get(p.lemma) ?? [];
  list.push(p);
  verbPatterns.set(p.lemma, list);
}

/** Noun patterns by head lemma, longest compound first. */
export const nounPatterns = new Map<string, NounPattern[]>();
for (const r of readTsv('nouns.tsv')) {
  const f = flagSet(r.flags);
  const lemmas = r.lemma!.split(/\s+/);
  const p: NounPattern = {
    lemmas,
    target: slots(r.target),
    cameo: r.cameo!,
    sym: f.has('sym'),
    place: f.has('place'),
    light: f.has('light'),
    comp: f.has('comp'),
  };
  const head = lemmas[lemmas.length - 1]!;
  const list = nounPatterns.get(head) ?? [];
  list.push(p);
  list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  nounPatterns.set(head, list);
}

/** Factuality cues by (first) word. Two-word cues are stored under their first word with the second. */
export const cues = new Map<string, Cue & { next?: string }>();
for (const r of readTsv('factuality.tsv')) {
  const [w, next] = r.cue!.split(/\s+/);
  cues.set(next ? `${w} ${next}` : w!, { scope: r.scope as Cue['scope'], value: r.value as Factuality, next });
}

/** First words of the two-word cues ("set to"), which are keyed by both words. */
export const TWO_WORD_CUE_STARTS: ReadonlySet<string> = new Set([...cues.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** Purpose nouns: before "is to" + verb an equation ("the aim is to ..."), not a plan (lexicon/events/purpose-nouns.tsv). */
export const purposeNouns: ReadonlySet<string> = new Set(readTsv('purpose-nouns.tsv').map((r) => r.lemma!));

/** Verbs of fighting going on or breaking out with nobody named, from lexicon/events/onset-verbs.tsv. */
export const onsetVerbs: ReadonlySet<string> = new Set(readTsv('onset-verbs.tsv').map((r) => r.lemma!));

/** Gerunds in the middle of a compound noun ("a water pumping station"), from lexicon/events/compound-gerunds.tsv. */
export const compoundGerunds: ReadonlySet<string> = new Set(readTsv('compound-gerunds.tsv').map((r) => r.form!));

/** Irregular past forms the tagger reads as nouns ("shot" -> shoot), from lexicon/events/past-forms.tsv, and the
 * pasts spelt like their base ("hit" -> hit), from lexicon/english/base-form-pasts.txt. */
export const pastForms = new Map<string, string>();
for (const w of BASE_FORM_PASTS) pastForms.set(w, w);
for (const r of readTsv('past-forms.tsv')) pastForms.set(r.form!, r.lemma!);

const byForm = new Map<string, VerbPattern[] | null>();

/** Verb patterns for a token: by its lemma, else by simple suffix stripping of the word itself, because the
 * tagger's lemma is sometimes wrong ("staged" -> "stag"). */
export function verbPatternsFor(lemma: string, lower: string): VerbPattern[] | undefined {
  const direct = verbPatterns.get(lemma) ?? verbPatterns.get(lower);
  if (direct) return direct;
  const past = pastForms.get(lower);
  if (past) return verbPatterns.get(past);
  // Most verbs of a text are in no pattern ("said", "went"): the suffix search is remembered per word form.
  let hit = byForm.get(lower);
  if (hit === undefined) {
    hit = null;
    for (const cand of baseForms(lower)) {
      const p = verbPatterns.get(cand);
      if (p) { hit = p; break; }
    }
    if (byForm.size > 20000) byForm.clear();
    byForm.set(lower, hit);
  }
  return hit ?? undefined;
}

function baseForms(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}
