// Writes rows as table, json, jsonl or csv. Table and csv use the same column definitions.
export type Format = 'table' | 'json' | 'jsonl' | 'csv';
export const FORMATS: Format[] = ['table', 'json', 'jsonl', 'csv'];

export type Column<R> = [header: string, get: (row: R) => unknown];

export function render<R>(rows: R[], format: Format, columns: Column<R>[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'jsonl':
      return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
    case 'csv':
      return [columns.map(([h]) => csvCell(h)).join(','), ...rows.map((r) => columns.map(([, get]) => csvCell(cell(get(r)))).join(','))].join('\n') + '\n';
    case 'table':
      return table(rows, columns);
  }
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  return String(v);
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const MAX_WIDTH = 60;

function table<R>(rows: R[], columns: Column<R>[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cells = rows.map((r) => columns.map(([, get]) => clip(cell(get(r)).replace(/\s+/g, ' '))));
  const widths = columns.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns.map(([h]) => h)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

function clip(s: string): string {
  return s.length > MAX_WIDTH ? s.slice(0, MAX_WIDTH - 1) + '…' : s;
}
