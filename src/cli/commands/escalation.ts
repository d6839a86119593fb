// dossier escalation A [B]: the Goldstein-weighted series of events between two actors (or one and all).
import { escalation, type EscalationPoint } from '../../analyze/index.js';
import { dateOpt, dbOption, format, formatOption, str, UsageError, type Command } from '../command.js';
import { render, type Column } from '../output.js';
import { openExisting } from './query.js';

const columns: Column<EscalationPoint>[] = [
  ['period', (p) => p.period],
  ['events', (p) => p.events],
  ['goldstein', (p) => p.goldstein],
  ['mean', (p) => p.mean],
  ['q1', (p) => p.quad[0]],
  ['q2', (p) => p.quad[1]],
  ['q3', (p) => p.quad[2]],
  ['q4', (p) => p.quad[3]],
  ['a>b', (p) => `${p.ab.events} (${p.ab.goldstein})`],
  ['b>a', (p) => `${p.ba.events} (${p.ba.goldstein})`],
];

export const escalationCmd: Command = {
  name: 'escalation',
  usage: 'escalation A [B] [options]',
  summary: 'Escalation index: Goldstein-weighted series of fused events between A and B (both directions), or A and all.',
  details: 'A and B are CAMEO codes or prefixes (USA, RUSGOV) or name parts (Blinken). Columns q1-q4 count events per\n' +
    'quad class (verbal coop, material coop, verbal conflict, material conflict); a>b and b>a: events (Goldstein sum).',
  options: {
    db: dbOption, format: formatOption,
    by: { type: 'string', arg: 'day|week|month', default: 'week', help: 'period of the series' },
    from: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or after this date' },
    to: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or before this date' },
    reports: { type: 'boolean', help: 'weight each event by the number of articles reporting it' },
  },
  async run(o, args) {
    if (!args.length || args.length > 2) throw new UsageError('escalation needs one or two actors: A [B]');
    const by = str(o.by) ?? 'week';
    if (!['day', 'week', 'month'].includes(by)) throw new UsageError(`--by must be day, week or month, not "${by}"`);
    const fmt = format(o.format);
    const store = openExisting(str(o.db)!);
    try {
      const rows = escalation(store.db, args[0]!, args[1], {
        by: by as 'day' | 'week' | 'month', from: dateOpt(o.from, 'from'), to: dateOpt(o.to, 'to'), weightByReports: !!o.reports,
      });
      process.stdout.write(render(rows, fmt, columns));
    } finally {
      store.close();
    }
    return 0;
  },
};
