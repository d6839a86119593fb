// Pronoun resolution against MEANTIME's gold coreference (English, Apple topic; CAT XML, intra-document).
// For every gold he/him/his/she/her mention whose entity is a person named in the document, the pronoun is
// right when our chain for it contains a name that overlaps a gold name mention of the same entity.
//   npx tsx eval/entities-meantime.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { sharedPath } from '../src/util/paths.js';

const dir = sharedPath('gold', 'meantime', 'cat', 'intra-doc_annotation', 'corpus_apple');
if (!dir) {
  console.error('eval/entities-meantime: needs ../shared/gold/meantime/cat/intra-doc_annotation/corpus_apple');
  process.exit(1);
}
const PRON = /^(he|him|his|himself|she|her|hers|herself)$/i;
const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let total = 0, right = 0, unresolved = 0, noPronoun = 0;
const errors: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) {
  const xml = readFileSync(join(dir, f), 'utf8');
  // Tokens -> text with one sentence per line.
  const toks: { id: string; sent: number; text: string; start: number; end: number }[] = [];
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) toks.push({ id: m[2]!, sent: Number(m[1]), text: unescape(m[3]!), start: 0, end: 0 });
  let text = '';
  let prevSent = -1;
  for (const t of toks) {
    if (text) text += t.sent !== prevSent ? '\n' : ' ';
    prevSent = t.sent;
    t.start = text.length;
    text += t.text;
    t.end = text.length;
  }
  const byId = new Map(toks.map((t) => [t.id, t]));
  // Gold mentions and their entity instances.
  const mentions = new Map<string, { type: string; start: number; end: number; text: string }>();
  for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)"[^>]*syntactic_type="([A-Z]*)"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((x) => byId.get(x[1]!)).filter((x) => !!x);
    if (!ids.length) continue;
    mentions.set(m[1]!, { type: m[2]!, start: ids[0]!.start, end: ids[ids.length - 1]!.end, text: text.slice(ids[0]!.start, ids[ids.length - 1]!.end) });
  }
  const entType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY [^>]*ent_type="([A-Z]*)"[^>]*m_id="(\d+)"/g)) entType.set(m[2]!, m[1]!);
  const entityOf = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1]!)?.[1];
    if (!target) continue;
    for (const s of r[1]!.matchAll(/<source m_id="(\d+)"/g)) entityOf.set(s[1]!, target);
  }
  const doc = analyzeText({ id: f, date: '2011-01-01', text });
  const layer = recognizeEntities(doc);
  for (const [mid, gm] of mentions) {
    if (gm.type !== 'PRO' || !PRON.test(gm.text)) continue;
    const ent = entityOf.get(mid);
    if (!ent || entType.get(ent) !== 'PER') continue;
    const names = [...mentions.entries()].filter(([id, x]) => x.type === 'NAM' && entityOf.get(id) === ent).map(([, x]) => x);
    if (!names.length) continue; // no name to link to in this document
    total++;
    const ours = layer.mentions.find((m) => m.kind === 'pronoun' && m.start === gm.start);
    if (!ours) { noPronoun++; continue; }
    const chainNames = layer.mentions.filter((m) => m.chain === ours.chain && m.kind === 'name');
    if (!chainNames.length) { unresolved++; errors.push(`${f}: "${gm.text}" unresolved`); continue; }
    const ok = chainNames.some((c) => names.some((n) => c.start < n.end && n.start < c.end));
    if (ok) right++;
    else errors.push(`${f}: "${gm.text}" -> ${ours.name ?? '?'} (gold ${names[0]!.text})`);
  }
}
console.log(`MEANTIME (Apple): ${total} gold person pronouns with a named antecedent; ${right} linked right (${((100 * right) / Math.max(1, total)).toFixed(1)}%), ${total - right - unresolved - noPronoun} wrong, ${unresolved} unresolved, ${noPronoun} not found as pronouns`);
for (const e of errors.slice(0, 20)) console.log('  ' + e);
