// Attribution patterns: who a quoted segment is attributed to ("…," X said / X said, "…" / X said: / …).
import { tokenIndexAt } from '../text/index.js';
import { QUOTE_CHARS, TERMINAL, isCue, markAt, isTerminal, lowAt, paraEnd, paraIndex, startsSentence, type Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';
import { leftSubject, rightSubject, type NP } from './speaker.js';

/** "according to X" starting at token i. */
export function accordingTo(c: Ctx, i: number, max: number): NP | undefined {
  for (const phrase of lexicon.sourcePrepositions) {
    let ok = i + phrase.length < max;
    for (let k = 0; ok && k < phrase.length; k++) ok = lowAt(c, i + k) === phrase[k];
    if (ok) return rightSubject(c.tokens, i + phrase.length, max);
  }
  return undefined;
}

/** `"…," X said` / `"…," said X` / `"…," according to X` after a closing mark. */
export function trailing(c: Ctx, seg: QuoteSegment): NP | undefined {
  const pe = paraEnd(c, paraIndex(c, seg.open));
  let i = tokenIndexAt(c.doc, seg.close);
  const lastChar = c.text[seg.end - 1]!;
  // "…." Smith said: a new sentence, so an attribution only if the sentence is nothing more ("Trump said.")
  // (a comma after a final abbreviation, '“… the A.C.A.,” said …', goes on with the sentence)
  const fullStop = lastChar === '.' && seg.closed && !c.text.slice(seg.end, seg.close).includes(',');
  // ''…'Fox and Friends,''' said …: the third mark of a nested quote closing with the outer one
  while (i < c.tokens.length && QUOTE_CHARS.test(c.tokens[i]!.text) && c.tokens[i]!.start <= seg.close) i++;
  while (i < c.tokens.length && (c.tokens[i]!.text === ',' || c.tokens[i]!.text === '—')) i++;
  if ((lastChar === '?' || lastChar === '!') && i < c.tokens.length && /^[A-Z]/.test(c.tokens[i]!.text) && !isCue(c, i, 'direct')) {
    // "…?" Trump asked / "…!" Rep. Glenn Thompson, R-Pa., said: a name and its speech verb, not a new sentence
    if (!nameThenCue(c, i + 1)) return undefined;
  }
  const limit = Math.min(c.tokens.length, i + 30);
  let max = i;
  while (max < limit && c.tokens[max]!.start < pe && !isTerminal(c, max) && !c.quoted[max]
    && !markAt(c, max)) max++;
  if (max === i) return undefined;
  if (lowAt(c, i) === 'as' && i + 1 < max) i++; // "…," as Cruz said
  // "… ''drive it every day.'' According to D.M.V. records, …": a new sentence, not the quote's source
  const acc = fullStop && /^[A-Z]/.test(c.tokens[i]!.text) ? undefined : accordingTo(c, i, max);
  if (acc) return acc;
  for (let k = i; k < max; k++) {
    // any speech verb right after a quote attributes it ('“…,” Gorka urged.', '“…,” it recommended.')
    if (!isCue(c, k, 'direct', true) && !isCue(c, k, 'indirect', true) && !isCue(c, k, 'mixed', true)) continue;
    let b = i;
    while (b < k && lexicon.subjectBridge.has(lowAt(c, b))) b++;
    // verbs of judgement take an object, they do not invert: in '“Scandal,” thanked Obama for …' Obama is thanked
    if (b === k && isCue(c, k, 'mixed', true)) return undefined;
    // nor does a participle: in '“New York values,” saying the city …' the city is what is said
    if (b === k && /ing$/.test(c.tokens[k]!.text)) return undefined;
    let np = b === k ? rightSubject(c.tokens, k + 1, max) : leftSubject(c.tokens, k, i);
    if (np && b === k && lowAt(c, np.start) === 'it') return undefined; // '“…,” put it': no inverted speaker
    if (np && b !== k && np.start > i) {
      // "his nephew Michery el Soheil added": words the phrase walk stopped at, but no verb or clause
      let ok = true;
      for (let x = i; x < np.start && ok; x++) ok = ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'X'].includes(c.tokens[x]!.pos) || /^[A-Z]/.test(c.tokens[x]!.text);
      // ("a voice-over in the ad states": a phrase with a preposition the walk stopped in)
      if (ok || k - i <= 10 && describes(c, i, k)) np.start = i;
    }
    if (!np && b !== k && k - i <= 10 && describes(c, i, k)) np = { start: i, end: k }; // "a voice-over in the ad states"
    if (!np && b === k) {
      // '“…,” said the 46-year-old.'
      let e = k + 1;
      while (e < max && c.tokens[e]!.text !== ',') e++;
      if (e > k + 1 && e - k <= 8 && describes(c, k + 1, e)) np = { start: k + 1, end: e };
    }

    if (np && (b === k || np.start === i)) {
      const after = b === k ? np.end : k + 1;
      if (fullStop) {
        for (let x = after; x < max; x++) if (!lexicon.cueBridge.has(lowAt(c, x))) return undefined;
        if (max >= c.tokens.length || c.tokens[max]!.text !== '.') return undefined;
      } else if (b !== k && !startsSentence(c, seg)) {
        // ('“…,” said an official familiar with the talks': after an inverted verb the rest describes the speaker)
        // 'On Fox's “Sunday Morning Futures,” Rep. Issa said Clinton's …': a title inside the sentence, and
        // what Issa said follows the verb; the verb stays free for that reported clause
        let x = after;
        while (x < max && (lexicon.cueBridge.has(lowAt(c, x)) || /^[A-Z]/.test(c.tokens[x]!.text))) x++;
        // ('“…,” Richard Hasen, a law professor …, wrote last week after the court's action': a circumstance)
        if (x < max && c.tokens[x]!.text !== ',' && !CIRCUMSTANCE.test(c.tokens[x]!.text)) return undefined;
      }
      c.usedCues.add(k);
      return np;
    }
    return undefined;
  }
  return undefined;
}

const CIRCUMSTANCE = /^(after|before|during|following|amid)$/;

/** Is there a speech verb at k or after a few more name tokens ("Lindsey Graham said", "Glenn Thompson, R-Pa.,
 *  said")? */
function nameThenCue(c: Ctx, k: number): boolean {
  for (let n = 0; k < c.tokens.length && n < 10; k++, n++) {
    const t = c.tokens[k]!;
    if (isCue(c, k, 'direct', true)) return true;
    if (c.quoted[k] || !(/^[A-Z]/.test(t.text) || t.text === ',' || t.text === '.' || t.text === '-' || t.pos === 'PROPN')) return false;
  }
  return false;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'X', 'ADP', 'PART']);

/** Are tokens [a, b) a noun phrase the phrase walk could not read ("a voice-over in the ad", "the order
 *  released Friday")? Nouns, determiners, prepositions, hyphens; a participle only after a noun. */
function describes(c: Ctx, a: number, b: number): boolean {
  const t0 = c.tokens[a]!;
  if (t0.pos !== 'DET' && !/^[A-Z]/.test(t0.text)) return false;
  let noun = false;
  for (let x = a; x < b; x++) {
    const t = c.tokens[x]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    else if (NOMINAL.has(t.pos) || t.text === '-' || t.text === '–') continue;
    else if (!(t.pos === 'VERB' && /ed$/.test(t.text) && x > a && c.tokens[x - 1]!.pos === 'NOUN')) return false;
  }
  return noun;
}

/** `X said, "…"` / `X told reporters: "…"` / `According to X, "…"` before an opening mark. */
export function leading(c: Ctx, seg: QuoteSegment): NP | undefined {
  const pa = c.paraStarts[paraIndex(c, seg.open)]!;
  let j = tokenIndexAt(c.doc, seg.open) - 1;
  const colonAt = j >= 0 && c.tokens[j]!.text === ':' ? j : -1;
  while (j >= 0 && (c.tokens[j]!.text === ',' || c.tokens[j]!.text === ':' || c.tokens[j]!.text === '—')) j--;
  if (colonAt >= 0) {
    // "Clinton: “…”", "- Philip Bump: “…”": a bare name before the colon
    let a = colonAt;
    while (a > 0 && c.tokens[a - 1]!.start >= pa && !TERMINAL.has(c.tokens[a - 1]!.text) && c.tokens[a - 1]!.text !== '-' && c.tokens[a - 1]!.text !== '—' && !c.quoted[a - 1]) a--;
    if (a < colonAt && colonAt - a <= 6 && /^[A-Z]/.test(c.tokens[a]!.text)) {
      const np = leftSubject(c.tokens, colonAt, a);
      if (np && np.start === a) return np;
    }
  }
  // '“…,” said the Florida senator, “…”': the quote's second part after an inverted attribution
  for (let k = j; k >= 0 && j - k <= 25 && c.tokens[k]!.start >= pa && !c.quoted[k] && !isTerminal(c, k); k--) {
    if (!isCue(c, k, 'direct', true)) continue;
    let b = k - 1;
    while (b >= 0 && c.tokens[b]!.text === ',') b--;
    if (b < 0 || !(c.quoted[b] || QUOTE_CHARS.test(c.tokens[b]!.text))) break; // not right after a quote
    const np = rightSubject(c.tokens, k + 1, j + 1);
    // '“…,” said Raffaello Pantucci, director of …, “but …”': an apposition or aside after the name
    if (np && lowAt(c, np.start) !== 'it' && (np.end >= j || c.tokens[np.end]!.text === ',')) {
      c.usedCues.add(k);
      return np;
    }
    break;
  }
  const inv = invertedOpener(c, j, pa);
  if (inv) return inv;
  let bridged = 0;
  for (; j >= 0 && c.tokens[j]!.start >= pa && bridged <= 8; j--) {
    const t = c.tokens[j]!;
    if (c.quoted[j] || markAt(c, j) || isTerminal(c, j)) return undefined;
    if (isCue(c, j, 'direct', true)) {
      let min = j;
      while (min > 0 && c.tokens[min - 1]!.start >= pa && !isTerminal(c, min - 1) && !c.quoted[min - 1]) min--;
      c.leadCue = j;
      // (the subject after an inverted verb, "said Sen. X, “…”", but not the "it" of "put it": "As X, author of
      // ''Title,'' put it, “…”" names the speaker right after "as")
      const putIt = j + 1 < c.tokens.length && lowAt(c, j + 1) === 'it';
      const np = cueSubject(c, j, min) ?? (!putIt ? rightSubject(c.tokens, j + 1, j + 1 + bridged) : asSubject(c, j));
      if (np) c.usedCues.add(j);
      return np;
    }
    if (lowAt(c, j) === 'according') return accordingTo(c, j, j + 1 + bridged + 1);
    const l = t.text.toLowerCase();
    // "says that it’s “very sad”": words of the reported clause, not a bridge (an indirect quote then)
    // ("put it," is a cue's own object: "As Vulture put it, “…”")
    if ((l === 'that' && bridged > 0) || /^(he|she|it|they|we|i|’s|'s)$/.test(l) && !(l === 'it' && isCue(c, j - 1, 'direct', true))) return undefined;
    if (!(lexicon.cueBridge.has(l) || /^[A-Z]/.test(t.text) || t.text === ',' || /^\d/.test(t.text))) return undefined;
    bridged++;
  }
  return undefined;
}

/** The speaker named right after the "as" that opens "as X … put it" before the cue at k. */
function asSubject(c: Ctx, k: number): NP | undefined {
  const min = c.doc.sentences[c.sentOf[k]!]?.tokenStart ?? k;
  for (let a = k - 1; a >= min && k - a <= 30; a--) if (lowAt(c, a) === 'as') return rightSubject(c.tokens, a + 1, k);
  return undefined;
}

/** "Said Martha Klein, who went to school with Reyes in the town, “…”": a sentence opening with a capitalised
 *  speech verb, its speaker after it, and the quote after the comma or colon that ends what describes the speaker
 *  (j: the last token before that punctuation). */
function invertedOpener(c: Ctx, j: number, pa: number): NP | undefined {
  if (j < 0 || !/^[,:]$/.test(c.tokens[j + 1]?.text ?? '')) return undefined;
  let k = j;
  while (k > 0 && c.tokens[k - 1]!.start >= pa && !isTerminal(c, k - 1) && !c.quoted[k - 1] && !QUOTE_CHARS.test(c.tokens[k - 1]!.text) && j - k < 30) k--;
  if (k > 0 && c.tokens[k - 1]!.start >= pa && !isTerminal(c, k - 1)) return undefined; // not the sentence start
  const t = c.tokens[k]!;
  if (!/^[A-Z]/.test(t.text) || !isCue(c, k, 'direct', true)) return undefined;
  const np = rightSubject(c.tokens, k + 1, j + 1);
  if (!np || (np.end <= j && c.tokens[np.end]!.text !== ',')) return undefined;
  c.leadCue = k;
  c.usedCues.add(k);
  return np;
}

/** `X said:` ending the previous paragraph, the quote opening the next one. */
export function colon(c: Ctx, seg: QuoteSegment): NP | undefined {
  const p = paraIndex(c, seg.open);
  if (p === 0) return undefined;
  const first = tokenIndexAt(c.doc, seg.open);
  if (first > 0 && c.tokens[first - 1]!.start >= c.paraStarts[p]!) return undefined;
  const j = first - 1;
  if (j < 0 || c.tokens[j]!.text !== ':') return undefined;
  return colonSubject(c, j);
}

/** Who speaks the quote after "…:": a cue in the sentence before the colon, else its main verb's subject. */
export function colonSubject(c: Ctx, j: number): NP | undefined {
  // the whole sentence before the colon, quoted words included: "he joined others in pouncing on news that
  // … ''top secret,'' saying in a post: ''…''" is said by "he"
  let min = j;
  while (min > 0 && !isTerminal(c, min - 1)) min--;
  for (let k = j - 1; k >= min; k--) {
    if (isCue(c, k, 'direct', true) || isCue(c, k, 'indirect')) {
      // "Stated Stone:" puts the speaker after the verb
      const np = cueSubject(c, k, min) ?? rightSubject(c.tokens, k + 1, j);
      if (np) {
        if (!reportsBefore(c, k, j)) c.usedCues.add(k);
        return np;
      }
    }
  }
  // "When Barnes retired in 2004, Mayor Hale released the following statement:" - the verb nearest the colon
  for (let k = j - 1; k >= min; k--) {
    const t = c.tokens[k]!;
    if (t.pos !== 'VERB' || /^[A-Z]/.test(t.text)) continue;
    const np = leftSubject(c.tokens, k, min);
    if (np) return np;
  }
  // "More from Jones: “…”", "From the report: “…”": a source named after "from" just before the colon
  for (let k = j - 1; k >= min && j - k <= 6; k--) {
    if (lowAt(c, k) !== 'from') continue;
    const np = rightSubject(c.tokens, k + 1, j);
    if (np && np.end === j) return np;
  }
  return undefined;
}

const PREPOSITION_BEFORE_GERUND = /^(by|upon|after|before|while|when|without|in)$/i;

/** Subject of a participle cue ("…, saying: “…”"): the subject of the clause's main verb. */
export function participleSubject(c: Ctx, cue: number, min: number): NP | undefined {
  if (cue === 0) return undefined;
  let before = c.tokens[cue - 1]!.text;
  // '… defense of “New York values,” saying …': the comma inside the closing mark
  if (cue >= 2 && QUOTE_CHARS.test(before) && c.tokens[cue - 2]!.text === ',') before = ',';
  // "…, saying: “…”" and "She greeted supporters and told them that …": the clause's subject speaks
  const coordinated = before === 'and' || before === 'but';
  // "Ruiz punctuated her remarks by saying “Never again.”", "incurred boos upon saying, “…”": the same clause's subject
  const gerund = /ing$/.test(lowAt(c, cue));
  const afterPreposition = gerund && PREPOSITION_BEFORE_GERUND.test(before);
  // "stopped the meeting halfway through to announce, “…”": an infinitive of purpose, the clause's subject speaks
  // ("was prompted to say, “…”" has its own subject: leftSubject reads it)
  const infinitive = before === 'to' && c.tokens[cue + 1]?.text === ',' && !leftSubject(c.tokens, cue, min);
  if (!coordinated && !afterPreposition && !infinitive && (!gerund || before !== ',')) return undefined;
  // "Ryan and Trump will meet next week, Spicer said, adding, “…”": the speech verb just before speaks on
  if (!coordinated && cue >= 3 && c.tokens[cue - 2]!.text !== ',' && (isCue(c, cue - 2, 'direct', true) || isCue(c, cue - 2, 'indirect', true))) {
    const np = leftSubject(c.tokens, cue - 2, min) ?? rightSubject(c.tokens, cue - 1, cue - 1);
    if (np) return np;
  }
  for (let k = min; k < cue - 1; k++) {
    const t = c.tokens[k]!;
    if (c.quoted[k]) continue;
    // the first verb or auxiliary with a subject before it ("McConnell was quick to … and said …")
    if ((t.pos === 'VERB' || t.pos === 'AUX' || /^[a-z]+ed$/.test(t.text)) && !/^[A-Z]/.test(t.text)) {
      // '“…,” said Rep. Bobby Scott at the time, adding that …': an inverted speech verb's subject follows it
      const np = leftSubject(c.tokens, k, min) ?? (c.cueUse[k] ? rightSubject(c.tokens, k + 1, cue - 1) : undefined);
      // "Clinton, who was speaking to …, did not mention Trump, but told …": past the relative clause
      if (np && np.start === k - 1 && /^(who|which)$/i.test(c.tokens[np.start]!.text) && np.start > min + 1 && c.tokens[np.start - 1]!.text === ',') {
        let x = k + 1;
        while (x < cue - 1 && c.tokens[x]!.text !== ',') x++;
        if (x < cue - 2) {
          const main = leftSubject(c.tokens, np.start - 1, min);
          if (main) return main;
        }
      }
      if (np) return np;
    }
  }
  return undefined;
}

/** The subject of a cue: a participle's or coordinated verb's clause subject, else the phrase before it. */
export function cueSubject(c: Ctx, cue: number, min: number): NP | undefined {
  const p = participleSubject(c, cue, min);
  if (p) return p;
  const np = leftSubject(c.tokens, cue, min);
  if (np && np.start > min && c.tokens[cue]!.text.endsWith('ing')) {
    // "Her campaign sent out a memo saying …", "Trump released an ad calling …": the verb's subject
    let v = np.start - 1;
    if (v > min && c.tokens[v]!.pos === 'ADP') v--; // "put out"
    if (c.tokens[v]!.pos === 'VERB' && !c.cueUse[v]) return leftSubject(c.tokens, v, min) ?? np;
  }
  return np;
}

/** The nearest cue in the quote's sentence, before or after the quote: "X says the plan has “…”". */
export function sentenceCue(c: Ctx, seg: QuoteSegment): { np: NP; at: number; used: boolean } | undefined {
  const first = tokenIndexAt(c.doc, seg.open);
  const sent = c.doc.sentences[c.sentOf[Math.min(first, c.tokens.length - 1)]!];
  if (!sent) return undefined;
  // the outermost cue: in "Jealous said that he believed … “…”" the quoted words belong to what Jealous said
  // (the content still starts after the nearest cue: "… that he believed “…”")
  let found: { np: NP; at: number; used: boolean } | undefined;
  for (let k = first - 1; k >= sent.tokenStart; k--) {
    if (!isCue(c, k, 'direct') && !isCue(c, k, 'indirect') && !isCue(c, k, 'mixed')) continue;
    const np = cueSubject(c, k, sent.tokenStart);
    // the cue stays free for the indirect quote around this fragment
    // the nearest cue's own subject, unless it is a pronoun inside an outer report ("Jealous said that he
    // believed … “…”": Jealous's words); its content still starts after the nearest cue
    if (np && (!found || pronounNP(c, found.np))) found = { np, at: found ? found.at : k, used: found ? found.used : c.usedCues.has(k) };
  }
  return found;
}

/** A quote right after a colon in its own paragraph: "From the report: “…”", "He released a statement: “…”". */
export function colonBefore(c: Ctx, seg: QuoteSegment): NP | undefined {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j < 0 || c.tokens[j]!.text !== ':' || c.tokens[j]!.start < c.paraStarts[paraIndex(c, seg.open)]!) return undefined;
  return colonSubject(c, j);
}

/** The speaker of the sentence before the quote's ("Bolton said he would … . “I’m going to support him.”"). */
export function previousSentenceSpeaker(c: Ctx, seg: QuoteSegment): NP | undefined {
  const first = tokenIndexAt(c.doc, seg.open);
  const si = c.sentOf[Math.min(first, c.tokens.length - 1)]! - (first < c.tokens.length && c.tokens[first]!.start >= seg.open ? 1 : 0);
  const prev = c.doc.sentences[si];
  if (!prev || paraIndex(c, seg.open) - paraIndex(c, prev.start) > 1) return undefined;
  for (let k = prev.tokenEnd - 1; k >= prev.tokenStart; k--) {
    if (c.quoted[k]) return undefined; // a quoted sentence: its own speaker was tried already
    if (!isCue(c, k, 'direct') && !isCue(c, k, 'indirect')) continue;
    const np = cueSubject(c, k, prev.tokenStart);
    if (np) return np;
  }
  return undefined;
}

/** Last resort for a quote without attribution: the subject of the first verb before it in its sentence
 *  ("Moore thanked him for “…”", "The ad targets a “…”"): whoever speaks through that verb. */
export function governingSubject(c: Ctx, first: number): NP | undefined {
  if (first >= c.tokens.length) return undefined;
  const sent = c.doc.sentences[c.sentOf[first]!];
  if (!sent) return undefined;
  for (let k = sent.tokenStart; k < first; k++) {
    const t = c.tokens[k]!;
    if (c.quoted[k]) return undefined;
    if (t.pos !== 'VERB' || /^[A-Z]/.test(t.text)) continue;
    return leftSubject(c.tokens, k, sent.tokenStart);
  }
  return undefined;
}

const pronounNP = (c: Ctx, np: NP): boolean => np.end - np.start === 1 && c.tokens[np.start]!.pos === 'PRON' && !/^(who|which)$/i.test(c.tokens[np.start]!.text);

/** A digest's all-capitals headline right before the quote ("SENATE’S FINAL BUDGET VOTE “…” [Politico.]"):
 *  the item the quote is taken from. */
export function headline(c: Ctx, seg: QuoteSegment): NP | undefined {
  const pa = c.paraStarts[paraIndex(c, seg.open)]!;
  const end = tokenIndexAt(c.doc, seg.open);
  let a = end;
  while (a > 0 && c.tokens[a - 1]!.start >= pa && !/\p{Ll}/u.test(c.tokens[a - 1]!.text) && !TERMINAL.has(c.tokens[a - 1]!.text)) a--;
  let letters = 0;
  for (let k = a; k < end; k++) if (/\p{Lu}/u.test(c.tokens[k]!.text)) letters++;
  return letters >= 3 && c.tokens[a]!.start === pa ? { start: a, end } : undefined;
}

/** "She adds that local farmers have two options: “…”": the cue at k opens a "that" clause that runs to the
 *  colon at j; the cue stays free to report that clause, which takes the quote with it (PolNeAR: one Content). */
function reportsBefore(c: Ctx, k: number, j: number): boolean {
  if (k + 1 >= j || lowAt(c, k + 1) !== 'that') return false;
  for (let x = k + 1; x < j; x++) if (c.quoted[x]) return false;
  return true;
}
