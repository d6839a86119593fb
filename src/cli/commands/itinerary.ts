// dossier itinerary NAME: where a person was on which dates, with the sentences that say so.
import { itinerary, type Stop } from '../../analyze/index.js';
import { dateOpt, dbOption, format, formatOption, str, UsageError, type Command } from '../command.js';
import { render, type Column } from '../output.js';
import { openExisting } from './query.js';

const columns: Column<Stop>[] = [
  ['date', (s) => s.date],
  ['place', (s) => s.place],
  ['country', (s) => s.country],
  ['lat', (s) => s.lat?.toFixed(4)],
  ['lon', (s) => s.lon?.toFixed(4)],
  ['evidence', (s) => `${s.evidence[0]?.sentence ?? ''}${s.evidence.length > 1 ? ` (+${s.evidence.length - 1})` : ''}`],
];

export const itineraryCmd: Command = {
  name: 'itinerary',
  usage: 'itinerary NAME [options]',
  summary: 'Where a person was on which dates (place, country, coordinates), each stop with its evidence sentences.',
  details: 'Stops come from the person\'s dated events with a place ("arrived in Kyiv", "meet Lavrov in Geneva"); a visit\n' +
    'to a country with no city named is placed in its capital. JSON: [{date, place, country, lat, lon, evidence}].',
  options: {
    db: dbOption, format: formatOption,
    from: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or after this date' },
    to: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or before this date' },
  },
  async run(o, args) {
    if (!args.length) throw new UsageError('itinerary needs a NAME (e.g. Blinken)');
    const fmt = format(o.format);
    const store = openExisting(str(o.db)!);
    try {
      const stops = itinerary(store.db, args.join(' '), { from: dateOpt(o.from, 'from'), to: dateOpt(o.to, 'to') });
      process.stdout.write(render(stops, fmt, columns));
    } finally {
      store.close();
    }
    return 0;
  },
};
