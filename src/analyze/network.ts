// Actor network: actors (CAMEO codes) as nodes, directed edges weighted by fused events and signed by
// cooperation (quad 1-2, Goldstein > 0) or conflict (quad 3-4).
import type Database from 'better-sqlite3';
import { countries } from '../actors/index.js';
import { fuseNew } from '../fuse/index.js';
import { keptDyads } from '../fuse/days.js';
import { loadFused, widestSpan, type AnalysisFilter } from './common.js';

export interface NetworkNode {
  id: string;
  label: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Fused events from source to target. */
  weight: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
  /** +1 mostly cooperative, -1 mostly conflictual (by summed Goldstein), 0 balanced. */
  sign: -1 | 0 | 1;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkOptions extends AnalysisFilter {
  /** Drop edges with fewer events. */
  minWeight?: number;
  includeUnreal?: boolean;
}

export function network(db: Database.Database, o: NetworkOptions = {}): Network {
  fuseNew(db);
  // Real events (the default): the per-day dyad sums fusion keeps, unless a day of the window awaits them.
  const kept = o.includeUnreal ? undefined : keptNetwork(db, o);
  if (kept) return kept;
  const nodes = new Map<string, NetworkNode & { names: Map<string, number> }>();
  const edges = new Map<string, NetworkEdge>();
  const node = (code: string, name: string | undefined) => {
    let n = nodes.get(code);
    if (!n) nodes.set(code, (n = { id: code, label: code, events: 0, names: new Map() }));
    n.events++;
    if (name) n.names.set(name, (n.names.get(name) ?? 0) + 1);
  };
  for (const e of loadFused(db, o)) {
    if (!o.includeUnreal && (e.factuality === 'hypothetical' || e.factuality === 'negated')) continue;
    if (!e.sourceCode || !e.targetCode || e.sourceCode === e.targetCode) continue;
    node(e.sourceCode, e.sourceNames[0]);
    node(e.targetCode, e.targetNames[0]);
    const key = `${e.sourceCode}\u0000${e.targetCode}`;
    let ed = edges.get(key);
    if (!ed) edges.set(key, (ed = { source: e.sourceCode, target: e.targetCode, weight: 0, cooperation: 0, conflict: 0, goldstein: 0, sign: 0 }));
    ed.weight++;
    if (e.quad <= 2) ed.cooperation++;
    else ed.conflict++;
    ed.goldstein += e.goldstein;
  }
  return finish(nodes, [...edges.values()], o.minWeight ?? 1);
}

/** The network from the kept per-day sums: the same nodes, names and edges as the loop above makes. */
function keptNetwork(db: Database.Database, o: NetworkOptions): Network | undefined {
  // A node of a country code is labelled by the country (finish): only the others need the names.
  const kept = keptDyads(db, o, widestSpan(db), (code) => !countryOf(code));
  if (!kept) return undefined;
  const nodes = new Map<string, NetworkNode & { names: Map<string, number> }>();
  const node = (code: string, n: number) => {
    let x = nodes.get(code);
    if (!x) nodes.set(code, (x = { id: code, label: code, events: 0, names: new Map() }));
    x.events += n;
  };
  // In order of first appearance (day, then id), as the loop meets them.
  const byFirst = <T extends { first: string }>(xs: T[]) => xs.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const edges: NetworkEdge[] = byFirst(kept.dyads).map((d) => {
    node(d.source, d.events);
    node(d.target, d.events);
    return { source: d.source, target: d.target, weight: d.events, cooperation: d.cooperation, conflict: d.conflict, goldstein: d.goldstein, sign: 0 };
  });
  for (const x of byFirst(kept.names)) nodes.get(x.code)?.names.set(x.name, x.n);
  return finish(nodes, edges, o.minWeight ?? 1);
}

function finish(nodes: Map<string, NetworkNode & { names: Map<string, number> }>, edges: NetworkEdge[], min: number): Network {
  const outEdges = edges.filter((e) => e.weight >= min);
  for (const e of outEdges) {
    e.goldstein = Math.round(e.goldstein * 100) / 100;
    e.sign = e.goldstein > 0 ? 1 : e.goldstein < 0 ? -1 : 0;
  }
  const used = new Set(outEdges.flatMap((e) => [e.source, e.target]));
  const outNodes = [...nodes.values()].filter((n) => used.has(n.id)).map(({ names, ...n }) => {
    // Label: country name plus sector for country codes (USAGOV -> United States GOV), else the most frequent name.
    const country = countryOf(n.id);
    const best = [...names.entries()].sort((a, b) => b[1] - a[1])[0];
    return { ...n, label: country ? `${country}${n.id.length > 3 ? ' ' + n.id.slice(3) : ''}` : best ? best[0] : n.id };
  });
  outNodes.sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
  outEdges.sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
  return { nodes: outNodes, edges: outEdges };
}

const countryOf = (code: string) => countries.get(code.slice(0, 3))?.name;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML for Gephi, yEd, networkx. */
export function toGraphML(n: Network): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
    '  <key id="sign" for="edge" attr.name="sign" attr.type="int"/>',
    '  <graph id="dossier" edgedefault="directed">',
  ];
  for (const v of n.nodes) {
    lines.push(`    <node id="${esc(v.id)}"><data key="label">${esc(v.label)}</data><data key="events">${v.events}</data></node>`);
  }
  n.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${esc(e.source)}" target="${esc(e.target)}"><data key="weight">${e.weight}</data>` +
      `<data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data>` +
      `<data key="goldstein">${e.goldstein}</data><data key="sign">${e.sign}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
