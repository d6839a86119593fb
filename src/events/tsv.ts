// Reads the tab-separated lexicon files: '#' comments, a header line, '-' for an empty cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from '../util/paths.js';

export function readTsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(lexiconDir, 'events', file), 'utf8');
  const rows: Record<string, string>[] = [];
  let header: string[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      const v = (cells[i] ?? '').trim();
      row[h] = v === '-' ? '' : v;
    });
    rows.push(row);
  }
  return rows;
}
