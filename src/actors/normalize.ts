// Name keys for dictionary lookups: case, accents, dots and apostrophe styles do not matter ("U.S." = "US",
// "Genève" = "Geneve", "Russia’s" = "Russia's"); acronyms keep a case-sensitive key so "WHO" is not "who".

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /[’‘ʼʻ`´]/g;
const DOTS = /\./g;
const SEPS = /[,\s]+/g;
const DASHES = /[‐‑‒–—]/g;

const PLAIN = /^[A-Za-z]+$/;

/** Case- and accent-insensitive key. */
export function norm(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  let t = s;
  if (NON_ASCII.test(t)) t = t.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DASHES, '-');
  t = t.toLowerCase().replace(DOTS, '').replace(SEPS, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

/** Same as norm() but without dropping a leading "the" (for phrases where it matters). */
export function normKeepThe(s: string): string {
  let t = s;
  if (NON_ASCII.test(t)) t = t.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DASHES, '-');
  return t.toLowerCase().replace(DOTS, '').replace(SEPS, ' ').trim();
}

const ACRONYM = /^[A-Z]{2,5}$/;

/** Short all-capital names ("WHO", "IS", "U.S.") match only in capitals: their key is prefixed with "=". */
export function acronymKey(s: string): string | undefined {
  const t = s.replace(DOTS, '').trim();
  return ACRONYM.test(t) ? '=' + t : undefined;
}

/** The keys under which a dictionary name is stored. */
export function nameKey(s: string): string {
  return acronymKey(s) ?? norm(s);
}

/** Keys to try for a text found in an article: the case-sensitive acronym key first, then the folded one. */
export function lookupKeys(s: string): string[] {
  const a = acronymKey(s);
  return a ? [a] : [norm(s)];
}

/** Strip a trailing possessive ("Russia's" -> "Russia", "United States’" -> "United States"). */
export function stripPossessive(s: string): string {
  return s.replace(/(?:['’]s|s['’])$/, (m) => (m[0] === 's' ? 's' : '')).trim();
}
