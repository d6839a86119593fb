// dossier network: actors as nodes, edges weighted by fused events and signed by cooperation or conflict.
import { network, toGraphML, type NetworkEdge } from '../../analyze/index.js';
import { dateOpt, dbOption, intOpt, str, UsageError, type Command } from '../command.js';
import { render, type Column } from '../output.js';
import { openExisting } from './query.js';

const columns: Column<NetworkEdge>[] = [
  ['source', (e) => e.source],
  ['target', (e) => e.target],
  ['weight', (e) => e.weight],
  ['coop', (e) => e.cooperation],
  ['conflict', (e) => e.conflict],
  ['goldstein', (e) => e.goldstein],
  ['sign', (e) => e.sign],
];

const FORMATS = ['json', 'graphml', 'table', 'csv'];

export const networkCmd: Command = {
  name: 'network',
  usage: 'network [options]',
  summary: 'Actor network: actors as nodes, edges weighted by events and signed by cooperation or conflict.',
  details: 'json: {nodes: [{id, label, events}], edges: [{source, target, weight, cooperation, conflict, goldstein, sign}]};\n' +
    'graphml for Gephi, yEd or networkx; table and csv list the edges.',
  options: {
    db: dbOption,
    format: { type: 'string', arg: 'FMT', default: 'json', help: `output format: ${FORMATS.join('|')}` },
    from: { type: 'string', arg: 'YYYY-MM-DD', help: 'only events on or after this date' },
    to: { type: 'string', arg: 'YYYY-MM-DD', help: 'only events on or before this date' },
    'min-weight': { type: 'string', arg: 'N', default: '1', help: 'drop edges with fewer events' },
  },
  async run(o) {
    const fmt = str(o.format) ?? 'json';
    if (!FORMATS.includes(fmt)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${fmt}"`);
    const store = openExisting(str(o.db)!);
    try {
      const net = network(store.db, { from: dateOpt(o.from, 'from'), to: dateOpt(o.to, 'to'), minWeight: intOpt(o['min-weight'], 'min-weight', 1) });
      if (fmt === 'json') process.stdout.write(JSON.stringify(net, null, 2) + '\n');
      else if (fmt === 'graphml') process.stdout.write(toGraphML(net));
      else process.stdout.write(render(net.edges, fmt as 'table' | 'csv', columns));
    } finally {
      store.close();
    }
    return 0;
  },
};
