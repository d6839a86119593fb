// User dictionaries: PETRARCH/Phoenix .actors.txt, YAML and CSV. Each parses to ActorEntry[];
// addActors() merges entries into the knowledge base that lookupActor and recognizeEntities use.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { EntityType } from '../model/index.js';
import { addActorEntry } from './kb.js';
import type { ActorCode, ActorEntry } from './types.js';

/** Read a dictionary file; the format follows the extension (.yaml/.yml, .csv/.tsv, else PETRARCH). */
export function loadActorFile(path: string): ActorEntry[] {
  const text = readFileSync(path, 'utf8');
  const lower = path.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseActorYaml(text);
  if (lower.endsWith('.csv')) return parseActorCsv(text, ',');
  if (lower.endsWith('.tsv')) return parseActorCsv(text, '\t');
  if (lower.endsWith('.json')) return normalizeEntries(JSON.parse(text));
  return parseActorsTxt(text);
}

/** Merge entries into the knowledge base. PETRARCH names are upper case, so they match case-insensitively. */
export function addActors(entries: readonly ActorEntry[], opts: { caseless?: boolean } = {}): number {
  for (const e of entries) addActorEntry(e, 'user', opts.caseless ?? false);
  return entries.length;
}

// ---- PETRARCH / Phoenix / TABARI .actors.txt ----
// NAME_WITH_UNDERSCORES_ [CODE] [CODE YYMMDD-YYMMDD] [CODE >YYYYMMDD] [CODE <YYYYMMDD]  # comment
// +SYNONYM_          (adds a name to the entry above)
//     [CODE ...]     (indented code lines belong to the entry above)
// Dates are YYMMDD (TABARI; two-digit years below 30 are 20xx) or YYYYMMDD. [---] means "no code".

const CODE_RE = /\[([^\]]*)\]/g;

function petrarchDate(d: string): string | undefined {
  const s = d.trim();
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    return `${yy < 30 ? 2000 + yy : 1900 + yy}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  }
  if (/^\d{7}$/.test(s)) return `${s.slice(0, 4)}-0${s.slice(4, 5)}-${s.slice(5, 7)}`; // a typo form seen in Phoenix
  return undefined;
}

function parseCode(inner: string): ActorCode | undefined {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0]?.toUpperCase();
  if (!code || /^-+$/.test(code) || !/^[A-Z0-9]{3,}$/.test(code)) return undefined;
  const r = parts.slice(1).join('');
  if (!r) return { code };
  let m: RegExpExecArray | null;
  if ((m = /^>(\d+)$/.exec(r))) return { code, from: petrarchDate(m[1]!) };
  if ((m = /^<(\d+)$/.exec(r))) return { code, to: petrarchDate(m[1]!) };
  if ((m = /^(\d+)-(\d+)$/.exec(r))) return { code, from: petrarchDate(m[1]!), to: petrarchDate(m[2]!) };
  return { code };
}

function petrarchName(raw: string): string {
  const n = raw.trim().replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  // Display in title case; keys are case-insensitive anyway.
  return n.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

export function parseActorsTxt(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  let cur: ActorEntry | undefined;
  let curHasCodes = false;
  // A synonym block may precede its codes; a new head line after codes starts a new entry.
  const push = (): void => {
    if (cur && cur.codes.length) out.push(cur);
    cur = undefined;
    curHasCodes = false;
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const line = hash >= 0 ? rawLine.slice(0, hash) : rawLine;
    if (!line.trim()) continue;
    if (/^<\/?[A-Za-z]/.test(line.trim())) continue; // <COUNTRY> style section tags in some files
    const codes: ActorCode[] = [];
    for (const m of line.matchAll(CODE_RE)) {
      const c = parseCode(m[1]!);
      if (c) codes.push(c);
    }
    const namePart = line.replace(CODE_RE, '').trim();
    const indented = /^\s/.test(line);
    if (namePart.startsWith('+')) {
      if (!cur) continue;
      const n = petrarchName(namePart.slice(1));
      if (n && !cur.aliases!.includes(n)) cur.aliases!.push(n);
      if (codes.length) { cur.codes.push(...codes); curHasCodes = true; }
      continue;
    }
    if (!namePart || (indented && namePart === '')) {
      if (cur) { cur.codes.push(...codes); curHasCodes = true; }
      continue;
    }
    // A new head line. Entries without codes yet that are followed by "+synonyms" and codes keep accumulating.
    if (cur && (curHasCodes || !indented)) push();
    cur = { name: petrarchName(namePart), aliases: [], codes: [...codes] };
    curHasCodes = codes.length > 0;
  }
  push();
  for (const e of out) e.type = guessType(e);
  return out;
}

function guessType(e: ActorEntry): EntityType {
  if (e.codes.length === 1 && /^[A-Z]{3}$/.test(e.codes[0]!.code) && !e.codes[0]!.from && !e.codes[0]!.to) return 'GPE';
  if (e.codes.some((c) => c.from || c.to || c.role)) return 'PER';
  return 'ORG';
}

// ---- YAML ----
// - name: Nicu Popescu
//   aliases: [Popescu]
//   type: PER
//   code: MDAGOV            # or codes: [{code: MDAGOV, role: Foreign Minister, from: 2021-08-06, to: 2024-01-29}]
//   role: Foreign Minister
//   from: 2021-08-06

export function parseActorYaml(text: string): ActorEntry[] {
  const doc = parseYaml(text) as unknown;
  const arr = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as { actors?: unknown }).actors) ? (doc as { actors: unknown[] }).actors : [];
  return normalizeEntries(arr);
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim() || undefined;
}

function normalizeEntries(arr: unknown): ActorEntry[] {
  const out: ActorEntry[] = [];
  if (!Array.isArray(arr)) return out;
  for (const raw of arr) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    const name = str(r.name);
    if (!name) continue;
    const codes: ActorCode[] = [];
    const codeList = Array.isArray(r.codes) ? r.codes : [];
    for (const c of codeList) {
      if (typeof c === 'string') { const p = parseCode(c.replace(/[[\]]/g, '')); if (p) codes.push(p); continue; }
      if (!c || typeof c !== 'object') continue;
      const cc = c as Record<string, unknown>;
      const code = str(cc.code);
      if (code) codes.push({ code: code.toUpperCase(), role: str(cc.role), from: isoDate(str(cc.from)), to: isoDate(str(cc.to)) });
    }
    const code = str(r.code);
    if (code) codes.push({ code: code.toUpperCase(), role: str(r.role), from: isoDate(str(r.from)), to: isoDate(str(r.to)) });
    if (!codes.length) continue;
    const aliases = Array.isArray(r.aliases) ? r.aliases.map(str).filter((x): x is string => !!x) : typeof r.aliases === 'string' ? r.aliases.split(';').map((s) => s.trim()).filter(Boolean) : [];
    const type = str(r.type)?.toUpperCase();
    const gender = str(r.gender);
    out.push({
      name, aliases, codes,
      type: type === 'PER' || type === 'ORG' || type === 'GPE' || type === 'LOC' || type === 'MISC' ? type : undefined,
      gender: gender === 'm' || gender === 'f' ? gender : undefined,
    });
  }
  return out;
}

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return petrarchDate(s.replace(/-/g, '')) ?? s;
}

// ---- CSV / TSV ----
// Header row required; columns (any order): name, code, role, from, to, aliases (";"-separated), type, gender.
// Several rows with the same name add codes to one actor.

export function parseActorCsv(text: string, sep = ','): ActorEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  if (!lines.length) return [];
  const head = splitCsv(lines[0]!, sep).map((h) => h.trim().toLowerCase());
  const col = (n: string): number => head.indexOf(n);
  const rowsOut: Record<string, unknown>[] = [];
  for (const l of lines.slice(1)) {
    const f = splitCsv(l, sep);
    const get = (n: string): string | undefined => (col(n) >= 0 ? f[col(n)]?.trim() || undefined : undefined);
    rowsOut.push({ name: get('name'), code: get('code'), role: get('role'), from: get('from'), to: get('to'), aliases: get('aliases'), type: get('type'), gender: get('gender') });
  }
  const entries = normalizeEntries(rowsOut);
  const merged = new Map<string, ActorEntry>();
  for (const e of entries) {
    const k = e.name.toLowerCase();
    const m = merged.get(k);
    if (!m) merged.set(k, e);
    else { m.codes.push(...e.codes); for (const a of e.aliases ?? []) if (!m.aliases!.includes(a)) m.aliases!.push(a); }
  }
  return [...merged.values()];
}

function splitCsv(line: string, sep: string): string[] {
  if (sep === '\t') return line.split('\t');
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; }
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === sep) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
