// dossier timeline: the N most important dates of the corpus (or of an actor or a query), one sentence each.
import { timeline, type TimelineEntry } from '../../analyze/index.js';
import { dateOpt, dbOption, format, formatOption, intOpt, str, type Command } from '../command.js';
import { render, type Column } from '../output.js';
import { openExisting } from './query.js';

const columns: Column<TimelineEntry>[] = [
  ['date', (e) => e.date],
  ['score', (e) => e.score],
  ['summary', (e) => e.summary],
  ['article', (e) => e.article],
];

export const timelineCmd: Command = {
  name: 'timeline',
  usage: 'timeline [options]',
  summary: 'The N most important dates of the corpus, an actor or a query, each with a one-sentence summary.',
  details: 'Dates are ranked by how many articles name them and report on them, and by their fused events.\n' +
    'JSON: [{date, summary, events}] in date order (plus score and the summary\'s article).',
  options: {
    db: dbOption, format: formatOption,
    actor: { type: 'string', arg: 'NAME|CODE', help: 'only articles involving this actor (name part or code prefix)' },
    query: { type: 'string', arg: 'TEXT', help: 'only articles matching this full-text query' },
    dates: { type: 'string', arg: 'N', default: '10', help: 'number of dates' },
    from: { type: 'string', arg: 'YYYY-MM-DD', help: 'only dates on or after this one' },
    to: { type: 'string', arg: 'YYYY-MM-DD', help: 'only dates on or before this one' },
  },
  async run(o) {
    const fmt = format(o.format);
    const store = openExisting(str(o.db)!);
    try {
      const rows = timeline(store.db, {
        actor: str(o.actor), query: str(o.query), dates: intOpt(o.dates, 'dates', 1),
        from: dateOpt(o.from, 'from'), to: dateOpt(o.to, 'to'),
      });
      process.stdout.write(render(rows, fmt, columns));
    } finally {
      store.close();
    }
    return 0;
  },
};
