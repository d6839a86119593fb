// Train the named-entity tagger on CoNLL-2003 eng.train (../shared/gold/ner), report eng.testa every other
// epoch, write models/ner-model.bin.gz. Deterministic: fixed epochs, seeded document shuffle.
//   npm run train:ner      or      npx tsx scripts/train-ner.ts [--epochs N] [--margin M] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { loadModel } from '../src/entities/tagger/modelio.js';
import { MODEL_FILE, resources } from '../src/entities/tagger/resources.js';
import { formatScore } from '../src/entities/tagger/score.js';
import { DEFAULT_TRAIN, evaluateExamples, toExamples, trainModel } from '../src/entities/tagger/train.js';
import { parseConll } from '../src/formats/conll.js';
import { sharedPath } from '../src/util/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string | number): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : String(dflt);
};

function main(): void {
  const trainFile = sharedPath('gold', 'ner', 'eng.train');
  if (!trainFile) throw new Error('train-ner: needs ../shared/gold/ner/eng.train (or DOSSIER_SHARED)');
  const devFile = sharedPath('gold', 'ner', 'eng.testa');
  const out = opt('out', MODEL_FILE);
  const t0 = Date.now();
  const res = resources();
  const train = toExamples(parseConll(readFileSync(trainFile, 'utf8')), res);
  const dev = devFile ? toExamples(parseConll(readFileSync(devFile, 'utf8')), res) : [];
  console.log(`train: ${train.length} documents, ${train.reduce((a, e) => a + e.prep.n, 0)} tokens; dev: ${dev.length} documents; ` +
    `${res.clusterFeats.length} word clusters; features extracted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let te = Date.now();
  const file = trainModel(train, {
    ...DEFAULT_TRAIN,
    epochs: Number(opt('epochs', DEFAULT_TRAIN.epochs)),
    margin: Number(opt('margin', DEFAULT_TRAIN.margin)),
    prune: Number(opt('prune', DEFAULT_TRAIN.prune)),
    dropout: Number(opt('dropout', DEFAULT_TRAIN.dropout)),
    seed: Number(opt('seed', DEFAULT_TRAIN.seed)),
    runs: Number(opt('runs', DEFAULT_TRAIN.runs)),
    onEpoch: (epoch, info) => {
      let line = `run ${info.run} epoch ${epoch}: ${info.errors} token errors (${((100 * info.errors) / info.tokens).toFixed(2)}%), ` +
        `${info.features} features, ${((Date.now() - te) / 1000).toFixed(1)} s`;
      if (dev.length && epoch % 4 === 0) line += `; testa F1 ${(100 * evaluateExamples(dev, info.averaged()).overall.f1).toFixed(2)}`;
      console.log(line);
      te = Date.now();
    },
  });
  writeFileSync(out, file);
  console.log(`wrote ${out}: ${(file.length / 1e6).toFixed(2)} MB`);
  if (dev.length) {
    console.log('eng.testa with the saved (pruned, quantised) model:');
    console.log(formatScore(evaluateExamples(dev, loadModel(file))));
  }
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
