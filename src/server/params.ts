// Query parameters: one declarative spec per endpoint drives both validation (a bad value is a 400 with a
// message, never a 500) and the OpenAPI document, so the two cannot drift apart.

export type ParamSpec =
  | { type: 'string'; description: string; required?: boolean; maxLength?: number; pattern?: RegExp; example?: string }
  | { type: 'integer'; description: string; required?: boolean; min: number; max: number; default?: number }
  | { type: 'date'; description: string; required?: boolean }
  | { type: 'enum'; description: string; required?: boolean; values: readonly string[]; default?: string };

export type ParamSpecs = Record<string, ParamSpec>;

/** A client mistake: becomes a 4xx JSON answer with this message. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

// Shared parameter definitions: the CLI's filters, in HTTP form.
export const P = {
  actor: { type: 'string', description: 'actor name part or CAMEO code prefix (Blinken, USA, RUSGOV)', maxLength: 200, example: 'Blinken' },
  from: { type: 'date', description: 'only on or after this day (YYYY-MM-DD)' },
  to: { type: 'date', description: 'only on or before this day (YYYY-MM-DD)' },
  limit: { type: 'integer', description: `page size (1-${MAX_LIMIT})`, min: 1, max: MAX_LIMIT, default: DEFAULT_LIMIT },
  offset: { type: 'integer', description: 'rows to skip (pagination)', min: 0, max: 1_000_000, default: 0 },
} satisfies ParamSpecs;

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Validate a parsed querystring against specs; unknown parameters are rejected so a typo is not silently ignored. */
export function parseQuery(specs: ParamSpecs, raw: unknown): Record<string, string | number | undefined> {
  const q = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, string | number | undefined> = {};
  for (const key of Object.keys(q)) {
    if (!Object.hasOwn(specs, key)) {
      const known = Object.keys(specs);
      throw new HttpError(400, `unknown parameter "${key}"${known.length ? ` (known: ${known.join(', ')})` : ' (this endpoint takes none)'}`);
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = parseOne(name, spec, q[name]);
  }
  if (typeof out.from === 'string' && typeof out.to === 'string' && out.from > out.to) {
    throw new HttpError(400, `"from" (${out.from}) is after "to" (${out.to})`);
  }
  return out;
}

function parseOne(name: string, spec: ParamSpec, v: unknown): string | number | undefined {
  if (Array.isArray(v)) throw new HttpError(400, `parameter "${name}" is given more than once`);
  if (v === undefined || v === '') {
    if (spec.required) throw new HttpError(400, `parameter "${name}" is required: ${spec.description}`);
    return 'default' in spec ? spec.default : undefined;
  }
  const s = String(v);
  switch (spec.type) {
    case 'string':
      if (s.length > (spec.maxLength ?? 200)) throw new HttpError(400, `parameter "${name}" is longer than ${spec.maxLength ?? 200} characters`);
      if (CONTROL.test(s)) throw new HttpError(400, `parameter "${name}" contains control characters`);
      if (spec.pattern && !spec.pattern.test(s)) throw new HttpError(400, `parameter "${name}" must match ${spec.pattern.source}, not ${JSON.stringify(s)}`);
      return s;
    case 'integer': {
      if (!/^-?\d{1,10}$/.test(s)) throw new HttpError(400, `parameter "${name}" must be a whole number, not ${JSON.stringify(s.slice(0, 40))}`);
      const n = Number(s);
      if (n < spec.min || n > spec.max) throw new HttpError(400, `parameter "${name}" must be between ${spec.min} and ${spec.max}, not ${n}`);
      return n;
    }
    case 'date':
      if (!isDay(s)) throw new HttpError(400, `parameter "${name}" must be a date YYYY-MM-DD, not ${JSON.stringify(s.slice(0, 40))}`);
      return s;
    case 'enum':
      if (!spec.values.includes(s)) throw new HttpError(400, `parameter "${name}" must be one of ${spec.values.join(', ')}, not ${JSON.stringify(s.slice(0, 40))}`);
      return s;
  }
}

/** A real calendar day in YYYY-MM-DD form (2022-02-30 is not). */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** OpenAPI 3 parameter objects for a spec. */
export function openapiParams(specs: ParamSpecs, where: 'query' | 'path' = 'query'): unknown[] {
  return Object.entries(specs).map(([name, s]) => ({
    name, in: where, required: where === 'path' || !!s.required, description: s.description,
    schema: schemaOf(s),
  }));
}

function schemaOf(s: ParamSpec): Record<string, unknown> {
  switch (s.type) {
    case 'string':
      return { type: 'string', maxLength: s.maxLength ?? 200, ...(s.pattern ? { pattern: s.pattern.source } : {}), ...(s.example ? { example: s.example } : {}) };
    case 'integer':
      return { type: 'integer', minimum: s.min, maximum: s.max, ...(s.default !== undefined ? { default: s.default } : {}) };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'enum':
      return { type: 'string', enum: s.values, ...(s.default !== undefined ? { default: s.default } : {}) };
  }
}
