// Verbs whose past is spelt like their base ("cut", "hit"), from lexicon/english/base-form-pasts.txt: one list
// for every stage that must tell such a past from a present or an infinitive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from '../util/paths.js';

export const BASE_FORM_PASTS: ReadonlySet<string> = new Set(
  readFileSync(join(lexiconDir, 'english', 'base-form-pasts.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#')),
);
