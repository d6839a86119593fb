// dossier fuse: bring cross-article fusion up to date (ingest does this already), or redo it from scratch.
import { fuseNew, refuse } from '../../fuse/index.js';
import { dbOption, str, type Command } from '../command.js';
import { openExisting } from './query.js';

export const fuseCmd: Command = {
  name: 'fuse',
  usage: 'fuse [--rebuild] [options]',
  summary: 'Fuse event mentions across articles into real-world events and mark near-duplicate articles.',
  details: 'Ingest and the read commands fuse new articles incrementally, so this is only needed with --rebuild\n' +
    '(after articles were deleted, or to apply changed fusion rules to everything).',
  options: {
    db: dbOption,
    rebuild: { type: 'boolean', help: 'forget all fusion and redo it from the stored mentions' },
  },
  async run(o) {
    const store = openExisting(str(o.db)!);
    try {
      const t0 = Date.now();
      const s = o.rebuild ? refuse(store.db) : fuseNew(store.db);
      const total = store.db.prepare('SELECT count(*) FROM fused_events').pluck().get() as number;
      process.stdout.write(`fused ${s.mentions} new mentions into ${s.fused} events (${s.created} new); ${s.sketched} articles sketched, ` +
        `${s.duplicates} near-duplicates; ${total} fused events in all (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    } finally {
      store.close();
    }
    return 0;
  },
};
