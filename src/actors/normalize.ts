// Name keys for dictionary lookups: case, accents, dots and apostrophe styles do not matter ("U.S." = "US",
// "Genève" = "Geneve"); acronyms keep a case-sensitive key so "WHO" is not "who". Transliteration marks are
// dropped (ayn, hamza, soft sign and apostrophes of every style): GeoNames writes "Sāmarrā’", "Ṣan‘ā’", "Homyel'",
// news writes "Samarra", "Sanaa", "Sana'a", so all of them key as "samarra", "sanaa"; "Russia's" keys as "russias".

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /['’‘ʼʻʽʾʿʹʺ`´]/g;
/** Latin letters that NFD does not split into a base letter and a mark. */
const LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D' };
const LETTER_RE = /[łŁøØđĐıħĦæÆœŒßþÞðÐ]/g;
const DOTS = /\./g;
const SEPS = /[,\s]+/g;
const DASHES = /[‐‑‒–—]/g;

const PLAIN = /^[A-Za-z]+$/;

/** Accents, transliteration marks and letter variants folded to plain ASCII where they have a base letter. */
function fold(s: string): string {
  let t = s;
  if (NON_ASCII.test(t)) t = t.normalize('NFD').replace(MARKS, '').replace(LETTER_RE, (c) => LETTERS[c]!).replace(DASHES, '-');
  return t.replace(APOS, '');
}

/** Display form of a name: accents, non-ASCII marks and letter variants folded, case and ASCII kept ("Łódź" -> "Lodz"). */
export function plainName(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFD').replace(MARKS, '').replace(LETTER_RE, (c) => LETTERS[c]!).replace(/[’‘ʼʻʽʾʿʹʺ´]/g, '').replace(DASHES, '-');
}

/** Words of ASCII letters, digits and hyphens with single spaces between: nothing for fold() and the replaces
 * below to change, so the key is the lower case ("Barack Obama", most names scanned in an article). */
const PLAIN_WORDS = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

/** Case- and accent-insensitive key. */
export function norm(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  if (PLAIN_WORDS.test(s)) {
    const t = s.toLowerCase();
    return t.startsWith('the ') ? t.slice(4) : t;
  }
  let t = fold(s);
  t = t.toLowerCase().replace(DOTS, '').replace(SEPS, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

/** Same as norm() but without dropping a leading "the" (for phrases where it matters). */
export function normKeepThe(s: string): string {
  const t = fold(s);
  return t.toLowerCase().replace(DOTS, '').replace(SEPS, ' ').trim();
}

const ACRONYM = /^[A-Z]{2,5}$/;

/** Short all-capital names ("WHO", "IS", "U.S.") match only in capitals: their key is prefixed with "=". */
export function acronymKey(s: string): string | undefined {
  const t = (s.includes('.') ? s.replace(DOTS, '') : s).trim(); // most texts have no dots to replace
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
