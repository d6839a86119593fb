// Worker thread: runs the pure pipeline on articles sent by the pool.
import { parentPort } from 'node:worker_threads';
import { annotate } from '../pipeline.js';
import type { Article } from '../model/index.js';

parentPort!.on('message', (msg: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, annotation: annotate(msg.article) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
