#!/usr/bin/env node
// The dossier command line: dispatches to one subcommand; errors become messages and exit codes, not traces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { helpText, parse, UsageError, type Command } from './command.js';
import { ingest } from './commands/ingest.js';
import { annotateCmd } from './commands/annotate.js';
import { actors, events, quotes, search } from './commands/query.js';
import { itineraryCmd } from './commands/itinerary.js';
import { timelineCmd } from './commands/timeline.js';
import { escalationCmd } from './commands/escalation.js';
import { networkCmd } from './commands/network.js';
import { fuseCmd } from './commands/fuse.js';
import { serve } from './commands/serve.js';
import { repoRoot } from '../util/paths.js';

const commands: Command[] = [ingest, annotateCmd, events, actors, quotes, search, serve,
  fuseCmd, itineraryCmd, timelineCmd, escalationCmd, networkCmd];

function mainHelp(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return ['Usage: dossier COMMAND [options]', '',
    'Dossier turns dated news articles into a queryable record of who did what to whom, when and where.', '',
    'Commands:', ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`), '',
    'Run "dossier COMMAND --help" for the options of one command.', ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version + '\n');
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`dossier: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const { opts, args } = parse(cmd, rest);
    if (opts.help) {
      process.stdout.write(helpText(cmd));
      return 0;
    }
    return await cmd.run(opts, args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`dossier ${cmd.name}: ${err.message}\nUsage: dossier ${cmd.usage} (see --help)\n`);
      return 2;
    }
    process.stderr.write(`dossier ${cmd.name}: ${(err as Error).message}\n`);
    return 1;
  }
}

// A closed pipe (dossier events | head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
