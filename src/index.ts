// Dossier as a library: the pipeline, the readers, the store and the data model.
export * from './model/index.js';
export type { Mention, EntityLayer, TimeLayer } from './model/layers.js';
export { annotate } from './pipeline.js';
export { analyzeText } from './text/index.js';
export { readInputs, contentHash } from './ingest/index.js';
export { InputError } from './ingest/errors.js';
export { annotateAll, defaultWorkers } from './parallel/pool.js';
export { Store } from './store/index.js';
export type { Filter, EventRow, QuoteRow, ActorRow, SearchHit, Stats, StoredInput } from './store/index.js';
