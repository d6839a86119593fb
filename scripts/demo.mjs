// npm start: ingest the bundled examples/ (and the seed article from ../shared when it is there) into ./dossier.db, show what came out, then serve the UI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(cli)) {
  console.error('dossier is not built yet: run "npm ci" (or "npm run build") first.');
  process.exit(1);
}
const db = process.env.DOSSIER_DB ?? 'dossier.db';
const run = (title, ...args) => {
  if (title) console.log(`\n== ${title}: dossier ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args, '--db', db], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 3) process.exit(r.status ?? 1);
};
const { sampleInputs } = await import(join(root, 'dist', 'src', 'util', 'paths.js'));
run('Ingest the sample articles', 'ingest', ...sampleInputs());
run('Events', 'events', '--limit', '40');
run('Actors', 'actors', '--limit', '20');
run('Quotes', 'quotes');
run('Full-text search for "Geneva"', 'search', 'Geneva');
console.log(`\nThe database is ${db}; on the command line try: npx dossier itinerary Blinken`);
run("The analyst's desk in the browser (open the address below; Ctrl-C stops)", 'serve', '--port', process.env.PORT ?? '8080');
