// A subcommand: its options (with help text), and what it runs. Help is generated from the definitions.
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from './output.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  arg?: string;
  help: string;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  details?: string;
  run(opts: Record<string, string | boolean | string[] | undefined>, args: string[]): Promise<number>;
}

/** A usage mistake: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}

export function parse(cmd: Command, argv: string[]): { opts: Record<string, string | boolean | string[] | undefined>; args: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [k, o] of Object.entries(cmd.options)) {
    options[k] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    for (const [k, o] of Object.entries(cmd.options)) if (values[k] === undefined && o.default !== undefined) values[k] = o.default;
    return { opts: values as Record<string, string | boolean | string[] | undefined>, args: positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^.*?: /, ''));
  }
}

export function helpText(cmd: Command): string {
  const rows = Object.entries(cmd.options).map(([k, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${k}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
    const def = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : '';
    return [flag, o.help + def] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const w = Math.max(...rows.map(([f]) => f.length));
  return [`Usage: dossier ${cmd.usage}`, '', cmd.summary, ...(cmd.details ? ['', cmd.details] : []), '', 'Options:',
    ...rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`), ''].join('\n');
}

// Options several commands share.
export const dbOption: OptionSpec = { type: 'string', arg: 'FILE', default: './dossier.db', help: 'SQLite database' };
export const formatOption: OptionSpec = { type: 'string', arg: 'FMT', default: 'table', help: `output format: ${FORMATS.join('|')}` };
export const filterOptions: Record<string, OptionSpec> = {
  actor: { type: 'string', arg: 'NAME|CODE', help: 'only rows involving this actor (name part or code prefix, e.g. Blinken, USA, RUSGOV)' },
  from: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or after this date' },
  to: { type: 'string', arg: 'YYYY-MM-DD', help: 'only on or before this date' },
  limit: { type: 'string', arg: 'N', default: '100', help: 'at most N rows' },
  offset: { type: 'string', arg: 'N', help: 'skip the first N rows' },
};

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function format(v: unknown): Format {
  const f = str(v) ?? 'table';
  if (!(FORMATS as string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${f}"`);
  return f as Format;
}

export function dateOpt(v: unknown, name: string): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${s}"`);
  return s;
}

export function intOpt(v: unknown, name: string, min = 0): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s) || Number(s) < min) throw new UsageError(`--${name} must be a whole number >= ${min}, not "${s}"`);
  return Number(s);
}
