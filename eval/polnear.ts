// PolNeAR reader: article text plus brat attribution relations (Source, Cue, Content), for the quote scorer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A brat text-bound annotation; discontinuous ones have several fragments. */
export interface BratSpan {
  type: string;
  fragments: [number, number][];
}

export interface GoldAttribution {
  content: BratSpan;
  source?: BratSpan;
  cue?: BratSpan;
}

export interface PolnearArticle {
  name: string;
  date: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Quotation marks, as the issue defines a direct quote ("gold contents that contain a quotation mark"): double
 *  marks in any style (with the '' of New York Times copy) and single ones, which headlines use ('Trump: ‘I’m
 *  the Worst Thing …’'). A single mark counts only as a pair, opening before a letter and not after one, closing
 *  after a non-space and not before a letter, so that apostrophes ("Clinton’s", "don't", "the '60s") do not. */
export const QUOTE_MARK = /["“”„«»]|''|(?:^|[^\p{L}\p{N}])['‘’]\p{L}[^]*?\S['’](?![\p{L}\p{N}])/u;

/** The double marks alone: the scorer's definition before 2026-12-03 (`eval/quotes.ts --double`, for comparison). */
export const DOUBLE_QUOTE_MARK = /["“”„«»]|''/;

/** Parse one .ann file (T and E lines; notes and other lines are ignored). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, BratSpan>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const tab = line.split('\t');
    if (tab.length < 2) continue;
    const id = tab[0]!;
    if (id.startsWith('T')) {
      const sp = tab[1]!.indexOf(' ');
      if (sp < 0) continue;
      const type = tab[1]!.slice(0, sp);
      const fragments: [number, number][] = [];
      for (const part of tab[1]!.slice(sp + 1).split(';')) {
        const [a, b] = part.trim().split(' ').map(Number);
        if (Number.isFinite(a) && Number.isFinite(b)) fragments.push([a!, b!]);
      }
      if (fragments.length) spans.set(id, { type, fragments });
    } else if (id.startsWith('E')) {
      events.push(tab[1]!.trim().split(/\s+/));
    }
  }
  for (const args of events) {
    const rel: Partial<Record<string, BratSpan>> = {};
    for (const a of args) {
      const [role, ref] = a.split(':');
      if (!role || !ref) continue;
      const s = spans.get(ref);
      if (s) rel[role.replace(/\d+$/, '')] = s;
    }
    if (rel.Content) out.push({ content: rel.Content, source: rel.Source, cue: rel.Cue });
  }
  return out;
}

/** The .ann files of a split by article, in name order (an article annotated by several annotators has several). */
function annotationsByArticle(annDir: string): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byArticle.set(base, [...(byArticle.get(base) ?? []), f]);
  }
  return byArticle;
}

/** Load one split (train or dev). Articles annotated by several annotators: the first .ann (by name) is used. */
export function loadPolnear(dir: string, split: 'train' | 'dev'): PolnearArticle[] {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  const byArticle = annotationsByArticle(annDir);
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const base = f.slice(0, -4);
    const ann = byArticle.get(base)?.[0];
    if (!ann) continue;
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(base)?.[1] ?? '2016-01-01';
    out.push({
      name: base,
      date,
      text: readFileSync(join(textDir, f), 'utf8'),
      attributions: parseAnn(readFileSync(join(annDir, ann), 'utf8')),
    });
  }
  return out;
}

/** Articles of a split annotated by two annotators or more: the text with the first two annotations (by name),
 *  to measure how far two annotators agree (`eval/quotes.ts --agreement`). */
export function loadDoubleAnnotated(dir: string, split: 'train' | 'dev'): { name: string; text: string; first: GoldAttribution[]; second: GoldAttribution[] }[] {
  const annDir = join(dir, split, 'attributions');
  const out: { name: string; text: string; first: GoldAttribution[]; second: GoldAttribution[] }[] = [];
  for (const [base, files] of annotationsByArticle(annDir)) {
    const textFile = join(dir, split, 'text', base + '.txt');
    if (files.length < 2 || !existsSync(textFile)) continue;
    const ann = (f: string): GoldAttribution[] => parseAnn(readFileSync(join(annDir, f), 'utf8'));
    out.push({ name: base, text: readFileSync(textFile, 'utf8'), first: ann(files[0]!), second: ann(files[1]!) });
  }
  return out;
}

/** Text covered by a span's fragments, joined by a space. */
export function spanText(text: string, s: BratSpan): string {
  return s.fragments.map(([a, b]) => text.slice(a, b)).join(' ');
}
