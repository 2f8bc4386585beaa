/**
 * Chart PNG rendering time: a bar chart with Chinese labels, ECharts SSR → SVG → resvg → PNG.
 *   npx tsx bench/chart-render.ts [--runs 30]
 * Prints the first (cold: module and font load) and then p50/p95/mean of the rest, split into the
 * SVG and the PNG step, since the rasteriser (font parsing included) is where the time goes.
 */
import { performance } from 'node:perf_hooks';
import { chartFont } from '../src/bots/charts/chart-font';
import { renderChartSvg, svgToPng } from '../src/bots/charts/render-png';
import { barChartSpec } from '../src/intents/answers/chart-spec';

const i = process.argv.indexOf('--runs');
const runs = i >= 0 ? Number(process.argv[i + 1]) : 30;
const spec = barChartSpec('按团队的成交金额（本季度）', { 华东团队: 182000, 华北团队: 126500, 华南团队: 98000, 西部团队: 45000, 海外团队: 12000 });

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const svgMs: number[] = [];
const pngMs: number[] = [];
let bytes = 0;
for (let r = 0; r <= runs; r++) {
  const t0 = performance.now();
  const svg = renderChartSvg(spec);
  const t1 = performance.now();
  bytes = svgToPng(svg).length;
  const t2 = performance.now();
  if (r === 0) {
    console.log(`font: ${chartFont().file ?? 'system fonts (package missing)'}`);
    console.log(`cold first chart: ${(t2 - t0).toFixed(1)} ms`);
    continue;
  }
  svgMs.push(t1 - t0);
  pngMs.push(t2 - t1);
}
const total = svgMs.map((s, k) => s + pngMs[k]);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`bar chart, 5 Chinese labels, 800x450, ${runs} runs, PNG ${bytes} bytes`);
console.log(`  svg  p50 ${pct(svgMs, 50).toFixed(1)} ms  p95 ${pct(svgMs, 95).toFixed(1)} ms`);
console.log(`  png  p50 ${pct(pngMs, 50).toFixed(1)} ms  p95 ${pct(pngMs, 95).toFixed(1)} ms`);
console.log(`  total p50 ${pct(total, 50).toFixed(1)} ms  p95 ${pct(total, 95).toFixed(1)} ms  mean ${mean(total).toFixed(1)} ms per chart`);
