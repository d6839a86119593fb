// GPE or LOC (or ORG) for a place the tagger found: CoNLL has only LOC, the JSON contract tells political units
// (countries, cities, states) from geographic ones (regions, rivers, mountains, seas).
import type { EntityType } from '../../model/index.js';
import type { Resources } from './core.js';
import { normalisePhrase } from './gazetteer.js';
import { LISTS, readList } from './resources.js';

const bit = (name: (typeof LISTS)[number]): number => 1 << LISTS.indexOf(name);
const POLITICAL = bit('countries') | bit('cities') | bit('admin');
const GEOGRAPHIC = bit('geo');
const ORGANISATION = bit('orgs');

/** Head words of geographic names ("Jordan River", "Gulf of Aden", "Mount Everest"): lexicon/ner/geo-heads.txt. */
const GEO_WORDS = new Set(readList('geo-heads').map((w) => w.toLowerCase()));
/** Last words of institution names ("Brookings Institution", "Biden Administration"): lexicon/ner/org-heads.txt. */
const ORG_HEADS = new Set(readList('org-heads').map((w) => w.toLowerCase()));

/**
 * The JSON type of a span the model tagged LOC: GPE for countries, cities and states, LOC for regions, seas,
 * rivers, mountains. CoNLL annotators tag buildings that stand for institutions ("White House", "Kremlin")
 * LOC; the JSON contract wants them ORG, so a name on the organisations list and no place list becomes ORG.
 */
export function placeType(text: string, res: Resources): 'GPE' | 'LOC' | 'ORG' {
  const lists = res.gaz.listsOf(text);
  if (lists & GEOGRAPHIC) return 'LOC';
  if (lists & POLITICAL) return 'GPE';
  if (lists & ORGANISATION) return 'ORG';
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > 1 && ORG_HEADS.has(words[words.length - 1]!)) return 'ORG';
  for (const w of words) if (GEO_WORDS.has(w)) return 'LOC';
  // An unknown one-word place in news is mostly a town or district; an unknown longer name is political only
  // when it contains a known political name ("Greater Damascus"), else LOC ("Transatlantic Quad").
  if (words.length === 1) return 'GPE';
  for (const w of words) if (res.gaz.listsOf(w) & POLITICAL) return 'GPE';
  return 'LOC';
}

const UNAMBIGUOUS_PLACE = bit('countries') | bit('admin') | GEOGRAPHIC;
const NOT_A_PLACE = ORGANISATION | bit('demonyms') | bit('misc') | bit('firstnames');
const NOT_AN_ORG = POLITICAL | GEOGRAPHIC | bit('demonyms') | bit('misc') | bit('firstnames');

/**
 * The JSON type of a span the model tagged: LOC split into GPE and LOC (placeType); an ORG or MISC whose whole
 * name is a country, state, region or big city on no organisation or other list becomes a place ("Eastern
 * Europe", "Cairo" in a dateline); a MISC whose whole name is only on the organisations list becomes ORG
 * ("Arab League"), and so does one ending in an institution word ("Biden Administration"). Only the JSON
 * path uses this; CoNLL output stays the model's.
 */
export function jsonType(type: EntityType, text: string, res: Resources): EntityType {
  if (type === 'LOC') return placeType(text, res);
  if (type !== 'ORG' && type !== 'MISC') return type;
  const lists = res.gaz.listsOf(text);
  if (!(lists & NOT_A_PLACE) && (lists & UNAMBIGUOUS_PLACE || res.bigCities.has(normalisePhrase(text)))) {
    return placeType(text, res) === 'LOC' ? 'LOC' : 'GPE';
  }
  if (type === 'MISC' && lists & ORGANISATION && !(lists & NOT_AN_ORG)) return 'ORG';
  if (type === 'MISC') {
    // "Biden Administration", "Syrian National Council": a name ending in an institution word is an ORG.
    const sp = text.lastIndexOf(' ');
    const last = text.slice(sp + 1).toLowerCase();
    if (sp > 0 && ORG_HEADS.has(last)) return 'ORG';
  }
  return type;
}
