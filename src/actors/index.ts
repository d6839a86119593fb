// Actor knowledge base and resolution (issue 4): countries, cities, organisations, offices, people over time.
export { lookupActor, personRef, refForHit } from './lookup.js';
export { lookupPlace } from './places.js';
export { learnActors, KnownActors } from './learn.js';
export { loadActorFile, parseActorsTxt, parseActorCsv, parseActorYaml, addActors } from './actorfile.js';
export { codeAt, activeAt, countries, hitsFor } from './kb.js';
export type { ActorCode, ActorEntry, LearnedActor, Place } from './types.js';
export { readDictionary, useDictionaries, type Dictionary } from './dictionary.js';
