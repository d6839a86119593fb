// Cross-article event fusion: one real-world event, many mentions. Library entry points for the CLI and server.
export { fuseNew, refuse, recount, hasFusion, DUPLICATE_SIMILARITY, type FuseStats } from './store.js';
export { fusedEvents, fusedEvent, mentionsOf, attachFusion, fusedFromRow,
  type FusedEvent, type FusedMention, type FusedFilter, type FusedActor } from './query.js';
export { matchScore, features, merge, actorAgreement, placeAgreement, dateAgreement, type Features, type Place } from './match.js';
export { Clusterer, type Cluster } from './cluster.js';
export { signature, similarity, bandKeys } from './minhash.js';
export { interval, addDays, daysBetween, type Interval } from './dates.js';
export { placeOf, capitalOf, isCountryName } from './place.js';
export { contentWords, overlap } from './words.js';
