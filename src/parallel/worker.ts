// Worker thread: runs the pure pipeline on articles sent by the pool.
import { parentPort, workerData } from 'node:worker_threads';
import { annotate } from '../pipeline.js';
import type { Article } from '../model/index.js';
import { KnownActors, useDictionaries } from '../actors/index.js';
import type { PipelineSetup } from './pool.js';

const setup = (workerData ?? {}) as PipelineSetup;
useDictionaries(setup.dictionaries ?? []);
const ctx = { known: new KnownActors(setup.known ?? []) };

parentPort!.on('message', (msg: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, annotation: annotate(msg.article, ctx) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
