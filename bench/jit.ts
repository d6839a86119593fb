// Where the CPU goes besides our own code: the pipeline's main-thread CPU against V8's background threads
// (optimising compiles, concurrent GC), and which functions TurboFan compiles again and again, with the
// deoptimisations that send them back. A function that deoptimises on every new shape or rare path is
// recompiled each time, and a large one (all it inlines) costs ~1 s of background CPU per compile on this host.
// One pass over a spread sample of Timeline17 in a child process run with --trace-opt --trace-deopt.
//   npx tsx bench/jit.ts [--limit 1500] [--stride 3] [--top 15]
//   node dist/bench/jit.js ...      (the same on compiled code: source positions then match dist/*.js)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { t17Every } from './t17-every.js';
import { annotate } from '../src/pipeline.js';
import { KnownActors } from '../src/actors/index.js';

const args = process.argv.slice(2);
const get = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1]! : d; };
const limit = Number(get('--limit', '1500'));
const stride = Number(get('--stride', '3'));

/** CPU ms per thread of this process, by thread id (the main thread's id is the pid). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      out.set(t, (Number(f[11]) + Number(f[12])) * 10); // utime + stime, in 100 Hz ticks
    } catch { /* thread gone */ }
  }
  return out;
}

async function child(): Promise<void> {
  const articles = await t17Every(stride, limit);
  console.log('@@start');
  const t0 = threadCpu();
  const c0 = process.cpuUsage();
  const known = new KnownActors([]);
  for (const a of articles) annotate(a, { known });
  const c = process.cpuUsage(c0);
  const t1 = threadCpu();
  let main = 0, other = 0;
  for (const [t, ms] of t1) {
    if (t === String(process.pid)) main += ms - (t0.get(t) ?? 0);
    else other += ms - (t0.get(t) ?? 0);
  }
  console.log(`@@cpu ${articles.length} ${(c.user + c.system) / 1000} ${main} ${other}`);
}

function parent(): void {
  const top = Number(get('--top', '15'));
  const name = (s: string) => (s.startsWith('(') ? '(anonymous)' : s); // "<JSFunction (sfi = ...)>"
  const out = spawnSync(process.execPath, [...process.execArgv, '--trace-opt', '--trace-deopt', fileURLToPath(import.meta.url), '--child', ...args],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
  const lines = out.stdout.split('\n');
  const from = lines.indexOf('@@start');
  const compiles = new Map<string, { n: number; ms: number }>();
  const deopts = new Map<string, number>();
  let total = 0;
  for (const line of lines.slice(from)) {
    // [completed compiling 0x... <JSFunction name (sfi = ...)> (target TURBOFAN) - took 0.007, 785.975, 0.590 ms]
    let m = /^\[completed compiling .*?<JSFunction (\S*) .*took [\d.]+, ([\d.]+), [\d.]+ ms/.exec(line);
    if (m) {
      const c = compiles.get(name(m[1]!)) ?? { n: 0, ms: 0 };
      c.n++;
      c.ms += Number(m[2]);
      total += Number(m[2]);
      compiles.set(name(m[1]!), c);
      continue;
    }
    m = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\): begin\. deoptimizing .*?<JSFunction (\S*) /.exec(line);
    if (m) deopts.set(`${name(m[2]!)}: ${m[1]}`, (deopts.get(`${name(m[2]!)}: ${m[1]}`) ?? 0) + 1);
  }
  const cpu = lines.find((l) => l.startsWith('@@cpu'))!.split(' ').map(Number);
  const [, n, all, main, other] = cpu as [number, number, number, number, number];
  console.log(`${n} Timeline17 articles (every ${stride}th), one pass, CPU ms/article (with tracing on):`);
  console.log(`  process ${(all / n).toFixed(2)}, main thread ${(main / n).toFixed(2)}, V8 background threads ${(other / n).toFixed(2)} (${(100 * other / all).toFixed(0)}%)`);
  console.log(`\nTurboFan compiles after loading: ${[...compiles.values()].reduce((s, c) => s + c.n, 0)}, ${(total / 1000).toFixed(1)} s of background wall time`);
  console.log('| function | compiles | background ms (wall) | share |\n|---|---:|---:|---:|');
  for (const [f, c] of [...compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    console.log(`| ${f} | ${c.n} | ${c.ms.toFixed(0)} | ${(100 * c.ms / total).toFixed(1)}% |`);
  }
  console.log('\n| deoptimised function: reason | count |\n|---|---:|');
  for (const [k, c] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${k} | ${c} |`);
}

if (args[0] === '--child') await child();
else parent();
