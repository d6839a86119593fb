// The actor knowledge base: lexicon/actors/*.tsv loaded once at module load, plus entries users add.
// Every name (country, demonym, city, organisation, person, alias) is indexed under its key (normalize.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../model/index.js';
import { lexiconDir } from '../util/paths.js';
import { nameKey, norm, plainName } from './normalize.js';
import type { ActorCode, ActorEntry } from './types.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  capital?: string;
  demonym?: string;
}

export interface City {
  name: string;
  country: string;
  lat: number;
  lon: number;
  pop: number;
  /** C capital, A first-level admin seat, '' other. */
  kind: string;
  /** English display name: the first alias of a non-ASCII GeoNames name (Genève -> Geneva), else the name without accents. */
  display: string;
}

/** A person or organisation with its codes over time. */
export interface ActorRecord {
  name: string;
  type: EntityType;
  codes: ActorCode[];
  gender?: 'm' | 'f';
  source: 'lexicon' | 'user' | 'learned';
}

export type HitKind = 'person' | 'org' | 'country' | 'demonym' | 'city' | 'region';

export interface NameHit {
  kind: HitKind;
  type: EntityType;
  /** Canonical name of what the text names. */
  name: string;
  actor?: ActorRecord;
  country?: Country;
  city?: City;
  /** Fixed code (regions, organisations). */
  code?: string;
}

export interface SectorInfo {
  phrase: string;
  sector: string;
  /** Office class shared across countries ("foreign-minister"), for "his Russian counterpart". */
  cls?: string;
  /** Country the title implies by itself (Secretary of State -> USA). */
  country?: string;
  /** A generated plural ("diplomats"): a group, never a title before one name. */
  plural?: boolean;
}

const dir = join(lexiconDir, 'actors');

function rows(file: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.replace(/\r$/, '').split('\t').map((f) => f.trim()));
  }
  return out;
}
const list = (s: string | undefined): string[] => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);

// ---- countries ----
export const countries = new Map<string, Country>();
const byIso2 = new Map<string, Country>();
for (const [iso3, iso2, name, , demonyms, capital] of rows('countries.tsv')) {
  if (!iso3 || !name) continue;
  const c: Country = { iso3, iso2: iso2 ?? '', name, capital: capital || undefined, demonym: list(demonyms)[0] };
  countries.set(iso3, c);
  if (iso2) byIso2.set(iso2, c);
}

// ---- names index ----
const names = new Map<string, NameHit[]>();
/** Word-level prefixes of every multi-word key, so a scan can stop early. */
export const namePrefixes = new Set<string>();
/** Longest name in tokens (approximate: words). */
export let maxNameWords = 1;
/** Last words of every name (folded), so a backward scan can give up at once. */
export const nameLastWords = new Set<string>();

const KIND_RANK: Record<HitKind, number> = { person: 0, org: 1, country: 2, region: 3, demonym: 4, city: 5 };

function addName(text: string, hit: NameHit, caseless = false): void {
  const key = caseless ? norm(text) : nameKey(text);
  if (!key || key === '=') return;
  let arr = names.get(key);
  if (!arr) names.set(key, (arr = []));
  if (arr.some((h) => h.kind === hit.kind && h.name === hit.name && h.actor === hit.actor)) return;
  arr.push(hit);
  arr.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const words = key.replace(/^=/, '').split(' ');
  if (words.length > maxNameWords) maxNameWords = words.length;
  nameLastWords.add(words[words.length - 1]!.toLowerCase());
  let p = key.startsWith('=') ? '=' : '';
  for (let i = 0; i < words.length; i++) {
    p += (i > 0 ? ' ' : '') + words[i];
    namePrefixes.add(p);
  }
}

/** All dictionary hits for a name as written, best first. */
export function hitsFor(text: string): NameHit[] {
  const a = nameKey(text);
  const h = names.get(a);
  if (h) return h;
  if (a.startsWith('=')) return names.get(norm(text)) ?? [];
  return [];
}

/** Hits under an already computed key (for scanners that build keys themselves). */
export function hitsForKey(key: string): NameHit[] | undefined {
  return names.get(key);
}

for (const [iso3, , name, aliases, demonyms] of rows('countries.tsv')) {
  const c = countries.get(iso3!)!;
  for (const n of [name!, ...list(aliases)]) addName(n, { kind: 'country', type: 'GPE', name: c.name, country: c });
  for (const d of list(demonyms)) addName(d, { kind: 'demonym', type: 'MISC', name: c.name, country: c });
}

// ---- cities ----
const cityIndex = new Map<string, City[]>();
function cityScore(c: City): number {
  return c.pop * (c.kind === 'C' ? 10 : c.kind === 'A' ? 2 : 1);
}
for (const [name, country, lat, lon, pop, kind] of rows('cities.tsv')) {
  const city: City = { name: name!, country: country!, lat: Number(lat), lon: Number(lon), pop: Number(pop) || 0, kind: kind ?? '', display: plainName(name!) };
  const key = norm(city.name);
  let arr = cityIndex.get(key);
  if (!arr) cityIndex.set(key, (arr = []));
  arr.push(city);
}
for (const arr of cityIndex.values()) arr.sort((a, b) => cityScore(b) - cityScore(a));
// English news often drops the Arabic article of a place ("Al Fallūjah", "Al Mayādīn" -> Fallujah, Mayadin):
// the name without it is a key too, unless some place is called that already.
const ARTICLE = /^(?:al|ar|as|ash|az|an|ad|at|ath|adh)[ -](?=\S{3})/;
const bare = new Map<string, City[]>();
for (const [key, arr] of cityIndex) {
  if (!ARTICLE.test(key)) continue;
  const k = key.replace(ARTICLE, '');
  if (!cityIndex.has(k)) bare.set(k, [...(bare.get(k) ?? []), ...arr].sort((a, b) => cityScore(b) - cityScore(a)));
}
for (const [k, arr] of bare) cityIndex.set(k, arr);
// Names that fold into common words (Ha'il -> "hail") are no towns; aliases below may still add them back.
for (const [name] of rows('not-places.tsv')) cityIndex.delete(norm(name!));
// Aliases go first: "Geneva" is Genève (CH), not the larger Geneva of Illinois in the data.
// The first alias is the display name of a name with marks (Genève -> Geneva), or any alias marked "display".
for (const [alias, target, country, show] of rows('city-aliases.tsv')) {
  const city = cityIndex.get(norm(target!))?.find((c) => c.country === country);
  if (!city) continue;
  if (show === 'display' || (/[^\x00-\x7f']/.test(city.name) && city.display === plainName(city.name))) city.display = alias!;
  const key = norm(alias!);
  const arr = cityIndex.get(key) ?? [];
  cityIndex.set(key, [city, ...arr.filter((c) => c !== city)]);
}

/** Best city for a name: aliases, then capitals and the most populous. */
export function cityFor(text: string): City | undefined {
  const k = norm(text);
  return (cityIndex.get(k) ?? (ARTICLE.test(k) ? cityIndex.get(k.replace(ARTICLE, '')) : undefined) ?? arabicVariant(k))?.[0];
}

/** English news and GeoNames transliterate Arabic and Persian names' final -a/-ah and -iya/-iyah differently
 * ("Baquba" / "Baqubah", "Haditha" / "Hadithah", "Mahmudiya" / "Al Mahmudiyah"): on a miss, the other spelling
 * (multi-letter names only, so common words stay unknown). */
function arabicVariant(k: string): City[] | undefined {
  if (k.length < 5 || k.includes(' ')) return undefined;
  const v = k.endsWith('ah') ? k.slice(0, -1) : k.endsWith('a') ? `${k}h` : k.endsWith('iyya') ? `${k.slice(0, -2)}ah` : undefined;
  return v ? cityIndex.get(v) : undefined;
}
export function countryByIso2(iso2: string): Country | undefined {
  return byIso2.get(iso2);
}

// Cities a scan may recognise as names on its own: capitals, large admin seats, very large places and aliases.
// Smaller towns are found by lookupPlace when the tagger marks them; as bare words they collide with
// names and common words too often ("Mobile", "Reading", "Jackson").
const aliasKeys = new Set(rows('city-aliases.tsv').map((r) => norm(r[0]!)));
for (const [key, arr] of cityIndex) {
  const best = arr[0]!;
  const ok = aliasKeys.has(key) || best.kind === 'C' || (best.kind === 'A' && best.pop >= 300000) || best.pop >= 500000;
  if (!ok) continue;
  addName(aliasKeys.has(key) ? key : best.name, { kind: 'city', type: 'GPE', name: best.display, city: best, country: countries.get(best.country) }, true);
}

// ---- organisations and regions ----
for (const [code, type, name, aliases] of rows('organisations.tsv')) {
  if (!code || !name) continue;
  const t = (type || 'ORG') as EntityType;
  const kind: HitKind = t === 'LOC' || t === 'GPE' ? 'region' : 'org';
  const rec: ActorRecord = { name, type: t, codes: [{ code }], source: 'lexicon' };
  for (const n of [name, ...list(aliases)]) addName(n, { kind, type: t, name, actor: rec, code });
}

// ---- US states: places that act ("Louisiana officials") ----
for (const [name, aliases] of rows('us-states.tsv')) {
  if (!name) continue;
  const rec: ActorRecord = { name, type: 'GPE', codes: [{ code: 'USA' }], source: 'lexicon' };
  for (const n of [name, ...list(aliases)]) addName(n, { kind: 'region', type: 'GPE', name, actor: rec, code: 'USA', country: countries.get('USA') });
}

// ---- people ----
const surnames = new Map<string, ActorRecord[]>();
const people = new Map<string, ActorRecord>();

/** Last words that name no one on their own: common given names of long compound names ("Ben Ali", "King
 * Abdullah") and regnal numbers ("Mohammed VI"). Such people resolve by full name or alias only. */
const NOT_SURNAMES = new Set(['ali', 'mohammed', 'mohamed', 'muhammad', 'ahmed', 'ahmad', 'hassan', 'omar', 'abdullah', 'khan', 'singh', 'kim', 'lee', 'park', 'wang', 'li', 'zhang', 'chen', 'said', 'aziz', 'ibrahim', 'ismail', 'yusuf', 'hamad', 'khalifa', 'sultan', 'talal', 'ii', 'iii', 'iv', 'vi', 'xvi', 'jr', 'sr', 'i',
  // Burmese names have no surname ("Ne Win", "Soe Win"); Gulf royal houses name many people ("al-Sabah").
  'win', 'sabah', 'thani', 'nahyan', 'saud', 'faisal',
  // surnames that are also words of the news calendar ("Taha Yassin Ramadan")
  'ramadan']);

/** The Arabic article of a surname ("al-Assad", "el-Baz", "as-Sadr"), for the bare form. */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-(\S{3,})$/;

function addSurname(key: string, rec: ActorRecord): void {
  if (NOT_SURNAMES.has(key) && rec.source !== 'user') return;
  let arr = surnames.get(key);
  if (!arr) surnames.set(key, (arr = []));
  if (!arr.includes(rec)) arr.push(rec);
}

/** Family names written first (family-first.tsv): Chinese and Korean names of the listed countries. */
const familyFirst = { countries: new Set<string>(), names: new Set<string>() };
for (const [name, list2] of rows('family-first.tsv')) {
  if (name === '@countries') for (const c of list(list2)) familyFirst.countries.add(c);
  else if (name) familyFirst.names.add(norm(name));
}

/** Bumped whenever entries are added, so caches of lookups can tell they are stale. */
export let kbVersion = 0;

/** Add a person or organisation to the KB (lexicon rows, user dictionaries, imported PETRARCH files). */
export function addActorEntry(e: ActorEntry, source: ActorRecord['source'] = 'user', caseless = false): ActorRecord {
  kbVersion++;
  const type: EntityType = e.type ?? (e.codes.some((c) => c.from || c.to || c.role) ? 'PER' : 'ORG');
  const pkey = norm(e.name);
  let rec = type === 'PER' ? people.get(pkey) : undefined;
  if (rec) {
    for (const c of e.codes) if (!rec.codes.some((d) => d.code === c.code && d.from === c.from && d.to === c.to)) rec.codes.push(c);
    if (e.gender && !rec.gender) rec.gender = e.gender;
  } else {
    rec = { name: e.name, type, codes: [...e.codes], gender: e.gender, source };
    if (type === 'PER') people.set(pkey, rec);
  }
  const kind: HitKind = type === 'PER' ? 'person' : type === 'LOC' ? 'region' : 'org';
  const hit: NameHit = { kind, type, name: rec.name, actor: rec, code: type === 'PER' ? undefined : rec.codes[0]?.code };
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    addName(n, hit, caseless);
    if (type === 'PER') {
      const words = norm(n).split(' ');
      if (words.length === 1) addSurname(words[0]!, rec);
    }
  }
  if (type === 'PER') {
    const words = norm(e.name).split(' ');
    if (words.length > 1 && familyFirst.names.has(words[0]!) && e.codes.some((c) => familyFirst.countries.has(c.code.slice(0, 3)))) {
      addSurname(words[0]!, rec); // "Hu Jintao" is "Hu"
    } else if (words.length > 1) {
      const last = words[words.length - 1]!;
      addSurname(last, rec);
      // News drops the Arabic article of a surname as often as it keeps it ("al-Maliki" / "Maliki").
      const bare = ARABIC_ARTICLE.exec(last)?.[1];
      if (bare) addSurname(bare, rec);
    }
  }
  return rec;
}

for (const [name, aliases, code, role, from, to, gender] of rows('people.tsv')) {
  if (!name || !code) continue;
  addActorEntry(
    { name, aliases: list(aliases), type: 'PER', gender: gender === 'm' || gender === 'f' ? gender : undefined,
      codes: [{ code, role: role || undefined, from: from || undefined, to: to || undefined }] },
    'lexicon',
  );
}

/** People in the KB with this surname (or single-word alias). */
export function peopleBySurname(word: string): ActorRecord[] {
  return surnames.get(norm(word)) ?? [];
}
export function personByName(name: string): ActorRecord | undefined {
  return people.get(norm(name));
}

// ---- ethnic demonyms that defer to a country named before them ("Bosnian Serb") ----
export const ethnicDemonyms = new Set(rows('ethnic.tsv').map((r) => norm(r[0]!)));

// ---- peoples of several countries ("Kurdish", "Hutu"): the countries a mention of them may belong to ----
export const peoples = new Map<string, string[]>();
/** Forms that count only before a group noun ("Sunni insurgents"; a bare "Sunni" is mostly the faith). */
export const peoplesBeforeNoun = new Set<string>();
for (const [forms, cs, only] of rows('peoples.tsv')) {
  for (const f of list(forms)) {
    peoples.set(norm(f), list(cs));
    if (only === 'noun') peoplesBeforeNoun.add(norm(f));
  }
}

// ---- sectors (titles and nouns) ----
export const sectors = new Map<string, SectorInfo>();
export let maxSectorWords = 1;
/** First and last words of sector phrases. */
export const sectorFirstWords = new Set<string>();
export const sectorLastWords = new Set<string>();
const sectorRows = rows('sectors.tsv');
const addSector = (key: string, info: SectorInfo): void => {
  sectors.set(key, info);
  const w = key.split(' ');
  maxSectorWords = Math.max(maxSectorWords, w.length);
  sectorFirstWords.add(w[0]!);
  sectorLastWords.add(w[w.length - 1]!);
};
for (const [phrase, sector, cls, country] of sectorRows) {
  if (!phrase || !sector) continue;
  const info = { phrase, sector, cls: cls || undefined, country: country || undefined };
  addSector(norm(phrase), info);
  // The tokenizer splits most hyphens ("hostage - takers"): the phrase as those tokens too.
  if (/\w-\w/.test(phrase)) addSector(norm(phrase).replace(/(\w)-(?=\w)/g, '$1 - '), info);
}
// Plurals of titles and nouns ("diplomats", "rebel leaders") unless listed themselves.
for (const [phrase, sector, cls, country] of sectorRows) {
  if (!phrase || !sector || /s$|\.$/.test(phrase)) continue;
  const pl = norm(phrase.replace(/y$/, 'ie') + 's');
  if (!sectors.has(pl)) addSector(pl, { phrase: pl, sector, cls: cls || undefined, country: country || undefined, plural: true });
}

// ---- definite descriptions of organisations ("the alliance", "the company"): what each noun can refer to ----
export interface OrgNominal {
  /** CAMEO code prefixes; a leading "*" stands for any country code. */
  codes: string[];
  /** Words of an antecedent's name that fit (the noun itself included). */
  names: Set<string>;
}
export const orgNominals = new Map<string, OrgNominal>();
for (const [noun, codes, names] of rows('org-nominals.tsv')) {
  if (!noun) continue;
  orgNominals.set(noun.toLowerCase(), { codes: list(codes), names: new Set([noun.toLowerCase(), ...list(names).map((x) => x.toLowerCase())]) });
}
/** Does an organisation with this code and these name words fit the noun ("the alliance": NATO)? */
export function orgNominalFits(on: OrgNominal, code: string | undefined, nameWords: readonly string[]): boolean {
  if (nameWords.some((w) => on.names.has(w))) return true;
  if (!code) return false;
  return on.codes.some((p) => (p.startsWith('*')
    ? code.length > 3 && countries.has(code.slice(0, 3)) && code.startsWith(p.slice(1), 3)
    : code.startsWith(p)));
}

// ---- states that became independent: before the date, the state they left (successions.tsv) ----
const successions = rows('successions.tsv').filter((r) => r[0] && r[1] && r[2]).map(([state, earlier, from]) => ({ state: state!, earlier: earlier!, from: from! }));

/** A code as of a date: a state's code before its independence is the earlier state's ("SSDREB" in 1995 -> "SDNREB"). */
export function codeAsOf(code: string, date?: string): string {
  if (!date) return code;
  for (const s of successions) if (code.startsWith(s.state) && date < s.from) return s.earlier + code.slice(3);
  return code;
}

// ---- codes over time ----
function isCountry(code: string): boolean {
  return countries.has(code.slice(0, 3));
}

/** The code an actor holds on a date: the range that contains it (the latest starting one), else for a date after
 * every range the country's elite code (a former office holder, CAMEO "ELI"), else the earliest known code. */
export function codeAt(rec: ActorRecord, date?: string): ActorCode | undefined {
  const codes = rec.codes;
  if (codes.length === 0) return undefined;
  if (codes.length === 1 && !codes[0]!.from && !codes[0]!.to) return codes[0];
  if (!date) {
    // No date: the current (open) office, else the latest.
    return [...codes].sort((a, b) => ((b.to ?? '9999') > (a.to ?? '9999') ? 1 : -1) || ((b.from ?? '') > (a.from ?? '') ? 1 : -1))[0];
  }
  let best: ActorCode | undefined;
  for (const c of codes) {
    if ((c.from && c.from > date) || (c.to && c.to < date)) continue;
    if (!best || (c.from ?? '') > (best.from ?? '')) best = c;
  }
  if (best) return best;
  const ends = codes.map((c) => c.to ?? '9999');
  if (ends.every((e) => e < date)) {
    const last = codes.reduce((a, b) => ((b.to ?? '') > (a.to ?? '') ? b : a));
    return isCountry(last.code) ? { code: last.code.slice(0, 3) + 'ELI', role: last.role ? `former ${last.role}` : undefined } : last;
  }
  return codes.reduce((a, b) => ((b.from ?? '') < (a.from ?? '') ? b : a));
}

/** True when some code of the actor is valid on the date (or it has undated codes). */
export function activeAt(rec: ActorRecord, date?: string): boolean {
  if (!date) return true;
  return rec.codes.some((c) => (!c.from || c.from <= date) && (!c.to || c.to >= date));
}

/** Every person in the KB (lexicon and user entries). */
export function allPeople(): IterableIterator<ActorRecord> {
  return people.values();
}

/** Office class of a role as written ("Secretary of State" -> foreign-minister), from its last title words. */
export function roleClass(role: string | undefined): SectorInfo | undefined {
  if (!role) return undefined;
  const words = norm(role).split(' ');
  for (let s = 0; s < words.length; s++) {
    const info = sectors.get(words.slice(s).join(' '));
    if (info && info.cls) return info;
  }
  return undefined;
}
