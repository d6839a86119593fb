// A user dictionary file read once (in the main thread) and handed to every pipeline worker.
import { resolve } from 'node:path';
import { addActors, loadActorFile } from './actorfile.js';
import type { ActorEntry } from './types.js';

export interface Dictionary {
  path: string;
  /** PETRARCH files write names in capitals, so they match regardless of case. */
  caseless: boolean;
  entries: ActorEntry[];
}

export function readDictionary(path: string): Dictionary {
  let entries: ActorEntry[];
  try {
    entries = loadActorFile(path);
  } catch (err) {
    throw new Error(`${path}: cannot read actor dictionary: ${(err as Error).message}`);
  }
  if (!entries.length) throw new Error(`${path}: no actor entries found (expected YAML, CSV/TSV or PETRARCH .actors.txt)`);
  return { path: resolve(path), caseless: !/\.(ya?ml|csv|tsv|json)$/i.test(path), entries };
}

export function useDictionaries(dicts: readonly Dictionary[]): void {
  for (const d of dicts) addActors(d.entries, { caseless: d.caseless });
}
