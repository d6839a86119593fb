// Reader throughput and memory: read PATHs with readInputs (no pipeline) and report articles/s, errors by
// kind and peak RSS. `--generate-gib N FILE` first writes an N GiB JSONL file (for the streaming check).
//   npx tsx eval/ingest-read.ts ../shared/corpus/t17
//   npx tsx eval/ingest-read.ts --generate-gib 2 /tmp/big.jsonl
import { createWriteStream } from 'node:fs';
import { readInputs } from '../src/ingest/index.js';

async function generate(file: string, gib: number): Promise<void> {
  const out = createWriteStream(file);
  const body = 'Blinken met Lavrov in Geneva on Friday. '.repeat(40);
  let bytes = 0;
  for (let i = 1; bytes < gib * 1024 ** 3; i++) {
    const line = `${JSON.stringify({ id: `a${i}`, date: '2022-01-21', text: `${i} ${body}` })}\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  console.log(`wrote ${file}: ${(bytes / 1024 ** 3).toFixed(2)} GiB`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--generate-gib') {
    await generate(args[2]!, Number(args[1]));
    args.splice(0, 2); // FILE stays: it is the path to read
  }
  if (!args.length) throw new Error('usage: ingest-read.ts [--generate-gib N] PATH...');
  let articles = 0;
  let bytes = 0;
  const errors = new Map<string, number>();
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for await (const it of readInputs(args)) {
    if ('error' in it) errors.set(it.error.code, (errors.get(it.error.code) ?? 0) + 1);
    else {
      articles++;
      bytes += it.article.text.length;
      if (articles % 4096 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  const secs = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    JSON.stringify({
      articles,
      errors: Object.fromEntries(errors),
      seconds: +secs.toFixed(2),
      articlesPerSecond: Math.round(articles / secs),
      textMiBPerSecond: +(bytes / 1024 ** 2 / secs).toFixed(1),
      peakRssMiB: Math.round(peak / 1024 ** 2),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
