// The types every stage shares. Offsets are UTF-16 code-unit indices into Article.text, end exclusive.

/** A dated news article, as every reader produces it. */
export interface Article {
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One token of the text layer. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (wink-nlp): NOUN, VERB, PROPN, ... */
  pos: string;
  /** Lower-case lemma (approximate for unknown words). */
  lemma: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token in Doc.tokens and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** The text layer every later stage reads: tokens and sentences over one article. */
export interface Doc {
  article: Article;
  tokens: Token[];
  sentences: Sentence[];
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';

/** An actor as CAMEO codes it: country (ISO alpha-3) plus optional sector, or IGO... */
export interface ActorRef {
  code: string;
  name: string;
}

export interface Entity extends Span {
  type: EntityType;
  actor?: ActorRef;
  /** Index of the mention chain this entity belongs to (same real-world referent in this article). */
  chain?: number;
  /** A role or title attached to the mention ("Foreign Minister"). */
  role?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  type: TimexType;
  /** TimeML value: 2022-01-18, 2022-W02, P1M, PRESENT_REF, XXXX-WXX-1 ... */
  value: string;
}

export type Factuality = 'asserted' | 'future' | 'hypothetical' | 'negated' | 'reported';

export interface EventArgument extends Span {
  code: string;
  name?: string;
}

export interface EventLocation extends Span {
  name: string;
  /** ISO alpha-3 country code. */
  country: string;
  lat?: number;
  lon?: number;
}

export interface Event {
  cameo: string;
  plover: string;
  mode?: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  factuality: Factuality;
  date?: string;
  trigger: Span;
  source: EventArgument | null;
  target: EventArgument | null;
  location?: EventLocation;
  sentence: { start: number; end: number };
}

export interface QuoteSpeaker extends Span {
  name?: string;
  code?: string;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  speaker: QuoteSpeaker | null;
  /** Index shared by the parts of one attribution (a split quote's parts, the quoted sentences that continue
   *  it), counted from 0 within the article; absent when the quote stands alone without a speaker. */
  attribution?: number;
}

/** Everything the pipeline finds in one article. */
export interface Annotation {
  /** The inferred time of writing, YYYY-MM-DD. */
  anchor: string;
  entities: Entity[];
  timexes: Timex[];
  events: Event[];
  quotes: Quote[];
}

/** The annotate --format jsonl output record: the input fields plus the annotation. */
export type AnnotatedArticle = Article & Annotation;
