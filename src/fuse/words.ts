// Content words of a sentence, crudely stemmed, for the lexical check that two mentions tell the same story.
const WORD = /[\p{L}\p{N}]{3,}/gu;
const STOP = new Set(('the and for that with was were are has have had not but from this they their them his her its ' +
  'said says say will would been also who which when where what than then there into about after before over more ' +
  'most some such can could may might one two new year years day days week weeks last next today yesterday our out ' +
  'all any being did does just like made make many much now only other own same she should since still very well ' +
  'while here how him himself itself per via you your').split(' '));

/** Lower-case content words with a light suffix strip (arrived, arrives -> arriv). */
export function contentWords(text: string, into = new Set<string>()): Set<string> {
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (STOP.has(w)) continue;
    into.add(w.length > 5 ? w.replace(/(ing|ed|es|s|e)$/, '') : w);
  }
  return into;
}

/** Words shared by two bags, and the overlap coefficient |A ∩ B| / min(|A|, |B|). */
export function overlap(a: Set<string>, b: Set<string>): { shared: number; coef: number } {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return { shared, coef: small.size ? shared / small.size : 0 };
}
