// CAMEO code -> PLOVER category and mode, quad class and Goldstein score, from lexicon/events tables.
import { readTsv } from './tsv.js';

interface CameoInfo {
  plover: string;
  mode?: string;
}

const plover = new Map<string, CameoInfo>();
for (const r of readTsv('cameo-plover.tsv')) plover.set(r.cameo!, { plover: r.plover!, mode: r.mode || undefined });
const goldstein = new Map<string, number>();
for (const r of readTsv('goldstein.tsv')) goldstein.set(r.cameo!, Number(r.goldstein));

/** Walk up the code (0841 -> 084 -> 08) until the table knows it. */
function lookup<T>(map: Map<string, T>, code: string): T | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const v = map.get(c);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function isKnownCameo(code: string): boolean {
  return plover.has(code) || goldstein.has(code);
}

export function cameoInfo(code: string): { plover: string; mode?: string; quad: 1 | 2 | 3 | 4; goldstein: number } {
  const p = lookup(plover, code);
  return { plover: p?.plover ?? 'STATEMENT', mode: p?.mode, quad: quadClass(code), goldstein: lookup(goldstein, code) ?? 0 };
}

/** GDELT QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
export function quadClass(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}
