// Mentions and chains within one article: names with their titles and appositions, nominals ("his Russian
// counterpart", "a senior State Department official", "Russian troops") and pronouns, each linked to a chain
// (one participant) that carries the canonical name and actor code.
import type { ActorRef, Doc, Entity, EntityType } from '../model/index.js';
import type { EntityLayer, Mention } from '../model/layers.js';
import { allPeople, activeAt, codeAsOf, codeAt, countries, hitsFor, kbVersion, orgNominalFits, orgNominals, peoples, peoplesBeforeNoun, roleClass, sectorLastWords, type ActorRecord, type OrgNominal } from '../actors/kb.js';
import type { KnownActors } from '../actors/learn.js';
import { lookupNonPerson, personAnyDate, personCountry, personRef, refForHit } from '../actors/lookup.js';
import { norm } from '../actors/normalize.js';
import { modifierEnding, modifierStarting, sectorEnding, sectorStarting, titleBefore, type Modifier, type Title } from '../actors/titles.js';
import { tokenWords, type Span } from './scan.js';
import { makeUnplaced, placeGroups, type Unplaced } from './place-groups.js';

// Chains and mentions are each made by one factory with every field set, in one order, absent ones undefined
// (never added later or deleted): V8 then gives all of them one hidden class, and the resolver's optimised code
// is not deoptimised ("wrong map") and recompiled each time it meets another shape (BENCHMARKS.md).
interface Chain {
  id: number;
  type: EntityType;
  name: string | undefined;
  actor: ActorRef | undefined;
  /** Country (alpha-3) of a person, from a title, apposition or the actor code. */
  country: string | undefined;
  /** Office class ("foreign-minister"), for counterparts. */
  cls: string | undefined;
  gender: 'm' | 'f' | undefined;
  /** Last word of the longest name, for "Blinken" after "Antony Blinken". */
  surname: string | undefined;
  /** norm(name), for matching later mentions. */
  key: string | undefined;
  /** First word of the full name, when known. */
  first: string | undefined;
  unnamedOfficial: boolean;
}

function makeChain(id: number, type: EntityType, name: string | undefined, actor: ActorRef | undefined): Chain {
  return { id, type, name, actor, country: undefined, cls: undefined, gender: undefined, surname: undefined, key: undefined, first: undefined, unnamedOfficial: false };
}

interface M {
  tokenStart: number;
  tokenEnd: number;
  kind: Mention['kind'];
  type: EntityType;
  chain: Chain | undefined;
  role: string | undefined;
  /** First token of a title before a name, so mentionAt covers "Foreign Minister" in "Foreign Minister Lavrov". */
  titleStart: number | undefined;
  sent: number;
  quote: boolean;
  /** Counterpart nominals: the possessive pronoun token and the counterpart's country. */
  possessor: number | undefined;
  counterpartOf: string | undefined;
  /** Pronoun gender and whether it is an object form. */
  gender: 'm' | 'f' | undefined;
  object: boolean;
  /** Show this nominal in the entities list (it names a person with an actor). */
  entity: boolean;
  /** Sector of the title before a name ("President" -> GOV). */
  sector: string | undefined;
}

function makeM(tokenStart: number, tokenEnd: number, kind: Mention['kind'], type: EntityType, chain: Chain | undefined, sent: number, quote: boolean): M {
  return {
    tokenStart, tokenEnd, kind, type, chain, role: undefined, titleStart: undefined, sent, quote,
    possessor: undefined, counterpartOf: undefined, gender: undefined, object: false, entity: false, sector: undefined,
  };
}

/** Sectors of armed or political groups outside the state. */
export const NON_STATE: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'OPP']);
const PRONOUNS = new Map<string, { g: 'm' | 'f'; object: boolean }>([
  ['he', { g: 'm', object: false }], ['him', { g: 'm', object: true }], ['his', { g: 'm', object: false }], ['himself', { g: 'm', object: true }],
  ['she', { g: 'f', object: false }], ['her', { g: 'f', object: false }], ['hers', { g: 'f', object: false }], ['herself', { g: 'f', object: true }],
]);
const POSSESSIVE_PRON = new Set(['his', 'her', 'their', 'its']);
const DETS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Nouns for one unnamed person ("a senior official"). */
const PERSON_NOUNS = new Set(['official', 'diplomat', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy', 'ambassador', 'minister', 'aide', 'adviser', 'advisor', 'negotiator', 'commander', 'general']);
const ADJ_OK = new Set(['senior', 'top', 'high-ranking', 'former', 'deputy', 'chief', 'western', 'administration', 'government', 'foreign', 'defense', 'defence', 'military', 'intelligence', 'security', 'police', 'state', 'department', 'press', 'another', 'other', 'second', 'third', 'same', 'anonymous', 'unnamed', 'local', 'regional', 'provincial', 'federal', 'national', 'veteran', 'ranking']);
const SECTOR_ADJ: Record<string, string> = { military: 'MIL', defense: 'MIL', defence: 'MIL', army: 'MIL', intelligence: 'SPY', police: 'COP', security: 'GOV' };
/** Verbs of a relative clause that make a person the head of a body ("X, who heads the Iraqi Red Crescent"). */
const HEADS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'directs', 'commands', 'commanded']);
/** How many sentences back "the alliance" looks for the organisation it stands for (news repeats the name often). */
const ORG_NOMINAL_BACK = 3;
const QUOTE_OPEN = new Set(['“', '``', '«']);
const QUOTE_CLOSE = new Set(['”', "''", '»']);

type NewChain = (type: EntityType, name: string | undefined, actor: ActorRef | undefined) => Chain;

function isCountryCode(code: string | undefined): code is string {
  return !!code && countries.has(code.slice(0, 3));
}

export function resolveMentions(doc: Doc, spans: readonly Span[], known?: KnownActors, words: readonly string[] = tokenWords(doc)): EntityLayer {
  const toks = doc.tokens;
  const n = toks.length;
  const text = doc.article.text;
  const date = doc.article.date || undefined;
  const lower: string[] = []; // by push, not map: always PACKED (see tokenWords)
  for (const w of words) lower.push(w.toLowerCase());
  // Person lookups repeat within an article ("Blinken" ten times): remember them for this article.
  const people = new Map<string, ReturnType<typeof personRef>>();
  const personOf = (t: string): ReturnType<typeof personRef> => {
    let r = people.get(t);
    if (r === undefined && !people.has(t)) { r = personRef(t, date, known); people.set(t, r); }
    return r;
  };
  const sentOf = new Int32Array(n);
  const sentStartOf = new Int32Array(n);
  doc.sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) { sentOf[i] = si; sentStartOf[i] = s.tokenStart; }
  });
  // Inside quotation marks (curly or straight); a paragraph break closes an unbalanced quote.
  const quote = new Uint8Array(n);
  let q = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (q && i > 0 && toks[i]!.start - toks[i - 1]!.end >= 2 && text.slice(toks[i - 1]!.end, toks[i]!.start).includes('\n\n')) q = false;
    // no quotation mark is longer than two characters: most words skip the set lookups
    if (w.length <= 2) {
      if (QUOTE_OPEN.has(w)) q = true;
      else if (QUOTE_CLOSE.has(w)) { quote[i] = 1; q = false; continue; }
      else if (w === '"') q = !q;
    }
    quote[i] = q ? 1 : 0;
  }

  const chains: Chain[] = [];
  const newChain: NewChain = (type, name, actor) => {
    const ch = makeChain(chains.length, type, name, actor);
    chains.push(ch);
    return ch;
  };
  const ms: M[] = [];
  const covered = new Uint8Array(n); // tokens inside named mentions or their titles
  const named: M[] = [];
  const namedAt = new Map<number, M>(); // first token (title included) -> named mention
  const otherChains = new Map<string, Chain>();
  // Person chains by key and by surname, each list in the order the chains were made (their ids): the first of
  // a list is the first chain a scan of them all would meet (a long article has thousands of people).
  const chainsByKey = new Map<string, Chain[]>();
  const chainsBySurname = new Map<string, Chain[]>();
  const addTo = (map: Map<string, Chain[]>, k: string, ch: Chain): void => {
    const arr = map.get(k);
    if (!arr) { map.set(k, [ch]); return; }
    let at = arr.length;
    while (at > 0 && arr[at - 1]!.id > ch.id) at--;
    arr.splice(at, 0, ch);
  };

  const chainCountry = (c: Chain): string | undefined => c.country ?? (isCountryCode(c.actor?.code) ? c.actor!.code.slice(0, 3) : undefined);

  // Each step runs as its own (named) function: V8 deoptimises this resolver often ("wrong map"), and recompiling all of it
  // each time cost ~15% of the pipeline's CPU; a step recompiles alone (BENCHMARKS.md, `npx tsx bench/jit.ts`).
  (function namedMentions() {
  // ---- 1. named mentions ----
  for (const sp of spans) {
    const s = sp.tokenStart;
    const e = sp.tokenEnd;
    if (e <= s) continue;
    const sent = sentOf[s]!;
    const inQuote = quote[s] === 1;
    if (sp.type !== 'PER') {
      const t = text.slice(toks[s]!.start, toks[e - 1]!.end);
      const found = sp.hit ? refForHit(sp.hit, date) : cachedLookup(t, date, known);
      const ref = found && { code: codeAsOf(found.code, date), name: found.name };
      const key = ref ? `${sp.type}|${ref.name}` : `${sp.type}|${norm(t)}`;
      let ch = otherChains.get(key);
      if (!ch) otherChains.set(key, (ch = newChain(sp.type, ref?.name ?? t, ref || undefined)));
      const m = makeM(s, e, 'name', sp.type, ch, sent, inQuote);
      ms.push(m); named.push(m); namedAt.set(s, m);
      covered.fill(1, s, e);
      continue;
    }
    const title: Title | undefined = titleBefore(words, s, sentStartOf[s]!);
    const nameText = text.slice(toks[s]!.start, toks[e - 1]!.end);
    // "King Hussein", "Prince Sihanouk": the dictionary may list the person under the title and name together.
    const person = personOf(nameText) ?? (title && s > 0 && s - 1 >= title.start ? personOf(`${words[s - 1]} ${nameText}`) : undefined);
    const m = makeM(s, e, 'name', 'PER', undefined, sent, inQuote);
    m.role = title?.role;
    m.titleStart = title?.start;
    m.sector = title && !title.former ? title.info.sector : undefined;
    // Code: a title with a country says more about this article than the dictionary; a bare title takes the
    // dictionary's country, or the country of the person it is coordinated with ("Ukrainian President X and
    // Foreign Minister Y").
    let country = title?.country;
    let code = title?.code;
    if (title && !country && title.start >= 2 && lower[title.start - 1] === 'and') {
      const prev = named.find((p) => p.type === 'PER' && p.tokenEnd === title!.start - 1);
      const pc = prev?.chain && chainCountry(prev.chain);
      if (pc && !person) { country = pc; code = pc + title.info.sector; }
      else if (pc && person && person.ref.code.startsWith(pc)) country = pc;
    }
    if (!code && person) {
      // A bare title ("Sen. John Kerry") outside the dates the dictionary knows: the dictionary's country with
      // the title's sector says more than the dictionary's office of another time.
      const pc = person.ref.code.slice(0, 3);
      code = title && !activeAt(person.rec, date) && isCountryCode(pc) ? pc + title.info.sector : person.ref.code;
    }
    if (!code && !person && title) {
      // "President Obama" in a 2000 article: a titled name of a known person outside the dates of their offices
      // is still that person (their country with the title's sector), never a town of that name.
      const any = personAnyDate(nameText, known);
      const pc = any && personCountry(any);
      if (pc) code = pc + (title.former ? 'ELI' : title.info.sector);
    }
    if (!code && !person && !title && s > 0) {
      // "Palestinian Ahmed Qassem", "Briton Terry Waite": a demonym right before an unknown name is the person's
      // country (not a country's name: "Kenya Airways' John Smith").
      const mod = modifierEnding(words, s, sentStartOf[s]!);
      // Also a country's possessive: "Nigeria's Emeka Onyekachi".
      if (mod && mod.end === s && mod.country && !mod.code && (isDemonym(words, mod.start, mod.end) || /^['’]s?$/.test(words[s - 1]!))) code = mod.country.iso3;
    }
    if (code && !country && isCountryCode(code)) country = code.slice(0, 3);
    const cls = title?.info.cls ?? roleClass(person ? codeAt(person.rec, date)?.role : undefined)?.cls;
    const lastWord = norm(words[e - 1]!);
    // Same person as an earlier chain: same full name, or same surname with no conflicting country.
    const fullKey = norm(person?.rec.name ?? nameText);
    let ch = chainsByKey.get(fullKey)?.[0];
    // A different first name is a different person ("Rene Preval" and "Elisabeth Preval").
    const first = e - s > 1 ? norm(words[s]!) : undefined;
    ch ??= chainsBySurname.get(lastWord)?.find((c) => (!country || !chainCountry(c) || chainCountry(c) === country)
      && (!first || !c.first || c.first === first));
    const actor: ActorRef | undefined = code ? { code, name: person?.rec.name ?? nameText } : undefined;
    if (!ch) {
      const full = person?.rec.name ?? nameText;
      const fw = full.split(/\s+/);
      ch = newChain('PER', full, actor);
      ch.country = country;
      ch.cls = cls;
      ch.gender = person?.rec.gender;
      ch.surname = lastWord;
      ch.key = fullKey;
      ch.first = fw.length > 1 ? norm(fw[0]!) : undefined;
      addTo(chainsByKey, fullKey, ch);
      addTo(chainsBySurname, lastWord, ch);
    } else {
      if (!ch.actor && actor) ch.actor = actor;
      if (!ch.country && country) ch.country = country;
      if (!ch.cls && cls) ch.cls = cls;
      if (!person && e - s > 1 && nameText.length > (ch.name?.length ?? 0)) {
        ch.name = nameText;
        const was = chainsByKey.get(ch.key!)!;
        was.splice(was.indexOf(ch), 1);
        ch.key = norm(nameText);
        addTo(chainsByKey, ch.key, ch);
        ch.first = first;
      }
    }
    if (ch.actor && ch.name && ch.actor.name !== ch.name && !person) ch.actor = { code: ch.actor.code, name: ch.name };
    m.chain = ch;
    ms.push(m); named.push(m);
    namedAt.set(title ? title.start : s, m);
    covered.fill(1, title ? title.start : s, e);
  }
  })();

  (function countryAfterName() {
  // ---- 1a. "Olusegun Adeyemi of Nigeria": a country (or its capital) right after an unknown name is the person's.
  for (const m of named) {
    if (m.type !== 'PER' || m.chain?.actor || lower[m.tokenEnd] !== 'of') continue;
    const o = namedAt.get(lower[m.tokenEnd + 1] === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1);
    const c = o && o.type !== 'PER' ? o.chain?.actor?.code : undefined;
    // a country's name, not a demonym ("Dozens of Mexicans")
    if (!c || c.length !== 3 || !isCountryCode(c) || isDemonym(words, o!.tokenStart, o!.tokenEnd)) continue;
    m.chain!.actor = { code: c + (m.sector ?? ''), name: m.chain!.name ?? '' };
    m.chain!.country ??= c;
  }
  })();

  (function titledUnknowns() {
  // ---- 1b. titled people nobody knows ("President Kofi Adamu has barred Ghanaian opposition rallies"):
  // the country of the first country or place named in the same sentence, with the title's sector. News names
  // a leader's country near the leader; a wrong guess costs as much as no code.
  for (const m of named) {
    if (m.type !== 'PER' || !m.sector || m.chain?.actor) continue;
    const ctx = named.find((o) => o.sent === m.sent && o.type !== 'PER' && isCountryCode(o.chain?.actor?.code) && o.chain!.actor!.code.length === 3);
    if (!ctx) continue;
    const c = ctx.chain!.actor!.code;
    m.chain!.actor = { code: c + m.sector, name: m.chain!.name ?? '' };
    m.chain!.country ??= c;
  }
  })();

  (function appositions() {
  // ---- 2. appositions after a name: "Antony Blinken, the United States’ top diplomat" ----
  for (const m of named) {
    if (m.type !== 'PER' || words[m.tokenEnd] !== ',') continue;
    let p = m.tokenEnd + 1;
    const end = doc.sentences[m.sent]?.tokenEnd ?? n;
    const det = p < end && DETS.has(lower[p]!);
    if (det) p++;
    const mod = p < end ? modifierStarting(words, p, end) : undefined;
    let r = mod ? mod.end : p;
    // "Algeria's leading human rights activist": adjectives between the country and the title
    while (r < end && (lower[r] === 'top' || lower[r] === 'senior' || lower[r] === 'chief' || ((toks[r]!.pos === 'ADJ' || (toks[r]!.pos === 'VERB' && lower[r]!.endsWith('ing'))) && r + 1 < end && /^(?:NOUN|ADJ)$/.test(toks[r + 1]!.pos)))) r++;
    const sec = r < end ? sectorStarting(words, r, end) : undefined;
    if ((!sec || !sec.info.cls) && det && mod?.country && !mod.code && !m.chain!.actor && isDemonym(words, p, mod.end)) {
      // "Salah Haddad, an Algerian surgeon, ...": no title, but the demonym gives the person's country (a country's
      // name used as a noun says less: "a Libya expert", "a Georgia State professor").
      m.chain!.country ??= mod.country.iso3;
      m.chain!.actor = { code: mod.country.iso3, name: m.chain!.name ?? '' };
      continue;
    }
    if (!m.chain!.actor && !mod && ((det && sec?.info.cls) || (lower[p] === 'who' && HEADS.has(lower[p + 1] ?? '')))) {
      // "Ahmed Bakr, a spokesman for the Palestinian Authority", "X, who heads Qatar's foreign ministry": the body
      // named after the title (or the verb) is the person's; a country alone gives its country with the title's sector.
      let q = sec ? sec.end : p + 2;
      if (sec && /^(?:for|of|at|with)$/.test(lower[q] ?? '')) q++;
      else if (sec) q = -1;
      if (q >= 0 && lower[q] === 'the') q++;
      const o = q >= 0 && q < end ? namedAt.get(q) : undefined;
      // the longer of a name and a nominal there ("Qatar's foreign ministry" over "Qatar")
      const nom = q >= 0 ? ms.find((x) => x.kind === 'nominal' && x.tokenStart === q && x.chain?.actor) : undefined;
      const nm = nom && (!o || nom.tokenEnd > o.tokenEnd) ? nom : o;
      const oc = nm && nm.type !== 'PER' ? nm.chain?.actor?.code : undefined;
      if (oc) {
        // "Qatar's foreign ministry": a sector noun after the country names the body
        const after = nm!.tokenEnd < end && /^['’]s?$/.test(words[nm!.tokenEnd]!) ? nm!.tokenEnd + 1 : nm!.tokenEnd;
        const body = oc.length === 3 ? sectorStarting(words, after, end) : undefined;
        const code = oc.length === 3 && isCountryCode(oc) ? oc + (body && !body.info.cls ? body.info.sector : sec?.info.sector ?? '') : oc;
        m.chain!.actor = { code, name: m.chain!.name ?? '' };
        if (isCountryCode(oc)) m.chain!.country ??= oc.slice(0, 3);
        if (sec?.info.cls) m.chain!.cls ??= sec.info.cls;
      }
    }
    if (!sec || !sec.info.cls || (!det && !mod)) continue;
    // "X, Foreign Minister Y" is a list of people, not an apposition.
    if (sec.end < end && /^\p{Lu}/u.test(words[sec.end]!) && toks[sec.end]!.pos === 'PROPN') continue;
    const ch = m.chain!;
    const c = mod?.country?.iso3;
    if (!ch.country && c) ch.country = c;
    if (!ch.cls) ch.cls = sec.info.cls;
    if (!ch.actor && (mod?.code || c)) ch.actor = { code: mod?.code ?? c! + sec.info.sector, name: ch.name ?? '' };
    const nm = makeM(m.tokenEnd + 1, sec.end, 'nominal', 'PER', ch, m.sent, m.quote);
    nm.role = words.slice(mod ? mod.end : p, sec.end).join(' ');
    nm.entity = true;
    ms.push(nm);
    covered.fill(1, nm.tokenStart, nm.tokenEnd);
  }
  })();

  (function nominals() {
  // ---- 3. nominals ----
  let lastUnnamed: Chain | undefined;
  // One chain per group code: "Russian troops ... the Russian forces" are one participant.
  const groupChains = new Map<string, Chain>();
  const addGroup = (code: string, start: number, end: number, sent: number, inQuote: boolean): void => {
    let ch = groupChains.get(code);
    if (!ch) {
      const phrase = text.slice(toks[start]!.start, toks[end - 1]!.end);
      groupChains.set(code, (ch = newChain('ORG', phrase, { code, name: phrase })));
    }
    ms.push(makeM(start, end, 'nominal', 'ORG', ch, sent, inQuote));
  };
  // The most recent organisation (a name, or a group nominal with a code) before token `before`, at most
  // ORG_NOMINAL_BACK sentences back, that fits a definite description.
  const orgAntecedent = (on: OrgNominal, before: number, sent: number): M | undefined => {
    let best: M | undefined;
    const consider = (m: M): void => {
      if ((m.type !== 'ORG' && m.type !== 'MISC') || !m.chain || m.tokenEnd > before || sent - m.sent > ORG_NOMINAL_BACK) return;
      if (best && best.tokenStart >= m.tokenStart) return;
      if (m.kind === 'nominal' && !m.chain.actor) return;
      const nameWords = [...lower.slice(m.tokenStart, m.tokenEnd), ...(m.chain.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)];
      if (orgNominalFits(on, m.chain.actor?.code, nameWords)) best = m;
    };
    for (const m of named) consider(m);
    for (const m of ms) if (m.kind === 'nominal') consider(m);
    return best;
  };
  const unplaced: Unplaced[] = [];
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    const pos = toks[i]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN') continue;
    const w = lower[i]!;
    const ss = sentStartOf[i]!;
    // "NATO said ... the alliance said": a bare definite "the <noun>" of org-nominals.tsv is the most recent
    // organisation named shortly before that fits the noun. Anything else ("the body of a man", "the group
    // leader", "the Alliance") goes on as before.
    const on = pos === 'NOUN' && i > ss && lower[i - 1] === 'the' && words[i] === w ? orgNominals.get(w) : undefined;
    if (on && !(i + 1 < n && (lower[i + 1] === 'of' || /^(?:NOUN|PROPN)$/.test(toks[i + 1]!.pos)))) {
      const ante = orgAntecedent(on, i - 1, sentOf[i]!);
      if (ante) {
        ms.push(makeM(i - 1, i + 1, 'nominal', 'ORG', ante.chain, sentOf[i]!, quote[i] === 1));
        covered.fill(1, i - 1, i + 1);
        continue;
      }
    }
    if (w === 'counterpart') {
      const mod = modifierEnding(words, i, ss);
      const p = mod ? mod.start : i;
      const poss = p > ss && POSSESSIVE_PRON.has(lower[p - 1]!) ? p - 1 : undefined;
      if (mod?.country || poss !== undefined) {
        const cm = makeM(poss ?? p, i + 1, 'nominal', 'PER', undefined, sentOf[i]!, quote[i] === 1);
        cm.possessor = poss;
        cm.counterpartOf = mod?.country?.iso3;
        cm.entity = true;
        ms.push(cm);
      }
      continue;
    }
    // One person by title: "a senior State Department official", "Montenegro's prime minister", "Argentine
    // judge", "the official" (the last unnamed official), "the president" (the last named president).
    const ps = pos === 'NOUN' && sectorLastWords.has(w) ? sectorEnding(words, i + 1, ss) : undefined;
    const personTitle = PERSON_NOUNS.has(w) || (!!ps?.info.cls && !w.endsWith('s'));
    if (personTitle) {
      // Not a title before a name ("spokesperson Ned Price") and not part of a larger name.
      if (i + 1 < n && /^\p{Lu}/u.test(words[i + 1]!) && toks[i + 1]!.pos === 'PROPN') continue;
      const tStart = ps?.info.cls ? ps.start : i;
      let j = tStart;
      const mods: Modifier[] = [];
      let sector = ps?.info.cls ? ps.info.sector : 'GOV';
      for (;;) {
        if (j <= ss) break;
        const mod = modifierEnding(words, j, ss);
        if (mod && mod.start < j) { mods.push(mod); j = mod.start; continue; }
        const pw = lower[j - 1]!;
        if (ADJ_OK.has(pw) || (toks[j - 1]!.pos === 'ADJ' && !DETS.has(pw))) {
          if (SECTOR_ADJ[pw]) sector = SECTOR_ADJ[pw]!;
          j--;
          continue;
        }
        break;
      }
      const det = j > ss && DETS.has(lower[j - 1]!);
      if (!det && !mods.length) continue;
      const definite = det && lower[j - 1] === 'the';
      const mod = mods[0];
      const code = mod?.code ?? (mod?.country ? mod.country.iso3 + sector : undefined);
      const start = det ? j - 1 : j;
      let ch: Chain | undefined;
      if (definite && !code) {
        if (PERSON_NOUNS.has(w)) ch = lastUnnamed;
        else {
          const cls = ps?.info.cls;
          for (let k = named.length - 1; k >= 0; k--) {
            const nm = named[k]!;
            if (nm.tokenStart < i && nm.type === 'PER' && nm.chain?.cls === cls) { ch = nm.chain; break; }
          }
        }
      } else if (definite && lastUnnamed?.actor?.code === code && PERSON_NOUNS.has(w)) ch = lastUnnamed;
      if (!ch && code) {
        const phrase = text.slice(toks[start]!.start, toks[i]!.end);
        ch = newChain('PER', phrase, { code, name: phrase });
        ch.unnamedOfficial = true;
        ch.country = code.slice(0, 3);
        ch.cls = ps?.info.cls ?? 'official';
        if (PERSON_NOUNS.has(w)) lastUnnamed = ch;
      } else if (!ch && !definite && PERSON_NOUNS.has(w)) {
        const phrase = text.slice(toks[start]!.start, toks[i]!.end);
        ch = newChain('PER', phrase, undefined);
        ch.unnamedOfficial = true;
        ch.cls = 'official';
        lastUnnamed = ch;
      }
      if (!ch) continue;
      const pm = makeM(start, i + 1, 'nominal', 'PER', ch, sentOf[i]!, quote[i] === 1);
      pm.role = words.slice(tStart, i + 1).join(' ');
      pm.entity = !!ch.actor;
      ms.push(pm);
      covered.fill(1, start, i + 1);
      continue;
    }
    // Groups: "Russian troops", "NATO forces", "U.S. officials".
    // (a capitalised first word is tagged PROPN: "Police detained ...")
    const noun = pos === 'NOUN' || (i === ss && pos === 'PROPN');
    if (!noun || !sectorLastWords.has(w)) continue;
    // The noun alone, else a longer phrase it ends ("human rights group", "hostage - takers").
    const g = sectorEnding(words, i + 1, Math.max(ss, i)) ?? sectorEnding(words, i + 1, ss);
    if (g && (!g.info.cls || w.endsWith('s'))) {
      // A longer phrase of the lexicon before a country that puts the group on the other side ("Libyan rebel forces":
      // REB, not the MIL of "forces"; "security forces" keep the noun's; "Syrian opposition leaders": OPP, not the GOV of
      // "leaders", a title phrase in the plural being a group).
      if (g.start === i) {
        const gl = sectorEnding(words, i + 1, ss);
        if (gl && gl.start < g.start && (!gl.info.cls || w.endsWith('s')) && NON_STATE.has(gl.info.sector) && !NON_STATE.has(g.info.sector)
          && modifierEnding(words, gl.start, ss)) { g.start = gl.start; g.info = gl.info; }
      }
      let j = g.start;
      let mod = modifierEnding(words, j, ss);
      for (let hops = 0; !mod && hops < 3 && j > ss && /^(ADJ|NOUN)$/.test(toks[j - 1]!.pos) && !DETS.has(lower[j - 1]!); hops++) {
        j--;
        mod = modifierEnding(words, j, ss);
      }
      if (!mod) {
        // the longest phrase: "aid workers" (NGO), not "workers" of the place
        const gl = g.start === i ? sectorEnding(words, i + 1, ss) : undefined;
        if (gl && gl.start < g.start && !gl.info.cls) { g.start = gl.start; g.info = gl.info; }
        // plural titles ("speakers", "ministers") are officials of anywhere: not placed
        if (g.info.cls) continue;
        // No country before the noun ("rebels", "the main Hutu rebel group", "Islamic fundamentalists"): placed
        // after every name is known (step 3c).
        let pk = -1;
        for (let k = g.start - 1; k >= Math.max(ss, j - 1) && pk < 0; k--) if (peoples.has(lower[k]!) && /^\p{Lu}/u.test(words[k]!)) pk = k;
        // "Israeli helicopters and tanks": a group coordinated with one that has a country shares it.
        const prev = ms[ms.length - 1];
        const pc = prev?.kind === 'nominal' && prev.type === 'ORG' && g.start >= 2 && prev.tokenEnd === g.start - 1 && /^(?:and|or|,)$/.test(lower[g.start - 1]!) ? prev.chain?.actor?.code : undefined;
        if (pk < 0 && isCountryCode(pc)) {
          addGroup(pc.slice(0, 3) + g.info.sector, g.start, i + 1, sentOf[i]!, quote[i] === 1);
          continue;
        }
        const u = makeUnplaced(pk >= 0 ? pk : g.start, i + 1, g.info.sector, sentOf[i]!, quote[i] === 1, undefined);
        u.implied = g.info.country;
        u.people = pk >= 0 ? peoples.get(lower[pk]!) : undefined;
        unplaced.push(u);
        continue;
      }
      const code = mod.code ?? (mod.country ? mod.country.iso3 + g.info.sector : undefined);
      if (code) addGroup(code, mod.start, i + 1, sentOf[i]!, quote[i] === 1);
    }
  }

  // ---- 3b. "ethnic Albanian guerrillas operating in Macedonia", "ethnic Turks ... Sweden's decision": after "ethnic"
  // a demonym names a group by descent, not citizens of that country; the group belongs to the other country the
  // sentence names (the first one), with the sector its noun gave.
  for (const m of ms) {
    const s = m.tokenStart;
    const code = m.chain?.actor?.code;
    if (s === 0 || lower[s - 1] !== 'ethnic' || !isCountryCode(code)) continue;
    const own = code.slice(0, 3);
    const other = named.find((o) => o.sent === m.sent && o.type !== 'PER' && (o.tokenStart >= m.tokenEnd || o.tokenEnd <= s)
      && o.chain?.actor?.code.length === 3 && isCountryCode(o.chain.actor.code) && o.chain.actor.code !== own);
    if (!other) continue;
    const c = other.chain!.actor!.code + code.slice(3);
    m.chain = newChain(m.type, m.chain!.name, { code: c, name: m.chain!.actor!.name });
  }

  // ---- 3c. groups and bodies with no country of their own: a people of several countries by the countries the
  // article names ("the main Hutu rebel group ... Burundi's government" BDI), a bare group or an unknown body by
  // the place the sentence puts it in ("Inmates rioted at a prison in Niger's capital Niamey" NERCRM).
  for (const m of named) {
    if (m.type === 'PER' || m.chain?.actor) continue;
    const k = m.tokenEnd - m.tokenStart === 1 ? lower[m.tokenStart]! : norm(words.slice(m.tokenStart, m.tokenEnd).join(' '));
    const people = peoplesBeforeNoun.has(k) ? undefined : peoples.get(k);
    if (people) {
      const u = makeUnplaced(m.tokenStart, m.tokenEnd, '', m.sent, m.quote, m);
      u.people = people;
      unplaced.push(u);
      continue;
    }
    // "withdrew from Baba Amr": a place the gazetteer lacks (a district, a news spelling) is in the country the article
    // is about, when its sentence names no country.
    if (m.type === 'GPE' || m.type === 'LOC') {
      const u = makeUnplaced(m.tokenStart, m.tokenEnd, '', m.sent, m.quote, m);
      u.articleOnly = true;
      unplaced.push(u);
      continue;
    }
    // "Cumhuriyet University": an unknown name that ends in a sector noun
    const sec = m.type === 'ORG' ? sectorEnding(words, m.tokenEnd, m.tokenStart + 1) : undefined;
    if (sec && !sec.info.cls) unplaced.push(makeUnplaced(m.tokenStart, m.tokenEnd, sec.info.sector, m.sent, m.quote, m));
  }
  if (unplaced.length) {
    const isTown = (m: { tokenStart: number; tokenEnd: number }): boolean =>
      !hitsFor(words.slice(m.tokenStart, m.tokenEnd).join(' ')).some((h) => h.kind !== 'city');
    for (const u of placeGroups(unplaced, named, doc, lower, chainCountry, isTown)) {
      const m = u.item.named as M | undefined;
      if (m) {
        m.chain = newChain(m.type, m.chain?.name, { code: u.code, name: m.chain?.name ?? '' });
        continue;
      }
      addGroup(u.code, u.item.tokenStart, u.item.tokenEnd, u.item.sent, u.item.quote);
    }
  }
  })();

  (function pronouns() {
  // ---- 4. pronouns ----
  for (let i = 0; i < n; i++) {
    if (toks[i]!.pos !== 'PRON') continue; // the cheap test first: most tokens are not pronouns
    const p = PRONOUNS.get(lower[i]!);
    if (!p) continue;
    const pm = makeM(i, i + 1, 'pronoun', 'PER', undefined, sentOf[i]!, quote[i] === 1);
    pm.gender = p.g;
    pm.object = p.object || (lower[i] === 'her' && !/^(NOUN|ADJ|PROPN|NUM)$/.test(toks[i + 1]?.pos ?? ''));
    ms.push(pm);
  }

  // Counterparts in apposition ("his Russian counterpart, Foreign Minister Sergei Lavrov") fix that person's country
  // before anything searches for counterparts.
  for (const m of ms) {
    if (m.kind !== 'nominal' || m.chain || words[m.tokenEnd] !== ',') continue;
    const target = namedAt.get(m.tokenEnd + 1);
    if (!target || target.type !== 'PER') continue;
    m.chain = target.chain;
    const ch = target.chain!;
    if (m.counterpartOf && !ch.country) {
      ch.country = m.counterpartOf;
      if (!ch.actor || !isCountryCode(ch.actor.code)) {
        const sector = roleClass(target.role)?.sector ?? 'GOV';
        ch.actor = { code: m.counterpartOf + sector, name: ch.name ?? '' };
      }
    }
  }
  })();

  (function inTextOrder() {
  // ---- 5. one pass in text order: pronouns and counterparts, which need what came before ----
  ms.sort((a, b) => a.tokenStart - b.tokenStart || order(a) - order(b));
  const cands: M[] = [];
  const byToken = new Map<number, M>();
  for (const m of ms) {
    if (m.kind === 'pronoun') {
      m.chain = resolvePronoun(m, cands);
      byToken.set(m.tokenStart, m);
    } else if (m.kind === 'nominal' && (m.possessor !== undefined || m.counterpartOf)) {
      if (!m.chain) {
        const owner = m.possessor !== undefined ? byToken.get(m.possessor)?.chain : undefined;
        m.chain = findCounterpart(owner, m.counterpartOf, named, chains, date, chainCountry, newChain);
      }
    }
    if (m.type === 'PER' && m.chain) cands.push(m);
  }
  })();

  // ---- 6. output ----
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const at = new Int32Array(n).fill(-1);
  const final = ms.filter((m) => m.chain).sort((a, b) => a.tokenStart - b.tokenStart || order(a) - order(b));
  for (const m of final) {
    const ch = m.chain!;
    const start = toks[m.tokenStart]!.start;
    const end = toks[m.tokenEnd - 1]!.end;
    const mention: Mention = {
      start, end, text: text.slice(start, end), tokenStart: m.tokenStart, tokenEnd: m.tokenEnd,
      kind: m.kind, type: m.type, chain: ch.id,
    };
    if (ch.name && !ch.unnamedOfficial) mention.name = ch.name;
    if (ch.actor) mention.actor = { code: ch.actor.code, name: ch.actor.name || ch.name || mention.text };
    if (m.role) mention.role = m.role;
    mentions.push(mention);
    // Entities: names, and nominals that stand for a named person ("his Russian counterpart" -> Lavrov).
    // Unnamed officials stay mentions only: their phrase is no one's name (the store lists entity actors).
    if (m.kind === 'name' || (m.entity && mention.actor && !ch.unnamedOfficial)) {
      const ent: Entity = { start, end, text: mention.text, type: m.type, chain: ch.id };
      if (mention.actor) ent.actor = mention.actor;
      if (m.role) ent.role = m.role;
      entities.push(ent);
    }
  }
  // Token -> mention: nominals first, then names (with their titles), then pronouns, so the most specific wins.
  for (const pass of ['nominal', 'name', 'pronoun'] as const) {
    mentions.forEach((mn, idx) => {
      if (mn.kind !== pass) return;
      const m = final[idx]!;
      at.fill(idx, m.titleStart ?? m.tokenStart, m.tokenEnd);
    });
  }
  return { entities, mentions, mentionAt: (i: number) => (i >= 0 && i < n && at[i]! >= 0 ? mentions[at[i]!] : undefined) };
}

// Names that are not people resolve the same way in every article; remember them (bounded).
const lookupCache = new Map<string, ActorRef | null>();
const placeCache = new Map<string, ActorRef | null>();
let cacheVersion = -1;
function cachedLookup(t: string, date: string | undefined, known: KnownActors | undefined): ActorRef | undefined {
  if (cacheVersion !== kbVersion) { lookupCache.clear(); placeCache.clear(); cacheVersion = kbVersion; }
  let ref = lookupCache.get(t);
  if (ref === undefined) {
    ref = lookupNonPerson(t, false) ?? null;
    if (lookupCache.size > 20000) lookupCache.clear();
    lookupCache.set(t, ref);
  }
  if (ref) return ref;
  // A tagger's ORG or GPE that is really a person ("Blinken" tagged GPE): dated, so never cached. A surname of a
  // dictionary person is never a town of that name, whatever the date ("Schroeder", not the Brazilian town).
  const p = personRef(t, date, known)?.ref;
  if (p || personAnyDate(t, known)) return p;
  let place = placeCache.get(t);
  if (place === undefined) {
    place = lookupNonPerson(t) ?? null;
    if (placeCache.size > 20000) placeCache.clear();
    placeCache.set(t, place);
  }
  return place ?? undefined;
}

/** Words [a, b) are a demonym ("Algerian", "South African"), not a country's name. */
function isDemonym(words: readonly string[], a: number, b: number): boolean {
  return hitsFor(words.slice(a, b).join(' ')).some((h) => h.kind === 'demonym');
}

function order(m: M): number {
  return m.kind === 'pronoun' ? 0 : m.kind === 'name' ? 1 : 2;
}

/** Subject-first within the sentence (the last candidate for object pronouns), else the subject of the nearest
 * earlier sentence with a candidate; a pronoun inside a quotation prefers people inside quotations. */
function resolvePronoun(p: M, cands: readonly M[]): Chain | undefined {
  const ok = (c: M): boolean => !!c.chain && (!c.chain.gender || c.chain.gender === p.gender) && c.tokenStart < p.tokenStart;
  // cands are in text order; walk back to the start of the pronoun's sentence.
  let k = cands.length - 1;
  while (k >= 0 && cands[k]!.sent > p.sent) k--;
  let first: M | undefined;
  let last: M | undefined;
  for (; k >= 0 && cands[k]!.sent === p.sent; k--) {
    const c = cands[k]!;
    if (!ok(c) || c.quote !== p.quote) continue;
    last ??= c;
    first = c;
  }
  if (first) return (p.object ? last! : first).chain;
  // Earlier sentences, nearest first: their first candidate (the subject), preferring the pronoun's quote state.
  for (let s = p.sent - 1; s >= Math.max(0, p.sent - 3); s--) {
    let anyFirst: M | undefined;
    let quoteFirst: M | undefined;
    while (k >= 0 && cands[k]!.sent > s) k--;
    for (; k >= 0 && cands[k]!.sent === s; k--) {
      const c = cands[k]!;
      if (!ok(c)) continue;
      anyFirst = c;
      if (c.quote === p.quote) quoteFirst = c;
    }
    if (anyFirst) return (quoteFirst ?? anyFirst).chain;
  }
  for (let j = cands.length - 1; j >= 0; j--) if (ok(cands[j]!)) return cands[j]!.chain;
  return undefined;
}

/** "his Russian counterpart": the person of that country holding the owner's office class, mentioned in the
 * article (anywhere), else the dictionary's holder of that office on the article date. */
function findCounterpart(
  owner: Chain | undefined,
  country: string | undefined,
  named: readonly M[],
  chains: readonly Chain[],
  date: string | undefined,
  chainCountry: (c: Chain) => string | undefined,
  newChain: NewChain,
): Chain | undefined {
  if (!country) return undefined;
  const cls = owner?.cls;
  const people = named.filter((m) => m.type === 'PER' && m.chain && m.chain !== owner && !m.chain.unnamedOfficial && chainCountry(m.chain) === country);
  const same = cls ? people.find((m) => m.chain!.cls === cls) : undefined;
  if (same) return same.chain;
  if (!cls && people.length === 1) return people[0]!.chain;
  if (!cls) return undefined;
  // Not named in the article: the office holder from the dictionary.
  let found: ActorRecord | undefined;
  for (const rec of allPeople()) {
    if (!activeAt(rec, date)) continue;
    const c = codeAt(rec, date);
    if (!c || !c.code.startsWith(country) || roleClass(c.role)?.cls !== cls) continue;
    found = rec;
    break;
  }
  if (!found) return undefined;
  const existing = chains.find((c) => c.name === found!.name);
  if (existing) return existing;
  const c = codeAt(found, date)!;
  const ch = newChain('PER', found.name, { code: c.code, name: found.name });
  ch.country = country;
  ch.cls = cls;
  ch.gender = found.gender;
  return ch;
}
