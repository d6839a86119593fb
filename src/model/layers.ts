// Layers that stages hand to later stages inside the pipeline (not part of the JSON contract).
import type { ActorRef, Entity, EntityType, Span, Timex } from './index.js';

/** What the time stage gives later stages. */
export interface TimeLayer {
  /** Inferred time of writing, YYYY-MM-DD. */
  anchor: string;
  timexes: Timex[];
  /** Calendar value for the clause around a token: its own time expression, else anchor and tense. */
  dateAt(tokenIndex: number): string | undefined;
}

/** A mention of a participant: a name, a pronoun ("he") or a nominal ("his Russian counterpart"). */
export interface Mention extends Span {
  tokenStart: number;
  tokenEnd: number;
  kind: 'name' | 'pronoun' | 'nominal';
  type: EntityType;
  /** Mentions with the same chain refer to the same participant within the article. */
  chain: number;
  /** Canonical name of the referent ("Antony Blinken"), when known. */
  name?: string;
  actor?: ActorRef;
  role?: string;
}

/** What the entity and actor stages give later stages. */
export interface EntityLayer {
  entities: Entity[];
  mentions: Mention[];
  /** The mention covering a token, if any. */
  mentionAt(tokenIndex: number): Mention | undefined;
}
