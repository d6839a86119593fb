// Types of the actor knowledge base.
import type { EntityType } from '../model/index.js';

/** One code an actor holds, optionally restricted to a date range (YYYY-MM-DD, inclusive, open when absent). */
export interface ActorCode {
  code: string;
  role?: string;
  from?: string;
  to?: string;
}

/** A dictionary entry: from lexicon/actors, a user dictionary (YAML/CSV) or a PETRARCH .actors.txt file. */
export interface ActorEntry {
  name: string;
  aliases?: string[];
  codes: ActorCode[];
  /** PER for people, ORG, GPE, LOC; guessed when absent (dated codes or a role -> PER, else ORG). */
  type?: EntityType;
  gender?: 'm' | 'f';
}

/** An actor learned from the corpus: a person seen with a title that gives their code. */
export interface LearnedActor {
  name: string;
  code: string;
  role?: string;
  /** Date of the article it was seen in (YYYY-MM-DD). */
  date: string;
  /** Last date seen, when merged from several sightings. */
  lastSeen?: string;
}

/** A place as lookupPlace returns it. */
export interface Place {
  name: string;
  /** ISO 3166 alpha-3. */
  country: string;
  lat: number;
  lon: number;
}
