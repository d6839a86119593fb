// Countries for groups and bodies the text gives none ("rebels", "Kurdish guerrillas", "Cumhuriyet University"):
// from the countries the article names around them. Kept apart from resolve.ts, which finds the mentions.
import type { Doc } from '../model/index.js';

/** A group or body without a country of its own. */
export interface Unplaced {
  tokenStart: number;
  tokenEnd: number;
  /** CAMEO sector of its noun ("" for a bare people). */
  sector: string;
  /** The country its noun implies on its own (NGO for "human rights group"). */
  implied: string | undefined;
  /** A people of several countries before the noun ("Hutu"): the countries it may belong to. */
  people: readonly string[] | undefined;
  sent: number;
  quote: boolean;
  /** Placed only by the article's country (a place the gazetteer lacks: its sentence's places say nothing of it). */
  articleOnly: boolean;
  /** The name mention it is, when it is one ("Kurds", "Cumhuriyet University"). */
  named: Named | undefined;
}

/** Every item made here, all fields set in one order: one hidden class for V8 (see makeM in resolve.ts). */
export function makeUnplaced(tokenStart: number, tokenEnd: number, sector: string, sent: number, quote: boolean, named: Named | undefined): Unplaced {
  return { tokenStart, tokenEnd, sector, implied: undefined, people: undefined, sent, quote, articleOnly: false, named };
}

/** What this needs of a named mention. */
interface Named {
  tokenStart: number;
  tokenEnd: number;
  type: string;
  sent: number;
  chain?: { actor?: { code: string } };
}

/** Prepositions that put what follows in a place: "in Lagos", "near the town of Samarra", "at a jail in Dili". */
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'across', 'throughout', 'around', 'inside', 'through', 'within', 'along']);
/** Prepositions that attach a place to the noun before them. */
const ATTACH = new Set(['in', 'of', 'from', 'near', 'at', 'inside', 'outside']);
/** Words that open another clause or a phrase of its own ("villagers fled, as engineers fought the flood in Bolivia",
 * "farmers have fled since a drought began in Peru"): a place after one belongs to that clause, not to a group before it.
 * (Dashes and semicolons too: a later part of the sentence.) */
const CLAUSE_OPENERS = new Set(['as', 'since', 'while', 'whereas', 'because', 'although', 'though', 'when', 'whilst', 'unless', 'until', ';', '--', '—', '–']);
/** Does the token at k open another clause or phrase of its own (CLAUSE_OPENERS)? "as" is a conjunction only before
 * a subject and its verb ("as engineers fought", "as was the case"), not in "as part of", "as human shields",
 * "such as", "as well as". */
export function opensClause(toks: readonly { pos: string }[], lower: readonly string[], k: number): boolean {
  const w = lower[k]!;
  if (!CLAUSE_OPENERS.has(w)) return false;
  if (w !== 'as') return true;
  if (lower[k - 1] === 'such' || lower[k - 1] === 'well') return false;
  for (let q = k + 1; q < k + 7 && q < toks.length; q++) {
    const p = toks[q]!.pos;
    if (p === 'VERB' || p === 'AUX') return true;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/.test(p)) return false;
  }
  return false;
}
/** Words that may stand between the preposition and the place ("in East Timor's capital Dili"). */
const BETWEEN = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/** The code of each item the article can place; items it cannot place are left out. */
export function placeGroups<C>(items: readonly Unplaced[], named: readonly (Named & { chain?: C })[], doc: Doc, lower: readonly string[],
  chainCountry: (c: C) => string | undefined, isTown: (m: Named) => boolean): { item: Unplaced; code: string }[] {
  const toks = doc.tokens;
  const countryOf = (m: Named & { chain?: C }): string | undefined => {
    if (!m.chain) return undefined;
    const c = chainCountry(m.chain);
    return c && c.length === 3 ? c : undefined;
  };
  // A place mention (a country-only code that is not a person) after a locative preposition in its sentence.
  const locative = (m: Named): boolean => {
    const ss = doc.sentences[m.sent]?.tokenStart ?? 0;
    for (let k = m.tokenStart - 1, steps = 0; k >= ss && steps < 6; k--, steps++) {
      if (LOCATIVE.has(lower[k]!)) return true;
      if (!BETWEEN.test(toks[k]!.pos) && lower[k] !== 'of' && lower[k] !== "'s" && lower[k] !== '’s') return false;
    }
    return false;
  };
  // A preposition before the phrase that starts at k ("from Baba Amr", "into oil-fouled Barataria Bay").
  const afterPreposition = (k: number, sent: number): boolean => {
    const ss = doc.sentences[sent]?.tokenStart ?? 0;
    for (let q = k - 1, steps = 0; q >= ss && steps < 4; q--, steps++) {
      if (toks[q]!.pos === 'ADP') return true;
      if (!BETWEEN.test(toks[q]!.pos)) return false;
    }
    return false;
  };
  // Does a word between the group and a place after it open another clause? Only forwards: a place before sets the
  // scene for the clauses that follow ("floods hit towns across Bolivia since the rains began, and villagers
  // fled"); a place inside a later clause does not reach back to a group before it.
  const apart = (u: Unplaced, m: Named): boolean => {
    if (m.tokenStart < u.tokenEnd) return false;
    for (let k = u.tokenEnd; k < m.tokenStart; k++) if (opensClause(toks, lower, k)) return true;
    return false;
  };
  // Places of the items' sentences, and those after a locative preposition, found once.
  const inSent = new Map<number, (Named & { chain?: C })[]>();
  const places = new Map<number, (Named & { chain?: C })[]>();
  const sents = new Set(items.map((u) => u.sent));
  for (const m of named) {
    if (!sents.has(m.sent) || m.type === 'PER' || !isPlace(m)) continue;
    const add = (map: Map<number, (Named & { chain?: C })[]>): void => {
      const arr = map.get(m.sent);
      if (arr) arr.push(m);
      else map.set(m.sent, [m]);
    };
    add(inSent);
    if (countryOf(m) && locative(m)) add(places);
  }
  // The article's own country, found once and only if needed (see articleCountry).
  let article: string | null | undefined;
  // Every name by sentence (text order kept), made when first needed: a long article has thousands of names and
  // of groups, and a scan of them all per group was quadratic.
  let bySent: Map<number, (Named & { chain?: C })[]> | undefined;
  const namedIn = (sent: number): readonly (Named & { chain?: C })[] => {
    if (!bySent) {
      bySent = new Map();
      for (const m of named) {
        const arr = bySent.get(m.sent);
        if (arr) arr.push(m);
        else bySent.set(m.sent, [m]);
      }
    }
    return bySent.get(sent) ?? [];
  };
  const out: { item: Unplaced; code: string }[] = [];
  for (const u of items) {
    let country: string | undefined;
    if (u.people) {
      // The sentence first, then the nearest name before, then the first after.
      const fits = (m: Named & { chain?: C }): boolean => m !== u.named && u.people!.includes(countryOf(m) ?? '');
      if (u.people.length === 1) country = u.people[0];
      const same = country ? undefined : named.find((m) => m.sent === u.sent && fits(m));
      if (same) country = countryOf(same);
      for (let k = named.length - 1; !country && k >= 0; k--) if (named[k]!.tokenStart < u.tokenStart && fits(named[k]!)) country = countryOf(named[k]!);
      if (!country) { const later = named.find((m) => m.tokenStart >= u.tokenEnd && fits(m)); country = later && countryOf(later); }
    } else if (u.implied) {
      country = u.implied;
    } else if (!u.articleOnly) {
      // A place attached to the group first ("residents of Gaza", "rebels from Chad", "police in Macedonia"), else
      // the locative place nearest it: "authorities in Croatia", not the Montenegro the sentence named first.
      let best: (Named & { chain?: C }) | undefined;
      if (ATTACH.has(lower[u.tokenEnd] ?? '')) {
        const q = lower[u.tokenEnd + 1] === 'the' ? u.tokenEnd + 2 : u.tokenEnd + 1;
        best = named.find((m) => m.tokenStart === q && m.type !== 'PER' && isPlace(m) && !!countryOf(m));
      }
      let bestDist = best ? -1 : Infinity;
      for (const m of places.get(u.sent) ?? []) {
        if (m === u.named || apart(u, m)) continue;
        // Governments meet and talk abroad ("The government began talks with the rebels in Kuala Lumpur"): only a
        // place attached to the noun places one ("the government in Kabul", "authorities in Croatia").
        if (u.sector === 'GOV' && !(m.tokenStart > u.tokenEnd && m.tokenStart - u.tokenEnd <= 3 && LOCATIVE.has(lower[u.tokenEnd]!))) continue;
        const d = m.tokenStart >= u.tokenEnd ? m.tokenStart - u.tokenEnd : u.tokenStart - m.tokenEnd;
        if (d < bestDist) { best = m; bestDist = d; }
      }
      country = best && countryOf(best);
      if (!country && u.sector !== 'GOV') {
        // No preposition: a town the sentence names, when every place it names is of one country ("Rebels seized
        // the town of Kisangani"; not "Protesters burned a US flag", a country's name and no town).
        let one: string | undefined;
        let town = false;
        for (const m of inSent.get(u.sent) ?? []) {
          if (m === u.named) continue;
          const c = countryOf(m);
          if (!c || (one && one !== c)) { one = undefined; town = false; break; }
          one = c;
          town ||= isTown(m);
        }
        if (town) country = one;
      }
    }
    // Nothing in its sentence names any country ("Police turned water cannons on protesters" in a story from
    // Cairo): the country the article is about, when it clearly is about one.
    // (a place the gazetteer lacks only after a preposition, "withdrew from Baba Amr": not "The West should", "Mr
    // Annan" tagged as a place)
    // (nor after "the": names with an article are regions and seas, "the West", "the Gulf", "the North Sea", not towns)
    if (!u.people && !u.implied && (!u.articleOnly || (afterPreposition(u.tokenStart, u.sent) && lower[u.tokenStart - 1] !== 'the'))) {
      if (!country && !u.quote && !ABROAD.has(u.sector) && !(u.sector === 'GOV' && lower[u.tokenEnd - 1]!.endsWith('s'))) {
        if (article === undefined) article = articleCountry(named.filter((m) => m.type !== 'PER' && isPlace(m)), countryOf) ?? null;
        // (a place's sentence may name that country too, "Gunmen of the Free Libyan Army pulled out of Zawiya"; a
        // group's may not: there the sentence's own rules and the coder's "one country of the sentence" decide)
        // (a place in a later clause is not a bare group's: "students have been detained since a revolt toppled the
        // leader of Tunisia"; a name's are all counted: a split name's clause opener may be inside a relative clause)
        if (article && !namedIn(u.sent).some((m) => m !== u.named && countryOf(m) && !(u.named === undefined && apart(u, m))
          && (!u.articleOnly || countryOf(m) !== article))) country = article;
      }
    }
    if (country) out.push({ item: u, code: country + u.sector });
  }
  return out;
}

/** A country, demonym or place: its code is a country alone. */
function isPlace(m: Named): boolean {
  const code = m.chain?.actor?.code;
  return !!code && code.length === 3;
}

/** Sectors whose members are often foreigners where they work (reporters at a war): not placed by the article. */
const ABROAD = new Set(['MED']);
/** Mentions of the leading country needed, and how many times the runner-up's it must have. */
const ARTICLE_MIN = 4;
const ARTICLE_RATIO = 3;

/** The country an article is about: the one its place names (countries, demonyms, towns) point to far more often
 * than to any other. Region round-ups and diplomacy between two states have none. (Places, not people: a talk-show
 * transcript about Egypt names its American hosts and politicians far more often than anyone Egyptian.) */
export function articleCountry<M>(named: readonly M[], countryOf: (m: M) => string | undefined): string | undefined {
  const n = new Map<string, number>();
  for (const m of named) {
    const c = countryOf(m);
    if (c) n.set(c, (n.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [c, k] of n) {
    if (k > top) { second = top; top = k; best = c; } else if (k > second) second = k;
  }
  return top >= ARTICLE_MIN && top >= ARTICLE_RATIO * second ? best : undefined;
}
