import { InputError } from './errors.js';

/** A real calendar date YYYY-MM-DD, or an InputError naming the file. */
export function checkDate(value: unknown, file: string, line?: number): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InputError(file, value === undefined || value === '' ? 'missing date (expected YYYY-MM-DD)' : `invalid date ${JSON.stringify(value)} (expected YYYY-MM-DD)`, line);
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InputError(file, `invalid date ${JSON.stringify(value)}: no such day`, line);
  }
  return value;
}
