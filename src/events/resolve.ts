// Turns noun-phrase chunks into event arguments (actor codes) and locations, from the entity layer's mentions
// first, then from the actor knowledge base (a private fallback until src/actors lands).
import type { Doc, EventArgument, EventLocation } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import type { NP, Parse } from './parse.js';
import { npAt } from './parse.js';
import { countries, lookupActor as kbActor, lookupPlace as kbPlace } from '../actors/index.js';
import { peoples, sectors } from '../actors/kb.js';
import { norm } from '../actors/normalize.js';
import { lookupNonPerson } from '../actors/lookup.js';
import type { ActorRef } from '../model/index.js';

// Memoised knowledge-base lookups: the same phrases recur across a corpus; the caches are bounded.
const actorCache = new Map<string, ActorRef | null>();
const placeCache = new Map<string, ReturnType<typeof kbPlace> | null>();
function lookupActor(text: string, date: string): ActorRef | undefined {
  const key = `${date.slice(0, 4)}|${text}`;
  let v = actorCache.get(key);
  if (v === undefined) {
    if (actorCache.size > 50000) actorCache.clear();
    v = kbActor(text, date) ?? null;
    actorCache.set(key, v);
  }
  return v ?? undefined;
}
const nonPersonCache = new Map<string, ActorRef | null>();
function lookupNonPersonCached(text: string): ActorRef | undefined {
  let v = nonPersonCache.get(text);
  if (v === undefined) {
    if (nonPersonCache.size > 50000) nonPersonCache.clear();
    v = lookupNonPerson(text, false) ?? null;
    nonPersonCache.set(text, v);
  }
  return v ?? undefined;
}
function lookupPlace(text: string): ReturnType<typeof kbPlace> {
  let v = placeCache.get(text);
  if (v === undefined) {
    if (placeCache.size > 50000) placeCache.clear();
    v = kbPlace(text) ?? null;
    placeCache.set(text, v);
  }
  return v ?? undefined;
}
import { isBareSector, sectorOf, sectorOfPair } from './sectors.js';
import { tokenIndexAt } from '../text/index.js';

export interface Ctx {
  doc: Doc;
  ents: EntityLayer;
  p: Parse;
}

/** Head nouns of groups that a following "in <place>" locates (and so codes). */
const GROUPS = new Set(['party', 'group', 'people', 'officer', 'policeman', 'journalist', 'diplomat', 'villager', 'tourist', 'pilgrim', 'man', 'woman', 'child', 'person', 'dissident', 'farmer', 'miner', 'teacher', 'doctor', 'priest', 'monk', 'employee', 'resident', 'civilian', 'albanian', 'rebel', 'militant', 'protester', 'demonstrator', 'student', 'worker', 'official', 'force', 'troop', 'soldier', 'police', 'authority', 'opposition', 'settler', 'refugee', 'prisoner', 'guerrilla', 'insurgent', 'activist', 'leader', 'community', 'faction', 'militia', 'cross', 'crescent', 'victim', 'survivor']);
const DROP_START = new Set(['DET', 'PRON']);
/** Documents that are their author's ("the plan proposed by X"). */
const PROPOSALS = new Set(['plan', 'proposal', 'initiative', 'resolution', 'roadmap', 'draft', 'offer', 'deal', 'agreement', 'proposition']);

/** Does a language word follow this character offset ("French-language", "English speaking")? */
function namesLanguage(doc: Doc, end: number): boolean {
  return /^[-\u2010\u2011\s]*(language|speaking)\b/i.test(doc.article.text.slice(end, end + 14));
}

export function spanOf(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { start, end, text: doc.article.text.slice(start, end) };
}

/** The actor a noun phrase names: a resolved mention inside it, else the actor knowledge base on the whole
 * phrase, else on its capitalised runs ("Ugandan" in "Ugandan opposition candidates") plus a sector noun. */
export function resolveNP(c: Ctx, np: NP): EventArgument | undefined {
  const { doc, ents } = c;
  // Mentions: the one covering the head first, then any other inside the chunk (a possessor, a modifier).
  const order = [np.head];
  for (let k = np.end - 1; k >= np.start; k--) if (k !== np.head) order.push(k);
  let person = false;
  // "Irish pro-Palestinian activists ... docked in Turkey": the entity stage may place a group noun by a place of the
  // sentence; a country's demonym inside the phrase itself, before the group noun, says whose the group is.
  const hm = ents.mentionAt(np.head);
  if (hm?.actor && hm.type !== 'PER' && doc.tokens[np.head]!.start === hm.start) {
    for (let k = np.start; k < np.head; k++) {
      const d = ents.mentionAt(k);
      const dc = d?.actor?.code;
      if (!d || d.type !== 'MISC' || !dc || dc.length !== 3 || !countries.has(dc) || peoples.has(norm(d.text)) || hm.actor.code.startsWith(dc)) continue;
      const sec = sectorOf(doc.tokens[np.head]!.lemma) ?? hm.actor.code.slice(3);
      const sp = spanOf(doc, k, np.end);
      return { ...sp, code: dc + sec, name: sp.text };
    }
  }
  // "Pakistan's Supreme Court": a national body the dictionary gives to one country ("Supreme Court" USAJUD) is the
  // possessor country's when another country owns it in the phrase.
  if (hm?.actor && hm.type === 'ORG' && hm.actor.code.length >= 6 && countries.has(hm.actor.code.slice(0, 3))) {
    for (let k = np.start; k + 1 < np.head; k++) {
      const pm = doc.tokens[k + 1]!;
      if (!isPoss(pm.text) || hm.start < pm.end) continue;
      const d = ents.mentionAt(k);
      const dc = d?.actor?.code;
      if (!d || d.type !== 'GPE' || !dc || dc.length !== 3 || !countries.has(dc) || hm.actor.code.startsWith(dc)) continue;
      const sp = spanOf(doc, np.start, np.end);
      return { ...sp, code: dc + hm.actor.code.slice(3), name: sp.text };
    }
  }
  // "hailed the Washington declaration with Jordan", "the Dayton accord": a town naming a pact is where it was made,
  // no party to it (the parties are in its "with" or "between" phrase, or in the clause).
  const pact = PACT_NAMED_BY_PLACE.has(doc.tokens[np.head]!.lemma.toLowerCase());
  let pactPlace = false;
  for (const k of order) {
    const m = ents.mentionAt(k);
    // "a ban on French-language newspapers", "an English-speaking group": a demonym naming a language is no actor.
    if (m?.actor && k < np.head && namesLanguage(doc, m.end)) continue;
    if (pact && k < np.head && m?.type === 'GPE' && m.actor && norm(m.text) !== norm(countries.get(m.actor.code)?.name ?? '')
      && !isPoss(doc.tokens[k + 1]?.text ?? '')) { pactPlace = true; continue; }
    if (m?.actor) return { start: m.start, end: m.end, text: m.text, code: m.actor.code, name: m.name ?? m.actor.name };
    if (k === np.head && m?.type === 'PER') person = true;
  }
  // A person the entity stage could not code is no place of the same name ("Obama", a town in Japan).
  if (np.pronoun || person || pactPlace) return undefined;
  const date = doc.article.date;
  let a = np.start;
  while (a < np.end - 1 && DROP_START.has(doc.tokens[a]!.pos)) a++;
  const whole = spanOf(doc, a, np.end);
  // A phrase of common nouns only ("police", "the government") names no particular actor by itself.
  let named = false;
  for (let k = a; k < np.end && !named; k++) named = capital(doc.tokens[k]!.text);
  if (!named) return undefined;
  const r = np.end - a === 1 && commonOpener(c, a) ? actorNoTown(whole.text, date) : lookupActor(whole.text, date);
  // A sector without a country ("Cabinet" -> GOV) is a last resort: a country inside the phrase says more.
  if (r && hasCountry(r.code)) return { ...whole, code: r.code, name: r.name };
  // Capitalised runs inside the phrase, longest first.
  for (let i = a; i < np.end; i++) {
    if (!capital(doc.tokens[i]!.text)) continue;
    let j = i;
    while (j < np.end && capital(doc.tokens[j]!.text) && !isPoss(doc.tokens[j]!.text)) j++;
    // A name the entity stage read as one mention without an actor ("Falun Gong") has no place in part of it.
    const m = ents.mentionAt(i);
    const within = m && !m.actor ? m.end : -1;
    for (let b = j; b > i; b--) {
      const sp = spanOf(doc, i, b);
      if (b < j && within > sp.end && m!.start <= sp.start) continue;
      // A capitalised common word at a sentence start ("Most nations", "Police") is no place of that name.
      // So is one the entity stage left unmentioned, opening the sentence before a common noun of its phrase ("Street
      // fighting raged": not Street, England).
      const hit = b - i === 1 && doc.tokens[i]!.pos !== 'PROPN' ? lookupNonPersonCached(sp.text)
        : b - i === 1 && commonOpener(c, i) ? actorNoTown(sp.text, date) : lookupActor(sp.text, date);
      if (!hit || (b < np.end && namesLanguage(doc, sp.end))) continue;
      let code = hit.code;
      if (code.length === 3 && countries.has(code)) {
        for (let k = np.end - 1; k >= b; k--) {
          const sec = sectorOf(doc.tokens[k]!.lemma);
          if (sec) { code += sec; break; }
        }
      }
      return { ...whole, code, name: hit.name };
    }
    i = j;
  }
  return r ? { ...whole, code: r.code, name: r.name } : undefined;
}

/** A code that starts with a country or an international organisation (not a bare sector such as COP). */
const SECTOR_CODES = new Set([...sectors.values()].map((v) => v.sector.slice(0, 3)));
function hasCountry(code: string): boolean {
  return countries.has(code.slice(0, 3)) || !SECTOR_CODES.has(code.slice(0, 3));
}

const capital = (t: string) => { const ch = t.charCodeAt(0); return ch >= 65 && ch <= 90; };
/** Marks after which a word is capitalised for its position only: a sentence end, a closing bracket, a dash, a colon
 * or an opening quotation mark. */
const OPENERS = new Set(['.', '!', '?', ')', '-', '--', '—', '–', ':', '"', '“', '``', "''", '‘']);
/** The actor a word names, unless only as a town of that name (for commonOpener's words: "Street", "Mobile"; a
 * person or a country still counts: "Gaddafi loyalists", "Syria's army"). */
function actorNoTown(text: string, date: string): ActorRef | undefined {
  const r = lookupActor(text, date);
  if (!r || lookupNonPersonCached(text) || r.code.length !== 3) return r;
  return lookupPlace(text)?.country === r.code ? undefined : r;
}

/** A capitalised word at the opening of a sentence that the entity stage left unmentioned and a lower-case word
 * follows: a common word ("Street fighting raged", "Mobile phone networks"), not a place of that name. */
function commonOpener(c: Ctx, i: number): boolean {
  const { doc } = c;
  if (c.ents.mentionAt(i) || !/^\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '')) return false;
  return i === 0 || OPENERS.has(doc.tokens[i - 1]!.text) || doc.sentences.some((s) => s.tokenStart === i);
}
const isPoss = (t: string) => t === "'s" || t === '’s';

/** Resolve an NP, or the NP after "of/from/in/by" that follows it ("members of the Transatlantic Quad"). */
export function resolveNPDeep(c: Ctx, np: NP): EventArgument | undefined {
  // "the president of Armenia", "the government of Sudan": the office's country decides, whatever a
  // coreference chain says about "the president".
  const after = c.doc.tokens[np.end];
  const headLemma = c.doc.tokens[np.head]!.lemma;
  if (after?.text === 'of' && !np.pronoun && c.doc.tokens[np.head]!.pos === 'NOUN' && sectorOf(headLemma)) {
    const np2 = npAt(c.p, np.end + 1);
    const pl = np2 && !np2.temporal ? placeOf(c, np2) : undefined;
    if (pl && pl.country.length === 3) {
      const span = spanOf(c.doc, np.start, np2!.end);
      return { ...span, code: pl.country + sectorOf(headLemma)!, name: span.text };
    }
  }
  const r0 = resolveNP(c, np);
  const next0 = c.doc.tokens[np.end];
  // "Police in Jakarta", "six suspected Islamists in a district of Madrid": a bare sector placed in a country.
  if (r0 && next0?.text === 'in' && r0.code.length === 3 && !countries.has(r0.code) && (sectorOf(headLemma) || isBareSector(r0.code))) {
    const np2 = npAt(c.p, np.end + 1);
    let pl = np2 && !np2.temporal ? placeOf(c, np2) : undefined;
    if (!pl && np2 && c.doc.tokens[np2.end]?.text === 'of') {
      const np3 = npAt(c.p, np2.end + 1);
      pl = np3 && !np3.temporal ? placeOf(c, np3) : undefined;
    }
    if (pl) return { ...r0, code: pl.country + r0.code };
  }
  // "Shiite militias in southern Lebanon", "Kurdish fighters in Iraq": a group named by a people of several countries
  // (peoples.tsv) and placed in one of them is that country's, whatever else the sentence names.
  if (r0 && next0?.text === 'in' && countries.has(r0.code.slice(0, 3))) {
    let ppl: string[] | undefined;
    for (let k = np.start; k < np.head && !ppl; k++) ppl = peoples.get(norm(c.doc.tokens[k]!.text));
    const np2 = ppl ? npAt(c.p, np.end + 1) : undefined;
    const pl = np2 && !np2.temporal ? placeOf(c, np2) : undefined;
    if (pl && ppl!.includes(pl.country) && !r0.code.startsWith(pl.country)) return { ...r0, code: pl.country + r0.code.slice(3) };
  }
  const r = r0;
  if (r || np.pronoun) return r;
  // "Montenegro Municipality Association (AKK) officials": a group noun after a bracketed acronym belongs to the
  // body named before the bracket.
  const sec = sectorOf(headLemma);
  if (sec && np.start >= 3 && c.doc.tokens[np.start - 1]!.text === ')') {
    let k = np.start - 2;
    while (k > 0 && np.start - k < 6 && c.doc.tokens[k]!.text !== '(') k--;
    const m = c.doc.tokens[k]!.text === '(' ? c.ents.mentionAt(k - 1) : undefined;
    if (m?.actor) {
      const span = spanOf(c.doc, tokenIndexAt(c.doc, m.start), np.end);
      return { ...span, code: m.actor.code, name: m.name ?? m.actor.name };
    }
  }
  const next = c.doc.tokens[np.end];
  // "opposition parties in Nepal", "Ethnic Albanians in south Serbia", "the government in Tirana", "lawyers across
  // Pakistan": a group placed in a country.
  const hl = headLemma.toLowerCase();
  if ((next?.text === 'in' || next?.text === 'across' || next?.text === 'throughout') && (GROUPS.has(hl) || (hl.endsWith('s') && GROUPS.has(hl.slice(0, -1))) || sec)) {
    const np2 = npAt(c.p, np.end + 1);
    const pl = np2 && !np2.temporal ? placeOf(c, np2) : undefined;
    if (pl) {
      // ("Church leaders in Nairobi": the group a leading head speaks for)
      const sec = sectorOfPair(np.head > np.start ? c.doc.tokens[np.head - 1]!.lemma : undefined, c.doc.tokens[np.head]!.lemma);
      const span = spanOf(c.doc, np.start, np2!.end);
      return { ...span, code: pl.country + (sec ?? ''), name: span.text };
    }
  }
  // "the four-point ceasefire plan proposed by EU envoy Maria Lind", "a resolution drafted by Britain": a proposal is
  // its author's.
  if (next && PROPOSALS.has(hl) && c.doc.tokens[np.end + 1]?.text === 'by' && next.pos === 'VERB' && /ed$/.test(next.text)) {
    const np2 = npAt(c.p, np.end + 2);
    const r2 = np2 && !np2.temporal ? resolveNP(c, np2) : undefined;
    if (r2) return r2;
  }
  // "an admission by Moscow", "violations by Algerian security forces": the agent of a nominalisation;
  // "a spokesman for the Iraqi Foreign Ministry": the body a group speaks or acts for.
  if (next && (next.text === 'of' || next.text === 'from' || next.text === 'by' || (next.text === 'for' && sectorOf(headLemma)))) {
    const np2 = npAt(c.p, np.end + 1);
    // "the killing of three boys by Israeli soldiers", "the shelling of Dubrovnik by the Yugoslav army": an act named
    // with its patient and its doer is the doer's (not a group of people: "supporters of X")
    if (np2 && !np2.temporal && next.text === 'of' && !sectorOf(headLemma) && c.doc.tokens[np2.end]?.text === 'by') {
      const np3 = npAt(c.p, np2.end + 1);
      const r3 = np3 && np3.start === np2.end + 1 && !np3.temporal && !np3.pronoun ? resolveNP(c, np3) : undefined;
      if (r3) return r3;
    }
    if (np2 && !np2.temporal) {
      const r2 = resolveNP(c, np2);
      if (r2) {
        // Keep the sector of the outer noun ("workers of the bus company" stays with the company's country).
        return r2;
      }
    }
  }
  // "international inspectors", "a regional peacekeeping force": outsiders sent by no one the phrase names are an
  // international body's (CAMEO and PLOVER code them IGO).
  if (INTL_HEADS.has(hl) || (hl.endsWith('s') && INTL_HEADS.has(hl.slice(0, -1)))) {
    for (let k = np.start; k < np.head; k++) {
      if (!INTL_MODIFIERS.has(c.doc.tokens[k]!.text.toLowerCase())) continue;
      const span = spanOf(c.doc, np.start, np.end);
      return { ...span, code: 'IGO', name: span.text };
    }
  }
  return undefined;
}

const PACT_NAMED_BY_PLACE = new Set(['accord', 'accords', 'agreement', 'declaration', 'treaty', 'pact', 'convention', 'protocol', 'deal']);

const INTL_HEADS = new Set(['inspector', 'observer', 'monitor', 'peacekeeper', 'force', 'mission']);
// (and a region of several countries: "a West African intervention force", "Arab peacekeepers")
const INTL_MODIFIERS = new Set(['international', 'multinational', 'regional', 'african', 'arab', 'european', 'asian', 'nordic', 'caribbean']);

/** Common nouns of a country's land or sea that a demonym places ("the Libyan desert", "Syrian territory"). */
const LAND_NOUNS = new Set(['desert', 'coast', 'coastline', 'countryside', 'territory', 'soil', 'airspace', 'waters',
  'mountain', 'hinterland', 'heartland', 'interior', 'province', 'region', 'town', 'city', 'village', 'capital', 'port']);

/** A place named by a noun phrase ("Geneva", "the Ukraine border" -> Ukraine), from the actor stage's gazetteer. */
export function placeOf(c: Ctx, np: NP): EventLocation | undefined {
  const { doc } = c;
  for (let a = np.start; a < np.end; a++) {
    if (doc.tokens[a]!.pos !== 'PROPN' || !capital(doc.tokens[a]!.text)) continue;
    let b = a;
    while (b < np.end && doc.tokens[b]!.pos === 'PROPN') b++;
    // ("Street fighting raged", "Mobile phone networks": a word capitalised for opening the sentence, as resolveNP)
    if (b - a === 1 && commonOpener(c, a)) { a = b; continue; }
    for (let end = b; end > a; end--) {
      const span = spanOf(doc, a, end);
      const pl = lookupPlace(span.text);
      if (pl) return { ...span, name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon };
    }
    a = b;
  }
  // "the Libyan desert", "Syrian territory": a country's demonym before a noun of its land is a place in that
  // country (no coordinates). Not before "of", where the name follows ("the Syrian city of Homs" is Homs).
  const head = doc.tokens[np.head]!;
  if (LAND_NOUNS.has(head.lemma) && doc.tokens[np.end]?.text !== 'of') {
    for (let a = np.start; a < np.head; a++) {
      const m = c.ents.mentionAt(a);
      const code = m?.actor?.code;
      if (m && m.type === 'MISC' && code && code.length === 3 && countries.has(code)) {
        const span = spanOf(doc, a, np.end);
        return { ...span, name: countries.get(code)!.name, country: code };
      }
    }
  }
  return undefined;
}

/** The whole phrase is a place ("Ukraine", "the West Bank"), not a phrase that mentions one ("Ukrainian President"). */
export function placeWhole(c: Ctx, np: NP): boolean {
  let a = np.start;
  while (a < np.end - 1 && DROP_START.has(c.doc.tokens[a]!.pos)) a++;
  if (c.doc.tokens[np.end - 1]!.pos !== 'PROPN') return false;
  return !!lookupPlace(spanOf(c.doc, a, np.end).text);
}
