// The actor network: nodes sized by events, edges green (cooperation) or red (conflict).
import { get, type Network } from './api.js';
import { chart } from './charts.js';
import { esc, h, note, panel } from './dom.js';
import { update, type State } from './state.js';

export async function networkView(root: HTMLElement, s: State): Promise<void> {
  const net = await get<Network>('/api/network', { actor: s.actor, from: s.from, to: s.to, limit: 120 });
  const box = h('div', { class: 'chart tall', id: 'network-chart', dataset: { nodes: String(net.nodes.length) } });
  root.append(panel(`Actor network (${net.nodes.length} actors, ${net.edges.length} links)`,
    net.nodes.length ? box : note('No events with both a source and a target actor.'),
    note('Arrows point from the actor who acted to the one acted upon. Green: cooperation, red: conflict (sign of the summed Goldstein score); width: number of events. Click an actor to open it.')));
  if (!net.nodes.length) return;
  const max = Math.max(...net.nodes.map((n) => n.events));
  const c = chart(box);
  c.setOption({
    tooltip: {
      formatter: (p: { dataType: string; data: { name?: string; label?: string; events?: number; source?: string; target?: string; weight?: number; cooperation?: number; conflict?: number; goldstein?: number } }) =>
        p.dataType === 'edge'
          ? `${esc(p.data.source)} → ${esc(p.data.target)}<br>${p.data.weight} events (${p.data.cooperation} cooperation, ${p.data.conflict} conflict), Goldstein ${p.data.goldstein}`
          : `${esc(p.data.label)} [${esc(p.data.name)}]<br>${p.data.events} events`,
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, force: { repulsion: 220, edgeLength: [60, 160] },
      label: { show: true, position: 'right', formatter: (p: { data: { label: string } }) => p.data.label },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      data: net.nodes.map((n) => ({ name: n.id, label: n.label, events: n.events, symbolSize: 10 + 30 * Math.sqrt(n.events / max) })),
      links: net.edges.map((e) => ({ ...e, lineStyle: { color: e.sign < 0 ? '#c92a2a' : e.sign > 0 ? '#2b8a3e' : '#868e96', width: 1 + Math.log2(1 + e.weight), opacity: 0.7, curveness: 0.1 } })),
    }],
  });
  c.on('click', (p) => {
    const d = p as { dataType?: string; name?: string };
    if (d.dataType === 'node' && d.name) update({ view: 'actor', actor: d.name });
  });
}
