import { chartFont, CHART_FONT_FAMILY } from '../../../src/bots/charts/chart-font';
import { pngDataUri, renderChartPng, renderChartPngAsync, renderChartSvg } from '../../../src/bots/charts/render-png';
import { barChartSpec, lineChartSpec } from '../../../src/intents/answers/chart-spec';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG must carry first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** ECharts' SSR output tags every drawn data item with its series and index. */
const barPaths = (svg: string) => svg.match(/<path[^>]*ecmeta_data_index="\d+"[^>]*>/g) ?? [];

describe('chart PNGs for Slack and Teams', () => {
  it('renders a valid PNG of the requested size', () => {
    const png = renderChartPng(barChartSpec('Revenue won', { East: 5, West: 3 }), { width: 640, height: 360 });
    expect(pngSize(png)).toEqual({ width: 640, height: 360 });
  });

  it('uses 800x450 when no size is given', () => {
    expect(pngSize(renderChartPng(barChartSpec('Deals', { a: 1 })))).toEqual({ width: 800, height: 450 });
  });

  it.each([1, 4, 9])('draws one bar per group (%i groups)', (n) => {
    const groups = Object.fromEntries(Array.from({ length: n }, (_, i) => [`group ${i + 1}`, i + 1]));
    expect(barPaths(renderChartSvg(barChartSpec('Pipeline', groups)))).toHaveLength(n);
  });

  it('draws Chinese labels with the bundled CJK font', () => {
    const font = chartFont();
    expect(font.file).toMatch(/NotoSansSC.*\.ttf$/);
    const spec = barChartSpec('成交金额', { 华东团队: 120000, 华北团队: 80000, 华南团队: 30000 });
    const svg = renderChartSvg(spec);
    for (const label of ['成交金额', '华东团队', '华北团队', '华南团队']) expect(svg).toContain(label);
    expect(svg).toContain(CHART_FONT_FAMILY);
    expect(pngSize(renderChartPng(spec)).width).toBe(800);
  });

  it('a Chinese chart differs from the same chart with its labels blanked (glyphs, not empty boxes)', () => {
    const withText = renderChartPng(barChartSpec('赢单率', { 张伟: 1 }), { width: 200, height: 120 });
    const blank = renderChartPng(barChartSpec('', { ' ': 1 }), { width: 200, height: 120 });
    expect(withText.equals(blank)).toBe(false);
  });

  it('keeps the order of naturally ordered keys when asked', () => {
    const spec = barChartSpec('By stage', { lead: 1, qualified: 5, proposal: 3 }, { keepOrder: true }) as { xAxis: { data: string[] } };
    expect(spec.xAxis.data).toEqual(['lead', 'qualified', 'proposal']);
    const ranked = barChartSpec('By stage', { lead: 1, qualified: 5, proposal: 3 }) as { xAxis: { data: string[] } };
    expect(ranked.xAxis.data).toEqual(['qualified', 'proposal', 'lead']);
  });

  it('rotates crowded category labels', () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`g${i}`, i]));
    expect((barChartSpec('x', many) as { xAxis: { axisLabel: { rotate: number } } }).xAxis.axisLabel.rotate).toBe(30);
  });

  it('renders a two-axis trend line chart', () => {
    const spec = lineChartSpec('趋势', ['2026-06', '2026-07', '2026-08'], [
      { name: '成交金额', data: [100, null, 300] },
      { name: '新建工单', data: [4, 5, 6], axis: 1 },
    ]) as { yAxis: unknown[]; series: Array<{ yAxisIndex: number }> };
    expect(spec.yAxis).toHaveLength(2);
    expect(spec.series.map((s) => s.yAxisIndex)).toEqual([0, 1]);
    const svg = renderChartSvg(spec);
    expect(svg).toContain('2026-07');
    expect(pngSize(renderChartPng(spec)).height).toBe(450);
  });

  it('a single-axis trend has one y axis', () => {
    const spec = lineChartSpec('Trend', ['a'], [{ name: 'x', data: [1] }]) as { yAxis: unknown; series: Array<{ yAxisIndex: number }> };
    expect(Array.isArray(spec.yAxis)).toBe(false);
    expect(spec.series[0].yAxisIndex).toBe(0);
  });

  it('falls back to system fonts when the font package cannot be found', () => {
    const font = chartFont(() => {
      throw new Error('not installed');
    });
    expect(font.file).toBeNull();
    expect(chartFont(() => '/nonexistent/font.ttf').file).toBeNull();
    expect(pngSize(renderChartPng(barChartSpec('Revenue', { East: 1 }), { width: 300, height: 200 }, font))).toEqual({ width: 300, height: 200 });
  });
});

describe('chart PNGs off the event loop', () => {
  it('renders the same image asynchronously', async () => {
    const spec = barChartSpec('各团队成交金额', { 华东: 3, 华北: 2 });
    const png = await renderChartPngAsync(spec, { width: 400, height: 300 });
    expect(pngSize(png)).toEqual({ width: 400, height: 300 });
    expect(png.equals(renderChartPng(spec, { width: 400, height: 300 }))).toBe(true);
  });

  it('wraps a PNG as a data URI for cards', () => {
    expect(pngDataUri(Buffer.from([1, 2, 3]))).toBe('data:image/png;base64,AQID');
  });
});
