// CoNLL-2003 columns: reading documents (for training and evaluation) and `annotate --format conll`, which
// appends the predicted tag to every token line in the input's own IOB scheme, for conlleval-style scoring.
import { tagTokenIds } from '../entities/tagger/index.js';
import { TYPES, bilouSpans } from '../entities/tagger/labels.js';

export interface ConllSentence {
  words: string[];
  /** The last column when it is an entity tag (O, I-PER, B-LOC, ...), else empty. */
  tags: string[];
  /** Index of each token's line in the input. */
  lines: number[];
}
export interface ConllDoc { sentences: ConllSentence[] }

const TAG = /^(?:O|[BIES]-[A-Za-z]+)$/;

function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

/** Documents (split at -DOCSTART-) of sentences (split at blank lines). */
export function parseConll(input: string): ConllDoc[] {
  const lines = input.split('\n');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let sent: ConllSentence | undefined;
  const closeSentence = () => {
    if (sent && sent.words.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push(sent);
    }
    sent = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (isDocStart(line)) {
      closeSentence();
      docs.push((doc = { sentences: [] }));
      continue;
    }
    if (line.trim() === '') {
      closeSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (!sent) sent = { words: [], tags: [], lines: [] };
    sent.words.push(cols[0]!);
    const last = cols[cols.length - 1]!;
    sent.tags.push(cols.length > 1 && TAG.test(last) ? last : '');
    sent.lines.push(i);
  }
  closeSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * IOB1 (CoNLL-2003: B- only between two adjacent entities of one type) or IOB2 (B- starts every entity),
 * judged from the input's tags; IOB2 when the input has no B- evidence either way and no I- tags.
 */
export function detectScheme(docs: ConllDoc[]): 'IOB1' | 'IOB2' {
  let sawI = false;
  for (const d of docs) {
    for (const s of d.sentences) {
      let prev = 'O';
      for (const t of s.tags) {
        if (t.startsWith('B-')) {
          if (prev.slice(2) !== t.slice(2) || prev === 'O') return 'IOB2';
        } else if (t.startsWith('I-')) {
          sawI = true;
          if (prev === 'O' || prev.slice(2) !== t.slice(2)) return 'IOB1';
        }
        prev = t || 'O';
      }
    }
  }
  return sawI ? 'IOB1' : 'IOB2';
}

/** IOB tags for one sentence from BILOU label ids. */
export function labelsToIob(ids: ArrayLike<number>, from: number, to: number, scheme: 'IOB1' | 'IOB2'): string[] {
  const out = new Array<string>(to - from).fill('O');
  let prevEnd = -1;
  let prevType = -1;
  for (const s of bilouSpans(ids, from, to)) {
    const t = TYPES[s.type]!;
    const adjacentSame = s.start === prevEnd && s.type === prevType;
    for (let i = s.start; i < s.end; i++) {
      const first = i === s.start && (scheme === 'IOB2' || adjacentSame);
      out[i - from] = `${first ? 'B' : 'I'}-${t}`;
    }
    prevEnd = s.end;
    prevType = s.type;
  }
  return out;
}

/** Predicted IOB tags for every sentence of every document. */
export function predictConll(docs: ConllDoc[], scheme: 'IOB1' | 'IOB2'): string[][][] {
  return docs.map((d) => {
    const ids = tagTokenIds(d.sentences.map((s) => s.words));
    let i = 0;
    return d.sentences.map((s) => {
      const tags = labelsToIob(ids, i, i + s.words.length, scheme);
      i += s.words.length;
      return tags;
    });
  });
}

/** CoNLL-2003 columns in; the same lines out, each token line with the predicted tag appended. */
export function annotateConll(input: string): string {
  const docs = parseConll(input);
  const scheme = detectScheme(docs);
  const pred = predictConll(docs, scheme);
  const lines = input.split('\n');
  docs.forEach((d, di) =>
    d.sentences.forEach((s, si) =>
      s.lines.forEach((li, k) => {
        const line = lines[li]!;
        const cr = line.endsWith('\r') ? '\r' : '';
        const body = cr ? line.slice(0, -1) : line;
        const sep = body.includes('\t') ? '\t' : ' ';
        lines[li] = `${body.replace(/\s+$/, '')}${sep}${pred[di]![si]![k]!}${cr}`;
      }),
    ),
  );
  return lines.join('\n');
}
