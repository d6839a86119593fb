// dossier serve: the JSON API and the browser UI over one database, read-only.
import { fuseNew } from '../../fuse/index.js';
import { buildServer, defaultWebRoot } from '../../server/index.js';
import { Store } from '../../store/index.js';
import { dbOption, intOpt, str, UsageError, type Command } from '../command.js';
import { openExisting } from './query.js';

export const serve: Command = {
  name: 'serve',
  usage: 'serve [--db FILE] [--port 8080] [--host 127.0.0.1]',
  summary: 'Serve the JSON API (/api/..., /openapi.json) and the browser UI over the database.',
  details: [
    'Listens on 127.0.0.1 unless --host says otherwise (0.0.0.0 exposes it to the network). The database is',
    'opened read-only: an ingest may run beside the server, and answers follow it. Stop with Ctrl-C.',
  ].join('\n'),
  options: {
    db: dbOption,
    port: { type: 'string', arg: 'N', default: '8080', help: 'TCP port (0 = any free port)' },
    host: { type: 'string', arg: 'ADDR', default: '127.0.0.1', help: 'address to listen on' },
    web: { type: 'string', arg: 'DIR', help: `folder of the built UI (default: ${defaultWebRoot})` },
    log: { type: 'boolean', help: 'log every request (JSON lines on stdout)' },
    'no-cache': { type: 'boolean', help: 'do not keep JSON answers between requests (they are kept until the database changes)' },
  },
  async run(o) {
    const port = intOpt(o.port, 'port');
    if (port === undefined || port > 65535) throw new UsageError('--port must be between 0 and 65535');
    const db = String(o.db);
    // Once writable: migrate an older database (with a clear message when there is none) and fuse pending events,
    // then serve from a read-only handle so no request can ever change the data.
    const rw = openExisting(db);
    try {
      fuseNew(rw.db);
    } finally {
      rw.close();
    }
    const store = new Store(db, { readonly: true });
    const app = buildServer(store, { webRoot: str(o.web), logger: !!o.log, cache: !o['no-cache'] });
    try {
      await app.listen({ port, host: str(o.host) ?? '127.0.0.1' });
    } catch (err) {
      store.close();
      throw new Error(`cannot listen on ${o.host}:${port}: ${(err as Error).message}`);
    }
    const addr = app.server.address();
    const url = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}/` : String(addr);
    process.stdout.write(`Dossier is serving ${db} at ${url}  (API: ${url}api/stats, ${url}openapi.json; Ctrl-C stops)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void app.close().then(() => {
          store.close();
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
