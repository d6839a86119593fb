// Actors learned from the corpus (issue 4, item 4): a person seen with a title that fixes their code
// ("Russian Foreign Minister Sergei Lavrov" -> RUSGOV) is remembered, so a bare "Lavrov" later resolves.
// Pure functions; the store persists what learnActors returns and hands it back through KnownActors.
import type { Annotation, Article } from '../model/index.js';
import { hitsFor, roleClass, type ActorRecord } from './kb.js';
import { norm } from './normalize.js';
import type { ActorCode, LearnedActor } from './types.js';

/** People in an annotation whose code came from the text (a title or apposition), with the article date. */
export function learnActors(article: Article, ann: Annotation): LearnedActor[] {
  const out = new Map<string, LearnedActor>();
  // The longest named mention of a chain is the person's name ("Sergei Lavrov", not "Lavrov").
  const longest = new Map<number, string>();
  for (const e of ann.entities) {
    if (e.type !== 'PER' || e.chain === undefined || !isName(e.text)) continue;
    const cur = longest.get(e.chain);
    if (!cur || e.text.length > cur.length) longest.set(e.chain, e.text);
  }
  for (const e of ann.entities) {
    if (e.type !== 'PER' || !e.actor || !e.role || !isName(e.text)) continue;
    const code = e.actor.code;
    if (!/^[A-Z]{3}/.test(code) || code.length < 4) continue; // a sector is what makes it worth learning
    const name = (e.chain !== undefined ? longest.get(e.chain) : undefined) ?? e.text;
    if (name.split(/\s+/).length < 2) continue; // need a full name to be a safe key
    // Tagger spans that swallowed a title or nationality ("Sri Lankan President") are not names.
    if (roleClass(name) || name.split(/\s+/).some((w) => hitsFor(w).some((h) => h.kind === 'demonym' || h.kind === 'country'))) continue;
    const k = `${norm(name)}|${code}|${e.role.toLowerCase()}`;
    if (!out.has(k)) out.set(k, { name, code, role: e.role, date: article.date });
  }
  return [...out.values()];
}

// A person's name: capitalised words, lower-case particles inside only ("Bashar al-Assad", "Ursula von der
// Leyen"), so nominals like "British prime minister" or "Iran's ambassador" are never learned as names.
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|del|della|der|den|di|da|du|la|le|van|von|y|dos|das|bint)$/;
function isName(text: string): boolean {
  const words = text.split(/\s+/);
  if (/['’]/.test(text) && /['’]s\b/.test(text)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && PARTICLE.test(w.split('-')[0]!.toLowerCase())) || /^al-\p{Lu}/u.test(w));
}

/** Learned actors ready for lookup: by full name and by surname. */
export class KnownActors {
  readonly byName = new Map<string, ActorRecord>();
  readonly bySurname = new Map<string, ActorRecord[]>();
  /** First and last dates seen per name (for display; codes use open-ended roles, see below). */
  readonly seen = new Map<string, { first: string; last: string }>();

  constructor(learned: readonly LearnedActor[] = []) {
    const groups = new Map<string, LearnedActor[]>();
    for (const l of learned) {
      const k = norm(l.name);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(l);
    }
    for (const [k, g] of groups) {
      // One role per (code, role), seen from its first to its last sighting. A role lasts until the next one
      // starts: the latest role stays open, since a title seen in March still holds in May.
      const roles = new Map<string, { code: string; role?: string; first: string; last: string }>();
      let first = '9999', last = '';
      for (const l of g) {
        const rk = `${l.code}|${(l.role ?? '').toLowerCase()}`;
        const end = l.lastSeen ?? l.date;
        const r = roles.get(rk);
        if (!r) roles.set(rk, { code: l.code, role: l.role, first: l.date, last: end });
        else { if (l.date < r.first) r.first = l.date; if (end > r.last) r.last = end; }
        if (l.date < first) first = l.date;
        if (end > last) last = end;
      }
      const sorted = [...roles.values()].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
      const codes: ActorCode[] = sorted.map((r, i) => ({
        code: r.code,
        role: r.role,
        from: i === 0 ? undefined : r.first,
        to: i + 1 < sorted.length ? prevDay(sorted[i + 1]!.first) : undefined,
      }));
      const rec: ActorRecord = { name: g[0]!.name, type: 'PER', codes, source: 'learned' };
      this.byName.set(k, rec);
      this.seen.set(k, { first, last });
      const words = k.split(' ');
      const sk = words[words.length - 1]!;
      let arr = this.bySurname.get(sk);
      if (!arr) this.bySurname.set(sk, (arr = []));
      arr.push(rec);
    }
  }

  get size(): number {
    return this.byName.size;
  }
}

function prevDay(d: string): string {
  const t = Date.parse(d + 'T00:00:00Z');
  return Number.isNaN(t) ? d : new Date(t - 86400000).toISOString().slice(0, 10);
}
