// ECharts, only the parts the views use, and the bundled world map (Natural Earth 1:110m via world-atlas).
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

echarts.use([BarChart, GraphChart, LineChart, LinesChart, ScatterChart, DataZoomComponent, GeoComponent, GridComponent,
  LegendComponent, TooltipComponent, CanvasRenderer]);

const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
echarts.registerMap('world', feature(topo, topo.objects.countries) as unknown as Parameters<typeof echarts.registerMap>[1]);

const live = new Set<echarts.ECharts>();
// A window squeezed to nothing (browsers pass through 1x1 while a full-page screenshot re-lays the page) leaves
// boxes 0 wide; ECharts 6.1.0's map throws on a zero-sized view (apache/echarts#21706), so those wait for the next resize.
window.addEventListener('resize', () => live.forEach((c) => {
  const box = c.getDom();
  if (box.clientWidth > 0 && box.clientHeight > 0) c.resize();
}));

/** A chart in a fresh box; charts of the previous view are disposed when the view is redrawn. */
export function chart(box: HTMLElement): echarts.ECharts {
  // A view superseded by a newer navigation draws into a detached box: stop it there (render() ignores this).
  if (!box.isConnected) throw new Stale();
  const c = echarts.init(box, undefined, { renderer: 'canvas' });
  live.add(c);
  return c;
}

export function disposeAll(): void {
  for (const c of live) c.dispose();
  live.clear();
}

export class Stale extends Error {}

export { echarts };
