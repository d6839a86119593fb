// Titles and modifiers around names, on plain word arrays so that both the entity stage (tokens) and
// lookupActor (a string) use them: "Russian Foreign Minister", "CIA Director", "State Department spokesperson".
import { countries, ethnicDemonyms, hitsForKey, maxNameWords, maxSectorWords, nameLastWords, namePrefixes, sectorFirstWords, sectorLastWords, sectors, type Country, type SectorInfo } from './kb.js';
import { acronymKey, norm } from './normalize.js';

export interface Modifier {
  start: number;
  end: number;
  country?: Country;
  /** Full code of an organisation (USASPY for CIA). */
  code?: string;
  orgName?: string;
}

export interface Title {
  /** First word of the title phrase, modifiers included. */
  start: number;
  end: number;
  info: SectorInfo;
  /** As written: "Foreign Minister", "CIA Director", "State Department spokesperson". */
  role: string;
  code?: string;
  country?: string;
  former: boolean;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const SKIP_ADJ = new Set(['deputy', 'senior', 'acting', 'top', 'former', 'then', 'new', 'chief', 'interim', 'high-ranking', 'veteran', 'outgoing', 'incoming',
  'ousted', 'deposed', 'exiled', 'jailed', 'detained', 'slain', 'late', 'embattled', 'self-proclaimed', 'elected', 'president-elect']);

function key(words: readonly string[], a: number, b: number): string {
  if (b - a === 1) {
    const w = words[a]!;
    return acronymKey(w) ?? norm(w);
  }
  return norm(words.slice(a, b).join(' '));
}

/** Longest sector phrase (title or noun) that ends just before `end`. */
const WORDLIKE = /^[\p{L}\p{N}]/u;

export function sectorEnding(words: readonly string[], end: number, min = 0): { start: number; info: SectorInfo } | undefined {
  if (end < 1 || !WORDLIKE.test(words[end - 1]!) || !sectorLastWords.has(norm(words[end - 1]!))) return undefined;
  for (let n = Math.min(maxSectorWords, end - min); n >= 1; n--) {
    if (!WORDLIKE.test(words[end - n]!) || /^the$/i.test(words[end - n]!)) continue;
    // no phrase starts with this word: skip the join (most words before a noun)
    if (n > 1 && !sectorFirstWords.has(norm(words[end - n]!))) continue;
    const info = sectors.get(norm(words.slice(end - n, end).join(' ')));
    if (info) return { start: end - n, info };
  }
  return undefined;
}

/** Longest sector phrase that starts at `start`. */
export function sectorStarting(words: readonly string[], start: number, max = words.length): { end: number; info: SectorInfo } | undefined {
  if (start >= max || !WORDLIKE.test(words[start]!) || /^the$/i.test(words[start]!) || !sectorFirstWords.has(norm(words[start]!))) return undefined;
  for (let n = Math.min(maxSectorWords, max - start); n >= 1; n--) {
    if (!WORDLIKE.test(words[start + n - 1]!)) continue;
    const info = sectors.get(norm(words.slice(start, start + n).join(' ')));
    if (info) return { end: start + n, info };
  }
  return undefined;
}

function modifierFromKey(k: string): Omit<Modifier, 'start' | 'end'> | undefined {
  const hits = hitsForKey(k) ?? (k.startsWith('=') ? hitsForKey(k.slice(1).toLowerCase()) : undefined);
  if (!hits) return undefined;
  for (const h of hits) {
    if (h.kind === 'org' && h.code) return { code: h.code, orgName: h.name, country: countries.get(h.code.slice(0, 3)) };
    if (h.kind === 'country' || h.kind === 'demonym') return { country: h.country };
  }
  for (const h of hits) if (h.kind === 'city' && h.city?.kind === 'C') return { country: h.country }; // "Moscow officials"
  return undefined;
}

/** Longest country, demonym or organisation name ending just before `end` (a possessive "’s" may follow it). */
export function modifierEnding(words: readonly string[], end: number, min = 0): Modifier | undefined {
  let e = end;
  if (e > min && POSSESSIVE.has(words[e - 1]!)) e--;
  if (e < 1 || !WORDLIKE.test(words[e - 1]!)) return undefined;
  const lw = norm(words[e - 1]!.replace(/['’]s$/, ''));
  if (!nameLastWords.has(lw)) return undefined;
  for (let n = Math.min(maxNameWords + 1, e - min); n >= 1; n--) {
    if (!WORDLIKE.test(words[e - n]!) || /^the$/i.test(words[e - n]!)) continue;
    let w = words.slice(e - n, e);
    // "Russia's" as one word (lookupActor input)
    const last = w[w.length - 1]!;
    if (/['’]s$/.test(last)) w = [...w.slice(0, -1), last.slice(0, -2)];
    const m = modifierFromKey(key(w, 0, w.length));
    if (m) {
      // "Bosnian Serb", "Kosovo Albanian": an ethnic demonym after a country's name or demonym is of that country
      if (n === 1 && !m.code && m.country && e - 1 > min && ethnicDemonyms.has(norm(words[e - 1]!))) {
        const outer = modifierEnding(words, e - 1, min);
        if (outer && outer.end === e - 1 && !outer.code && outer.country && outer.country !== m.country) return { ...outer, end };
      }
      return { start: e - n, end, ...m };
    }
  }
  return undefined;
}

/** Longest modifier starting at `start`. */
export function modifierStarting(words: readonly string[], start: number, max = words.length): Modifier | undefined {
  if (start >= max || !WORDLIKE.test(words[start]!)) return undefined;
  const fw = acronymKey(words[start]!) ?? norm(words[start]!);
  if (!namePrefixes.has(fw) && !namePrefixes.has(fw.replace(/^=/, '').toLowerCase())) return undefined;
  for (let n = Math.min(maxNameWords + 1, max - start); n >= 1; n--) {
    if (!WORDLIKE.test(words[start + n - 1]!)) continue;
    const m = modifierFromKey(key(words, start, start + n));
    if (m) {
      const end = start + n < max && POSSESSIVE.has(words[start + n]!) ? start + n + 1 : start + n;
      return { start, end, ...m };
    }
  }
  return undefined;
}

/** The title right before a name at `end`: "Russian President", "CIA Director", "Secretary of State". */
export function titleBefore(words: readonly string[], end: number, min = 0): Title | undefined {
  const sec = sectorEnding(words, end, min);
  if (!sec || !sec.info.cls || sec.info.plural) return undefined;
  let start = sec.start;
  let roleStart = sec.start;
  let code: string | undefined;
  let country = sec.info.country;
  // "Deputy Foreign Minister", "senior ... official": adjectives belong to the title.
  while (start > min && SKIP_ADJ.has(words[start - 1]!.toLowerCase())) start--;
  let former = false;
  for (let i = start; i < sec.start; i++) if (/^(?:former|ousted|deposed|exiled)$/i.test(words[i]!)) former = true;
  if (start < sec.start) roleStart = start;
  const mod = modifierEnding(words, start, min);
  if (mod) {
    start = mod.start;
    if (mod.code) {
      code = mod.code;
      roleStart = mod.start;
      // "Russian Defence Ministry spokesman": keep the ministry's code; "NATO Secretary General": IGO code.
    } else if (mod.country) {
      country = mod.country.iso3;
    }
    // A country before an organisation ("U.S. State Department spokesperson").
    if (mod.code) {
      const outer = modifierEnding(words, start, min);
      if (outer && !outer.code && outer.country) start = outer.start;
    }
  }
  if (!code && country) code = country + (former ? 'ELI' : sec.info.sector);
  const role = words.slice(roleStart, end).join(' ').replace(/\s+(['’]s?)\b/g, '$1');
  return { start, end, info: sec.info, role, code, country: country ?? code?.slice(0, 3), former };
}

/** Split a string into words the way the text layer splits tokens, closely enough for titles and names. */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    if (!raw) continue;
    const m = /^(.*?)(['’]s|s['’])?([,;:]?)$/.exec(raw)!;
    let w = m[1]!;
    const poss = m[2];
    if (poss) {
      if (poss.startsWith('s')) { w += 's'; out.push(w, poss.slice(1)); }
      else out.push(w, poss);
    } else out.push(w);
    if (m[3]) out.push(m[3]);
  }
  return out.filter(Boolean);
}
