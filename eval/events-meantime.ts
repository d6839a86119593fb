// Second check of argument finding: MEANTIME English, Apple topic (../shared/gold/meantime, CC BY 4.0).
// Run: npx tsx eval/events-meantime.ts [--verbose]   (--verbose: the participants found that overlap no gold one)
//
// MEANTIME marks event mentions and their participants with PropBank roles (HAS_PARTICIPANT, Arg0/Arg1). Its
// Apple news has almost no CAMEO events (launches, sales, lawsuits), so this does not score event coding; it
// scores the shallow parse the coder uses for participants (clauseArguments): for each gold verb mention with
// an Arg0 (or Arg1), does the parse find a subject (object) phrase, and does it overlap the gold participant?
// The text is rebuilt from MEANTIME's tokens joined by single spaces; the article date is not used.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/util/paths.js';
import { analyzeText, tokenIndexAt } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { clauseArguments } from '../src/events/index.js';

const dir = sharedPath('gold', 'meantime', 'cat', 'intra-doc_annotation', 'corpus_apple');
if (!dir) {
  console.error('needs ../shared/gold/meantime/cat/intra-doc_annotation/corpus_apple');
  process.exit(2);
}

interface Tally { gold: number; found: number; right: number }
const t: Record<'Arg0' | 'Arg1', Tally> = { Arg0: { gold: 0, found: 0, right: 0 }, Arg1: { gold: 0, found: 0, right: 0 } };
let verbs = 0;
const verbose = process.argv.includes('--verbose');
let files = 0;

for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) {
  const xml = readFileSync(join(dir, f), 'utf8');
  files++;
  // Tokens -> text with offsets (one space between tokens, a newline between sentences).
  const offs = new Map<string, [number, number]>();
  let text = '';
  let sent = '0';
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = m[3]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text) text += m[1] !== sent ? '\n' : ' ';
    sent = m[1]!;
    offs.set(m[2]!, [text.length, text.length + word.length]);
    text += word;
  }
  const spanOf = (block: string): [number, number] | undefined => {
    const ids = [...block.matchAll(/t_id="(\d+)"/g)].map((x) => offs.get(x[1]!)).filter((x): x is [number, number] => !!x);
    return ids.length ? [Math.min(...ids.map((x) => x[0])), Math.max(...ids.map((x) => x[1]))] : undefined;
  };
  const mentions = new Map<string, { span: [number, number]; tokens: number }>();
  for (const m of xml.matchAll(/<(EVENT_MENTION|ENTITY_MENTION)[^>]*m_id="(\d+)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    const sp = spanOf(m[3]!);
    if (sp) mentions.set(m[2]!, { span: sp, tokens: (m[3]!.match(/t_id=/g) ?? []).length });
  }
  const roles = new Map<string, Map<string, [number, number][]>>();
  for (const m of xml.matchAll(/<HAS_PARTICIPANT[^>]*sem_role="(Arg[01])"[^>]*>\s*<source m_id="(\d+)"\/>\s*<target m_id="(\d+)"\/>/g)) {
    const ev = m[2]!;
    const ent = mentions.get(m[3]!);
    if (!ent) continue;
    const r = roles.get(ev) ?? new Map<string, [number, number][]>();
    r.set(m[1]!, [...(r.get(m[1]!) ?? []), ent.span]);
    roles.set(ev, r);
  }
  const doc = analyzeText({ id: f, date: '2000-01-01', text });
  const ents = recognizeEntities(doc);
  for (const [evId, r] of roles) {
    const ev = mentions.get(evId);
    if (!ev || ev.tokens !== 1) continue;
    const ti = tokenIndexAt(doc, ev.span[0]);
    const tok = doc.tokens[ti];
    if (!tok || tok.start !== ev.span[0] || tok.pos !== 'VERB') continue;
    const args = clauseArguments(doc, ents, ti);
    if (!args) continue;
    verbs++;
    for (const role of ['Arg0', 'Arg1'] as const) {
      const gold = r.get(role);
      if (!gold) continue;
      t[role].gold++;
      const mine = (role === 'Arg0' ? args.arg0 : args.arg1).map(([a, b]) => [doc.tokens[a]!.start, doc.tokens[b - 1]!.end] as [number, number]);
      if (!mine.length) continue;
      t[role].found++;
      if (mine.some(([a, b]) => gold.some(([c, d]) => a < d && c < b))) t[role].right++;
      else if (verbose) console.log(`${f} ${role} [${tok.text}] mine ${mine.map(([a, b]) => text.slice(a, b)).join(' | ')} gold ${gold.map(([a, b]) => text.slice(a, b)).join(' | ')}`);
    }
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`${files} documents, ${verbs} gold verb mentions with participants`);
console.log('| role | gold | found | overlap right | recall | precision |');
console.log('|---|---|---|---|---|---|');
for (const role of ['Arg0', 'Arg1'] as const) {
  const x = t[role];
  console.log(`| ${role} (${role === 'Arg0' ? 'subject/agent' : 'object/patient'}) | ${x.gold} | ${x.found} | ${x.right} | ${pct(x.right, x.gold)} | ${pct(x.right, x.found)} |`);
}
