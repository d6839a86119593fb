// Name spans from the knowledge base and from titles, to complement the statistical tagger: KB names
// (countries, demonyms, capitals, organisations, listed and learned people) and capitalised names right after
// a title ("Foreign Minister Sergei Lavrov"). Tagger spans win; these only fill gaps.
import type { Doc, EntityType } from '../model/index.js';
import { hitsForKey, namePrefixes, peopleBySurname, type NameHit } from '../actors/kb.js';
import type { KnownActors } from '../actors/learn.js';
import { acronymKey, norm } from '../actors/normalize.js';
import { sectorEnding, titleBefore } from '../actors/titles.js';

export interface Span {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  hit?: NameHit; // always set by makeSpan (undefined when none); optional for hand-made spans in tests
  src: 'tagger' | 'kb' | 'title' | 'known';
}

/** Every span is made here, all fields set in one order (no spread copies): V8 then gives spans one hidden class,
 * and the scans and the resolver are not deoptimised for meeting another shape ("wrong map", BENCHMARKS.md). */
export function makeSpan(tokenStart: number, tokenEnd: number, type: EntityType, hit: NameHit | undefined, src: Span['src']): Span {
  return { tokenStart, tokenEnd, type, hit, src };
}

/** The tokens' texts, built by push so the array is always PACKED (a `.map` result is PACKED from the builtin but
 * HOLEY from optimised code: two hidden classes, which deoptimise every reader of the array). */
export function tokenWords(doc: Doc): string[] {
  const words: string[] = [];
  for (const t of doc.tokens) words.push(t.text);
  return words;
}

const UPPER = /^[\p{Lu}]/u;
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u;

/** Whether a word may start with a capital: false at once for a word starting with another ASCII character (most
 * tokens), which the regexes above, run on every token, would turn away more slowly (an ASCII capital is A-Z). */
function mayStartUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}
const NOT_NAME = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I', 'The', 'A', 'An', 'And', 'But', 'On', 'In', 'At', 'He', 'She', 'It', 'They', 'We', 'This', 'That']);
const MAX_SCAN = 7;
/** Words that end a title-looking phrase without naming a person ("Major League", "General Assembly"). */
const NOT_PERSON_WORD = new Set(['league', 'assembly', 'motors', 'electric', 'council', 'committee', 'court', 'party', 'army', 'bank', 'union', 'association', 'department', 'ministry', 'office', 'agency', 'staff', 'house', 'minister', 'secretary', 'general', 'board', 'commission', 'corporation', 'company', 'group', 'forces', 'force', 'command', 'affairs', 'state', 'states', 'security', 'services', 'service', 'foundation', 'institute', 'university', 'school', 'hospital', 'church', 'federation', 'organisation', 'organization', 'authority', 'fund', 'club', 'cup', 'championship', 'open', 'prix', 'trophy', 'series', 'games', 'award', 'prize',
  'sound', 'island', 'islands', 'bay', 'county', 'strait', 'river']);
const WORDISH = /[\p{L}\p{N}]$/u;

/** Key of tokens [a, b): the text as written between them, normalised (so "Washington, D.C." and "U.S." work). */
export function spanKey(doc: Doc, a: number, b: number): string {
  const t = doc.tokens;
  const s = doc.article.text.slice(t[a]!.start, t[b - 1]!.end);
  return b - a === 1 ? acronymKey(s) ?? norm(s) : norm(s);
}

/** KB and learned-actor names, longest first, at capitalised tokens. */
export function scanNames(doc: Doc, words: readonly string[], known?: KnownActors): Span[] {
  const out: Span[] = [];
  const toks = doc.tokens;
  const n = toks.length;
  for (let i = 0; i < n; ) {
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 128 && UPPER.test(w))) || NOT_NAME.has(w)) { i++; continue; }
    let best: Span | undefined;
    for (let j = i + 1; j <= Math.min(n, i + MAX_SCAN); j++) {
      const k = spanKey(doc, i, j);
      const hits = hitsForKey(k) ?? (k.startsWith('=') ? hitsForKey(k.slice(1).toLowerCase()) : undefined);
      if (hits && hits.length && WORDISH.test(words[j - 1]!)) {
        const h = hits[0]!;
        // A single word that is only a town's name must look like one: a proper noun, not a headline in capitals.
        if (!(j - i === 1 && h.kind === 'city' && (toks[i]!.pos !== 'PROPN' || (w.length > 3 && w === w.toUpperCase() && h.city?.kind !== 'C')))) best = makeSpan(i, j, h.type, h, 'kb');
      }
      if (j - i === 1 && !best && toks[i]!.pos === 'PROPN' && isKbSurname(k)) best = makeSpan(i, j, 'PER', undefined, 'kb');
      if (known) {
        const kk = k.startsWith('=') ? k.slice(1).toLowerCase() : k;
        // A learned full name wins over shorter dictionary names; a learned bare surname only fills a gap
        // (a person called Jordan must not turn every "Jordan" into a person).
        if ((j - i > 1 && known.byName.has(kk) && (!best || best.tokenEnd < j)) || (!best && j - i === 1 && known.bySurname.has(kk) && toks[i]!.pos === 'PROPN')) {
          best = makeSpan(i, j, 'PER', undefined, 'known');
        }
      }
      const isPrefix = namePrefixes.has(k) || (k.startsWith('=') && namePrefixes.has(k.slice(1).toLowerCase()));
      if (!isPrefix && (!known || j - i >= 3)) break;
    }
    if (best) { out.push(best); i = best.tokenEnd; } else i++;
  }
  return out;
}

/** Capitalised names right after a person title: "CIA Director William Burns", "President Zelenskyy". */
export function scanTitled(doc: Doc, words: readonly string[], sentStartOf: Int32Array): Span[] {
  const out: Span[] = [];
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const w = words[i]!;
    if (!mayStartUpper(w) || !NAME_WORD.test(w) || NOT_NAME.has(w) || toks[i]!.pos !== 'PROPN') continue;
    const prev = words[i - 1]!;
    if (!/^\p{L}/u.test(prev)) continue;
    if (NOT_PERSON_WORD.has(w.toLowerCase())) continue;
    const title = titleBefore(words, i, sentStartOf[i]!);
    if (!title) continue;
    let j = i;
    while (j < toks.length && j - i < 4 && NAME_WORD.test(words[j]!) && !NOT_NAME.has(words[j]!) && (toks[j]!.pos === 'PROPN' || j === i)) j++;
    let org = false;
    for (let k = i; k < j; k++) if (NOT_PERSON_WORD.has(words[k]!.toLowerCase())) org = true;
    if (org) continue;
    // The name must not itself be a place or organisation ("President of Ukraine" is no person).
    const k = spanKey(doc, i, j);
    const hits = hitsForKey(k);
    if (hits && hits[0]!.kind !== 'person') continue;
    out.push(makeSpan(i, j, 'PER', undefined, 'title'));
    i = j - 1;
  }
  return out;
}

/** Tagger spans first, then the others where they overlap nothing already taken. */
export function mergeSpans(primary: Span[], ...others: Span[][]): Span[] {
  const taken: Span[] = [...primary];
  let max = 0;
  for (const s of primary) if (s.tokenEnd > max) max = s.tokenEnd;
  for (const list of others) for (const s of list) if (s.tokenEnd > max) max = s.tokenEnd;
  const used = new Uint8Array(max + 1);
  for (const s of primary) used.fill(1, s.tokenStart, s.tokenEnd);
  for (const list of others) {
    for (const s of list) {
      let free = true;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (used[k]) { free = false; break; }
      if (!free) continue;
      used.fill(1, s.tokenStart, s.tokenEnd);
      taken.push(s);
    }
  }
  return taken.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Repair tagger spans with what the dictionaries know: a title inside or around a span leaves the name after
 * it ("State Antony Blinken" -> PER "Antony Blinken"; ORG "CIA Director" before "William Burns" -> "CIA");
 * names the KB knows for sure take its type ("Blinken" is a person, "White House" an organisation). */
export function fixTaggerSpans(doc: Doc, words: readonly string[], sentStartOf: Int32Array, spans: Span[], known?: KnownActors): Span[] {
  const out: Span[] = [];
  const toks = doc.tokens;
  for (const sp0 of spans) {
    let sp = sp0;
    // Calendar words are never names ("April"; the text layer reads -LRB- in pre-tokenised text as a bracket).
    if (sp.tokenEnd - sp.tokenStart === 1 && NOT_NAME.has(words[sp.tokenStart]!)) continue;
    const ss = sentStartOf[sp.tokenStart]!;
    for (let k = sp.tokenStart + 1; k < sp.tokenEnd; k++) {
      if (!NAME_WORD.test(words[k]!) || NOT_PERSON_WORD.has(words[k]!.toLowerCase())) continue;
      let org = false;
      for (let q = k; q < sp.tokenEnd; q++) if (NOT_PERSON_WORD.has(words[q]!.toLowerCase())) org = true;
      if (org) break;
      const t = titleBefore(words, k, ss);
      if (t && t.start <= sp.tokenStart) {
        sp = makeSpan(k, sp.tokenEnd, 'PER', undefined, sp.src);
        break;
      }
    }
    // A span ending in a title right before a name: keep the organisation, drop the title.
    if (sp.type !== 'PER' && sp.tokenEnd < toks.length && NAME_WORD.test(words[sp.tokenEnd]!) && toks[sp.tokenEnd]!.pos === 'PROPN') {
      const sec = sectorEnding(words, sp.tokenEnd, sp.tokenStart);
      if (sec && sec.info.cls) {
        if (sec.start <= sp.tokenStart) continue; // the span is only a title
        sp = makeSpan(sp.tokenStart, sec.start, sp.type, sp.hit, sp.src);
      }
    }
    // "The Hague tribunal": an organisation of the KB whose name goes on past a person's or place's span with one or
    // two lower-case words is that organisation, not the name inside it (a person "Hague", a city).
    // (not past a people's adjective: "an Algerian Islamic group" is no "Islamic Group")
    for (let b = sp.type === 'PER' || sp.type === 'GPE' || sp.type === 'LOC' ? Math.min(toks.length, sp.tokenEnd + 2) : 0; b > sp.tokenEnd; b--) {
      let lower = true;
      for (let q = sp.tokenEnd; q < b && lower; q++) lower = /^[a-z]+$/.test(words[q]!);
      if (!lower) continue;
      const hx = hitsForKey(spanKey(doc, sp.tokenStart, b))?.[0];
      if (hx && hx.kind === 'org') { sp = makeSpan(sp.tokenStart, b, 'ORG', hx, sp.src); break; }
    }
    const k = spanKey(doc, sp.tokenStart, sp.tokenEnd);
    const hits = hitsForKey(k) ?? (k.startsWith('=') ? hitsForKey(k.slice(1).toLowerCase()) : undefined);
    const h = hits?.[0];
    // Only clear contradictions are overridden: the tagger knows its news genre (a country is a team in sports).
    if (h && h.kind === 'person' && sp.type !== 'PER') sp = makeSpan(sp.tokenStart, sp.tokenEnd, 'PER', h, sp.src);
    else if (h && h.kind === 'org' && (sp.type === 'GPE' || sp.type === 'LOC' || sp.type === 'PER')) sp = makeSpan(sp.tokenStart, sp.tokenEnd, 'ORG', h, sp.src);
    else if (sp.type !== 'PER' && !h && known && (known.byName.has(k) || known.bySurname.has(k))) sp = makeSpan(sp.tokenStart, sp.tokenEnd, 'PER', sp.hit, sp.src);
    else if ((sp.type === 'GPE' || sp.type === 'LOC') && sp.tokenEnd - sp.tokenStart === 1 && !h && isKbSurname(k)) sp = makeSpan(sp.tokenStart, sp.tokenEnd, 'PER', sp.hit, sp.src);
    out.push(sp);
  }
  return out;
}

function isKbSurname(k: string): boolean {
  return peopleBySurname(k).length > 0;
}
