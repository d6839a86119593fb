// Read-only commands over the store: events, actors, quotes, search.
import { existsSync } from 'node:fs';
import { Store, type ActorRow, type EventRow, type Filter, type QuoteRow, type SearchHit } from '../../store/index.js';
import { dateOpt, dbOption, filterOptions, format, formatOption, intOpt, str, UsageError, type Command } from '../command.js';
import { render, type Column } from '../output.js';
import { readDictionary } from '../../actors/index.js';
import { GDELT_COLUMNS, toGdeltLine } from '../../events/gdelt.js';
import { attachFusion, fusedEvents, type FusedEvent } from '../../fuse/index.js';

export function openExisting(db: string): Store {
  if (!existsSync(db)) throw new UsageError(`no database at ${db}: run "dossier ingest PATH" first, or pass --db FILE`);
  return new Store(db);
}

function commonFilter(o: Record<string, unknown>): Filter {
  return {
    actor: str(o.actor), from: dateOpt(o.from, 'from'), to: dateOpt(o.to, 'to'),
    limit: intOpt(o.limit, 'limit', 1), offset: intOpt(o.offset, 'offset'),
  };
}

const arg = (a: EventRow['source']) => (a ? a.code || a.text : '');

const eventColumns: Column<EventRow>[] = [
  ['date', (e) => e.date ?? e.articleDate],
  ['cameo', (e) => e.cameo],
  ['plover', (e) => e.plover],
  ['fact', (e) => e.factuality],
  ['source', (e) => arg(e.source)],
  ['target', (e) => arg(e.target)],
  ['place', (e) => e.location?.name],
  ['trigger', (e) => e.trigger.text],
  ['article', (e) => e.article],
  ['reports', (e) => (e.articles === undefined ? undefined : `${e.articles}/${e.sources}`)],
];

// One row per real-world event (src/fuse): reports = distinct articles / outlets.
const fusedColumns: Column<FusedEvent>[] = [
  ['date', (e) => e.date ?? e.day],
  ['cameo', (e) => e.cameo],
  ['plover', (e) => e.plover],
  ['fact', (e) => e.factuality],
  ['source', (e) => e.source?.code],
  ['target', (e) => e.target?.code],
  ['place', (e) => e.location?.name],
  ['mentions', (e) => e.mentions],
  ['articles', (e) => e.articles],
  ['sources', (e) => e.sources],
  ['first', (e) => e.firstReported],
  ['last', (e) => e.lastReported],
  ['id', (e) => e.id],
];

export const events: Command = {
  name: 'events',
  usage: 'events [options]',
  summary: 'List coded events (who did what to whom, when, where) with their provenance.',
  options: {
    db: dbOption,
    format: { ...formatOption, help: formatOption.help + '|gdelt' },
    ...filterOptions,
    source: { type: 'string', arg: 'NAME|CODE', help: 'only events with this source actor' },
    target: { type: 'string', arg: 'NAME|CODE', help: 'only events with this target actor' },
    cameo: { type: 'string', arg: 'CODE', help: 'CAMEO code or prefix (04 = consult)' },
    plover: { type: 'string', arg: 'TYPE', help: 'PLOVER category (CONSULT, REQUEST, ...)' },
    quad: { type: 'string', arg: '1-4', help: 'quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict' },
    factuality: { type: 'string', arg: 'F', help: 'asserted|future|hypothetical|negated|reported' },
    fused: { type: 'boolean', help: 'one row per real-world event (mentions fused across articles) with report counts' },
  },
  async run(o) {
    const gdelt = o.format === 'gdelt';
    const fmt = gdelt ? 'table' : format(o.format);
    const quad = intOpt(o.quad, 'quad', 1);
    if (quad !== undefined && quad > 4) throw new UsageError('--quad must be 1, 2, 3 or 4');
    const fact = str(o.factuality);
    if (fact && !['asserted', 'future', 'hypothetical', 'negated', 'reported'].includes(fact)) {
      throw new UsageError(`--factuality must be asserted, future, hypothetical, negated or reported, not "${fact}"`);
    }
    const filter = { ...commonFilter(o), source: str(o.source), target: str(o.target), cameo: str(o.cameo), plover: str(o.plover), quad, factuality: fact };
    const store = openExisting(String(o.db));
    try {
      if (o.fused && !gdelt) {
        process.stdout.write(render(fusedEvents(store.db, filter), fmt, fusedColumns));
        return 0;
      }
      const rows = attachFusion(store.db, store.events(filter));
      process.stdout.write(gdelt ? gdeltRows(rows) : render(rows, fmt, eventColumns));
    } finally {
      store.close();
    }
    return 0;
  },
};

/** GDELT 2.0 event-table columns (src/events/gdelt.ts), tab-separated with a header line. */
function gdeltRows(rows: EventRow[]): string {
  const lines = rows.map((e) => toGdeltLine({ id: e.article, date: e.articleDate, text: '', url: e.articleUrl ?? e.article }, e, e.id));
  return [GDELT_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}

const actorColumns: Column<ActorRow>[] = [
  ['code', (a) => a.code],
  ['name', (a) => a.name],
  ['roles', (a) => a.roles.map((r) => r.role)],
  ['mentions', (a) => a.mentions],
  ['articles', (a) => a.articles],
  ['first_seen', (a) => a.first_seen],
  ['last_seen', (a) => a.last_seen],
];

export const actors: Command = {
  name: 'actors',
  usage: 'actors [show NAME | import FILE...] [options]',
  summary: 'List the actors seen in the corpus (code, name, roles with dates, mentions, first and last seen), show one, or import a dictionary.',
  details: [
    '  actors show NAME      one actor with its roles and the dates they were seen',
    '  actors import FILE... keep user actor dictionaries (YAML, CSV/TSV, PETRARCH/Phoenix .actors.txt with',
    '                        date-restricted codes) in the database; every later ingest uses them',
  ].join('\n'),
  options: { db: dbOption, format: formatOption, ...filterOptions },
  async run(o, args) {
    const fmt = format(o.format);
    let filter = commonFilter(o);
    if (args[0] === 'import') {
      if (!args[1]) throw new UsageError('actors import needs at least one FILE');
      const dicts = args.slice(1).map(readDictionary);
      const store = new Store(String(o.db));
      try {
        for (const d of dicts) {
          store.importDictionary(d);
          process.stdout.write(`imported ${d.entries.length} actors from ${d.path}\n`);
        }
      } finally {
        store.close();
      }
      return 0;
    }
    if (args[0] === 'show') {
      if (!args[1]) throw new UsageError('actors show needs a NAME');
      filter = { ...filter, actor: args.slice(1).join(' ') };
    } else if (args.length) throw new UsageError(`unknown actors subcommand "${args[0]}" (expected: show NAME, import FILE)`);
    const store = openExisting(String(o.db));
    try {
      const rows = store.actors(filter);
      if (args[0] === 'show' && rows.length === 0) {
        process.stderr.write(`dossier: no actor matches "${filter.actor}"\n`);
        return 1;
      }
      if (args[0] === 'show' && fmt === 'table') process.stdout.write(rows.map(showActor).join('\n'));
      else process.stdout.write(render(rows, fmt, actorColumns));
    } finally {
      store.close();
    }
    return 0;
  },
};

function showActor(a: ActorRow): string {
  const roles = a.roles.map((r) => `  ${r.role} (${r.first_seen} – ${r.last_seen})`);
  return [`${a.name}  [${a.code}]${a.type ? `  ${a.type}` : ''}`, `  mentions ${a.mentions} in ${a.articles} articles, seen ${a.first_seen} – ${a.last_seen}`,
    ...(roles.length ? ['  roles:', ...roles.map((r) => '  ' + r)] : []), ''].join('\n');
}

const quoteColumns: Column<QuoteRow>[] = [
  ['date', (q) => q.articleDate],
  ['speaker', (q) => q.speaker?.name ?? q.speaker?.text],
  ['code', (q) => q.speaker?.code],
  ['kind', (q) => q.kind],
  ['quote', (q) => q.text],
  ['article', (q) => q.article],
];

export const quotes: Command = {
  name: 'quotes',
  usage: 'quotes [options]',
  summary: 'List attributed quotations with their speakers.',
  options: {
    db: dbOption, format: formatOption, ...filterOptions,
    speaker: { type: 'string', arg: 'NAME|CODE', help: 'only quotes by this speaker' },
    search: { type: 'string', arg: 'TEXT', help: 'only quotes containing TEXT' },
  },
  async run(o) {
    const fmt = format(o.format);
    const filter = { ...commonFilter(o), speaker: str(o.speaker), search: str(o.search) };
    const store = openExisting(String(o.db));
    try {
      process.stdout.write(render(store.quotes(filter), fmt, quoteColumns));
    } finally {
      store.close();
    }
    return 0;
  },
};

const hitColumns: Column<SearchHit>[] = [
  ['date', (h) => h.date],
  ['article', (h) => h.id],
  ['title', (h) => h.title],
  ['snippet', (h) => h.snippet],
];

export const search: Command = {
  name: 'search',
  usage: 'search TEXT [options]',
  summary: 'Full-text search over the stored articles (FTS5; words are ANDed, "quoted phrases" and OR work).',
  options: { db: dbOption, format: formatOption, ...filterOptions },
  async run(o, args) {
    if (!args.length) throw new UsageError('search needs TEXT');
    const fmt = format(o.format);
    const filter = commonFilter(o);
    const store = openExisting(String(o.db));
    try {
      process.stdout.write(render(store.search(args.join(' '), filter), fmt, hitColumns));
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_ERROR') throw new UsageError(`cannot search for ${JSON.stringify(args.join(' '))}: ${(err as Error).message}`);
      throw err;
    } finally {
      store.close();
    }
    return 0;
  },
};
