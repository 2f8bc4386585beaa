import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { chartFont, type ChartFont } from './chart-font';

export interface ChartSize {
  width?: number;
  height?: number;
}

const DEFAULT_SIZE = { width: 800, height: 450 };

/**
 * The chart as SVG, drawn by ECharts' server-side renderer: no browser and no canvas on the
 * server, and the same option object the web dashboard draws.
 */
export function renderChartSvg(spec: Record<string, unknown>, size: ChartSize = {}, font: ChartFont = chartFont()): string {
  const width = size.width ?? DEFAULT_SIZE.width;
  const height = size.height ?? DEFAULT_SIZE.height;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      // A still image: animation would only delay the first frame, which is the one we keep.
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: `${font.family}, sans-serif` },
      ...spec,
    } as echarts.EChartsOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The same chart as a PNG, for Slack and Teams, which show images but cannot run ECharts. */
export function renderChartPng(spec: Record<string, unknown>, size: ChartSize = {}, font: ChartFont = chartFont()): Buffer {
  return svgToPng(renderChartSvg(spec, size, font), font);
}

export function svgToPng(svg: string, font: ChartFont = chartFont()): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: font.file
      ? { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family, sansSerifFamily: font.family }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
