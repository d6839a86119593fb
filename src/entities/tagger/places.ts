// GPE or LOC (or ORG) for a place the tagger found: CoNLL has only LOC, the JSON contract tells political units
// (countries, cities, states) from geographic ones (regions, rivers, mountains, seas).
import type { Resources } from './core.js';
import { LISTS } from './resources.js';

const bit = (name: (typeof LISTS)[number]): number => 1 << LISTS.indexOf(name);
const POLITICAL = bit('countries') | bit('cities') | bit('admin');
const GEOGRAPHIC = bit('geo');
const ORGANISATION = bit('orgs');

/** Head words of geographic names ("Jordan River", "Gulf of Aden", "Mount Everest"). */
const GEO_WORDS = new Set(
  ('river sea ocean gulf bay strait straits lake lakes mountain mountains mount mt. hills hill valley desert ' +
    'peninsula coast island islands isle plateau basin canal channel delta plain plains forest glacier cape ' +
    'continent region highlands lowlands archipelago reef falls volcano').split(' '),
);

/**
 * The JSON type of a span the model tagged LOC. CoNLL annotators tag buildings that stand for institutions
 * ("White House", "Kremlin") LOC; the JSON contract wants them ORG, so a name on the organisations list that is
 * on no place list becomes ORG.
 */
export function placeType(text: string, res: Resources): 'GPE' | 'LOC' | 'ORG' {
  const lists = res.gaz.listsOf(text);
  if (lists & GEOGRAPHIC) return 'LOC';
  if (lists & POLITICAL) return 'GPE';
  if (lists & ORGANISATION) return 'ORG';
  const words = text.toLowerCase().split(/\s+/);
  for (const w of words) if (GEO_WORDS.has(w)) return 'LOC';
  // Unknown places in news are mostly towns and districts.
  return 'GPE';
}
