// Quote lexicon: speech verbs and attribution words from lexicon/quotes, loaded once at module load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lexiconDir } from '../util/paths.js';

export type CueUse = 'both' | 'direct' | 'indirect' | 'mixed';

export interface QuoteLexicon {
  /** Lower-case verb form -> where it may introduce speech. */
  cues: Map<string, CueUse>;
  /** The lemmas of those verbs (first column): a British form of one is looked up in its lemma's spelling. */
  cueLemmas: Set<string>;
  sourcePrepositions: string[][];
  cueBridge: Set<string>;
  subjectBridge: Set<string>;
  pronouns: Set<string>;
  speakerNouns: Set<string>;
  /** Headline prefixes before a colon that name a column, not a speaker ("The Latest: …"). */
  headlineLabels: Set<string>;
  /** Broadcasters whose possessive before a quoted name makes it a title ("CNN’s “New Day”"). */
  titleOutlets: Set<string>;
  /** Nouns naming a work, before its quoted title ("the book ''An American Son''"). */
  titleNouns: Set<string>;
  /** Nouns of speech whose "that" clause (or, for speechNounsTo, "to" clause) is reported speech. */
  speechNouns: Set<string>;
  speechNounsTo: Set<string>;
  /** Verbs of naming ("was known as", "a group called"): the named thing and the quoted name are one quote
   *  (naming.ts). */
  namers: Set<string>;
  /** One or two words announcing the quoted words after them ("chants of", "slogan", "read"). */
  announcers: Set<string>;
  /** Two-word cues, the verb first ("put it"): the verb is a direct cue before the second word. */
  phraseCues: [string, string][];
  /** [lower-case substring, actor code], longest first. */
  unnamedCodes: [string, string][];
}

function loadVerbs(file: string): { cues: Map<string, CueUse>; cueLemmas: Set<string> } {
  const cues = new Map<string, CueUse>();
  const cueLemmas = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [lemma, forms, use] = line.split('\t');
    cueLemmas.add(lemma!.trim().toLowerCase());
    const u = (use?.trim() || 'both') as CueUse;
    for (const f of (forms ?? '').split(',')) {
      const w = f.trim().toLowerCase();
      if (!w) continue;
      const prev = cues.get(w);
      cues.set(w, prev && prev !== u ? 'both' : u);
    }
  }
  return { cues, cueLemmas };
}

const lower = (xs: unknown): string[] => (Array.isArray(xs) ? xs.map((x) => String(x).toLowerCase()) : []);

function load(): QuoteLexicon {
  const dir = join(lexiconDir, 'quotes');
  const y = parse(readFileSync(join(dir, 'attribution.yaml'), 'utf8')) as Record<string, unknown>;
  const codes = Object.entries((y.unnamedCodes ?? {}) as Record<string, string>).map(
    ([k, v]) => [k.toLowerCase(), String(v)] as [string, string],
  );
  codes.sort((a, b) => b[0].length - a[0].length);
  return {
    ...loadVerbs(join(dir, 'speech-verbs.tsv')),
    sourcePrepositions: lower(y.sourcePrepositions).map((p) => p.split(/\s+/)),
    cueBridge: new Set(lower(y.cueBridge)),
    subjectBridge: new Set(lower(y.subjectBridge)),
    pronouns: new Set(lower(y.pronouns)),
    speakerNouns: new Set(lower(y.speakerNouns)),
    headlineLabels: new Set(lower(y.headlineLabels)),
    titleOutlets: new Set(lower(y.titleOutlets)),
    announcers: new Set(lower(y.announcers)),
    namers: new Set(lower(y.namers)),
    titleNouns: new Set(lower(y.titleNouns)),
    speechNouns: new Set(lower(y.speechNouns)),
    speechNounsTo: new Set(lower(y.speechNounsTo)),
    phraseCues: lower(y.phraseCues).map((p) => p.split(/\s+/) as [string, string]),
    unnamedCodes: codes,
  };
}

export const lexicon: QuoteLexicon = load();
