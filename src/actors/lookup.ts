// lookupActor: a name, title, organisation or demonym as written -> CAMEO actor code and name.
import type { ActorRef } from '../model/index.js';
import { activeAt, codeAsOf, codeAt, countries, hitsFor, peopleBySurname, type ActorRecord, type NameHit } from './kb.js';
import type { KnownActors } from './learn.js';
import { norm, stripPossessive } from './normalize.js';
import { lookupPlace } from './places.js';
import { modifierEnding, modifierStarting, sectorEnding, sectorStarting, splitWords, titleBefore } from './titles.js';

/** The actor a dictionary hit stands for on a date. */
export function refForHit(h: NameHit, date?: string): ActorRef | undefined {
  if (h.actor) {
    const c = codeAt(h.actor, date);
    return c ? { code: c.code, name: h.actor.name } : undefined;
  }
  if (h.code) return { code: codeAsOf(h.code, date), name: h.name };
  const c = h.country;
  if (c) return { code: codeAsOf(c.iso3, date), name: c.name };
  return undefined;
}

const SURNAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ben', 'ibn', 'abu', 'al', 'el', 'wa', 'dia']);

const SOON_YEARS = 2;
const addYears = (date: string, n: number): string => String(Number(date.slice(0, 4)) + n).padStart(4, '0') + date.slice(4);

/** A person by full name or by a surname that only one active person carries. */
export function personRef(name: string, date?: string, known?: KnownActors): { rec: ActorRecord; ref: ActorRef } | undefined {
  const k = norm(name);
  const learned = known?.byName.get(k);
  const kb = hitsFor(name).find((h) => h.kind === 'person')?.actor;
  let rec = kb ?? learned;
  if (!rec) {
    let words = k.split(' ');
    // "de Klerk", "Le Pen", "bin Laden", "van den Broek": a surname with its particles is still a bare surname.
    if (words.length > 1 && words.slice(0, -1).every((w) => SURNAME_PARTICLES.has(w))) words = words.slice(-1);
    const surname = words[words.length - 1]!;
    if (words.length === 1) {
      const cands = [...(known?.bySurname.get(surname) ?? []), ...peopleBySurname(surname)].filter((r, i, a) => a.indexOf(r) === i);
      // A bare surname names someone in office on the date, else a former office holder; never someone whose
      // first office starts after the date (Naftali Bennett is not the Bennett of a 2000 article).
      let pool = date ? cands.filter((r) => activeAt(r, date)) : cands;
      if (date && !pool.length) pool = cands.filter((r) => r.codes.some((c) => !c.from || c.from <= date));
      // Someone in the news shortly before taking office (a campaign, a nomination: Schroeder in 1997) is that
      // person, with the first office's code; a decade before is someone else.
      if (date && !pool.length) {
        const soon = addYears(date, SOON_YEARS);
        pool = cands.filter((r) => r.codes.some((c) => c.from && c.from <= soon));
      }
      // Learned actors with the same name as a KB person are the same person; prefer the dictionary entry.
      const distinct = new Set(pool.map((r) => norm(r.name)));
      if (distinct.size === 1) rec = pool.find((r) => r.source !== 'learned') ?? pool[0];
      else if (distinct.size > 1) {
        // Several people of one country carry the surname on the date (Hafez and Rifaat al-Assad, Igor and
        // Sergei Ivanov): the person is unsure, the country is not.
        const codes = pool.map((r) => codeAt(r, date)?.code ?? '');
        const roots = new Set(codes.map((c) => c.slice(0, 3)));
        const root = [...roots][0]!;
        if (roots.size === 1 && countries.has(root) && codes.every((c) => c.length >= 3)) {
          const code = new Set(codes).size === 1 ? codes[0]! : root;
          const shared: ActorRecord = { name: name.trim(), type: 'PER', codes: [{ code }], source: 'learned' };
          return { rec: shared, ref: { code, name: shared.name } };
        }
      }
    }
  }
  if (!rec) return undefined;
  const c = codeAt(rec, date);
  return c ? { rec, ref: { code: c.code, name: rec.name } } : undefined;
}

/** The one dictionary person a name or surname can mean, whatever the date. For titled names only ("President
 * Obama" in a 2000 article is still Obama, never the Japanese town): the title says it is a person. */
export function personAnyDate(name: string, known?: KnownActors): ActorRecord | undefined {
  const k = norm(name);
  const direct = hitsFor(name).find((h) => h.kind === 'person')?.actor ?? known?.byName.get(k);
  if (direct) return direct;
  const words = k.split(' ');
  if (words.length !== 1) return undefined;
  const cands = [...(known?.bySurname.get(words[0]!) ?? []), ...peopleBySurname(words[0]!)];
  const distinct = new Set(cands.map((r) => norm(r.name)));
  return distinct.size === 1 ? cands.find((r) => r.source !== 'learned') ?? cands[0] : undefined;
}

/** Country (alpha-3) of a person's codes, when they all agree on one. */
export function personCountry(rec: ActorRecord): string | undefined {
  const cs = new Set(rec.codes.map((c) => c.code.slice(0, 3)).filter((c) => countries.has(c)));
  return cs.size === 1 ? [...cs][0] : undefined;
}

/** Resolve a name, title, organisation or demonym to an actor on a date. */
export function lookupActor(text: string, date?: string, known?: KnownActors): ActorRef | undefined {
  const r = lookupActorAnyState(text, date, known);
  return r && date ? { ...r, code: codeAsOf(r.code, date) } : r;
}

function lookupActorAnyState(text: string, date?: string, known?: KnownActors): ActorRef | undefined {
  const t = text.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!t) return undefined;
  for (const s of t === stripPossessive(t) ? [t] : [t, stripPossessive(t)]) {
    const hits = hitsFor(s);
    for (const h of hits) {
      const r = refForHit(h, date);
      if (r) return r;
    }
    const p = personRef(s, date, known);
    if (p) return p.ref;
  }
  // A surname of a known person is a better reading than a town of that name (Obama, JPN; Bush, EGY).
  const nonPerson = lookupNonPerson(t, !personAnyDate(t, known));
  if (nonPerson) return nonPerson;
  const words = splitWords(t);
  // A bare sector noun ("police", "the army"): the sector without a country (CAMEO's COP, MIL).
  const sec = sectorEnding(words, words.length);
  if (sec && sec.start === 0 && !sec.info.cls) return { code: (sec.info.country ?? '') + sec.info.sector, name: t };
  // "Russian Foreign Minister Sergei Lavrov": the person if known, else what the title says.
  for (let i = 1; i < words.length; i++) {
    const title = titleBefore(words, i);
    if (!title || title.start !== 0) continue;
    const name = words.slice(i).join(' ');
    const p = personRef(name, date, known);
    // The title is what the text says about this person; the dictionary gives the canonical name.
    if (title.code) return { code: title.code, name: p?.rec.name ?? name };
    if (p) return p.ref;
    // A known person outside the dates of their offices: still that person, with the title's sector.
    const any = personAnyDate(name, known);
    const pc = any && personCountry(any);
    if (any && pc) return { code: pc + title.info.sector, name: any.name };
  }
  return undefined;
}

/** Last words of names that start with a demonym but name no body of that country ("Indian Ocean", "Chinese New Year"). */
const NOT_A_BODY = /^(?:Ocean|Sea|Gulf|River|Mountains?|Peninsula|Desert|Lake|Basin|Valley|Straits?|Islands?|Airlines?|Airways|Year|Day|Cup|Open|Prix|Games|Championships?|Grand)$/;
const INTL_BODY = /^(?:[\p{Lu}][\p{L}-]*\s+)*(?:World|International|Global|Intergovernmental|Inter-Parliamentary)\s+(?:[\p{Lu}][\p{L}-]*\s+)*(Forum|Conference|Summit|Organi[sz]ation|Union|Council|Commission|Court|Tribunal|Fund|Bank|Agency|Programme|Program|Association|Federation|Committee|Alliance|Movement|Institute|Network|Foundation|Group|Society)$/u;

/** The part of lookupActor that involves no person and no date: organisations, places, demonyms, titles and
 * group nouns ("Russian troops"). Deterministic per text, so callers may cache it. */
export function lookupNonPerson(text: string, places = true): ActorRef | undefined {
  const t = text.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!t) return undefined;
  for (const s of t === stripPossessive(t) ? [t] : [t, stripPossessive(t)]) {
    for (const h of hitsFor(s)) {
      if (h.kind === 'person') continue;
      const r = refForHit(h);
      if (r) return r;
    }
  }
  const words = splitWords(t);
  // "Russian Foreign Minister", "a senior State Department official"
  const whole = titleBefore(words, words.length);
  if (whole && whole.start === 0 && whole.code) return { code: whole.code, name: t };
  // Group nouns: "Russian troops", "U.S. officials", "Ukrainian police", "Israel's high court",
  // with up to three words between ("Afghan rebel leaders", "Ivory Coast's Supreme Court").
  const sec = sectorEnding(words, words.length);
  if (sec) {
    const mod = modifierEnding(words, sec.start);
    if (mod && mod.start === 0) {
      if (mod.code) return { code: mod.code, name: t };
      if (mod.country) return { code: mod.country.iso3 + sec.info.sector, name: t };
    }
    const lead = modifierStarting(words, 0, sec.start);
    if (lead && sec.start - lead.end <= 3) {
      if (lead.code) return { code: lead.code, name: t };
      if (lead.country) return { code: lead.country.iso3 + sec.info.sector, name: t };
    }
  }
  // A name that starts with a country or demonym ("Montenegro Municipality Association", "Kenya Anti-Corruption
  // Commission", "Serbian Radical Party"): a body of that country.
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:of|for|and|the|on)$/.test(w))) {
    const lead = modifierStarting(words, 0);
    // Not a titled person ("Moldovan Foreign Minister Nicu Popescu"): lookupActor resolves those after this.
    let titled = false;
    for (let i = lead ? lead.end : 0; i < words.length && !titled; i++) {
      const ti = sectorStarting(words, i);
      titled = !!ti?.info.cls && ti.end < words.length;
    }
    if (lead && lead.country && !lead.code && !titled && lead.end < words.length && !NOT_A_BODY.test(words[words.length - 1]!)) {
      const sec = sectorEnding(words, words.length);
      return { code: lead.country.iso3 + (sec && sec.start >= lead.end ? sec.info.sector : ''), name: t };
    }
  }
  // "president of Armenia", "opposition groups in Zimbabwe", "rebels from Chad".
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|in|from)$/i.test(w));
  if (of > 0) {
    const head = sectorEnding(words, of) ?? sectorStarting(words, 0, of);
    const place = modifierStarting(words, of + 1);
    if (head && place?.country && !place.code) return { code: place.country.iso3 + head.info.sector, name: t };
  }
  // "Bank of Japan", "Communist Party of Nepal", "United Bus Company of Tehran": a capitalised name that ends in
  // "of <country or capital>" is a body of that country.
  if (words.length >= 3 && words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:of|for|and|the|on|in)$/.test(w))) {
    let k = words.length - 2;
    while (k > 0 && !/^(?:of|in)$/.test(words[k]!)) k--;
    const place = k > 0 ? modifierStarting(words, k + 1) : undefined;
    if (place && place.end === words.length && place.country && !place.code && !NOT_A_BODY.test(words[k - 1]!)) {
      const head = sectorEnding(words, k);
      return { code: place.country.iso3 + (head ? head.info.sector : ''), name: t };
    }
  }
  // An international body the dictionary does not list, by the shape of its name ("Third World Water Forum",
  // "International Crisis Group"): CAMEO's IGO for intergovernmental kinds, NGO for associations.
  const body = INTL_BODY.exec(t);
  if (body) return { code: /^(?:Forum|Conference|Summit|Organi[sz]ation|Union|Council|Commission|Court|Tribunal|Fund|Bank|Agency|Programme|Program)$/.test(body[1]!) ? 'IGO' : 'NGO', name: t };
  // Places need a capitalised name, and a sector noun alone is none even capitalised at a sentence start
  // ("Police detained ...": not Police, Poland).
  if (sec && sec.start === 0) return undefined;
  // (or an Arabic article before the capital: "al-Brega", "el-Arish")
  if (!places || !/^(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?\p{Lu}/u.test(t)) return undefined;
  const place = lookupPlace(t);
  if (place) return { code: place.country, name: countries.get(place.country)?.name ?? place.country };
  return undefined;
}
