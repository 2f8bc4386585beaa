import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
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
  return new Resvg(svg, resvgOptions(font)).render().asPng();
}

/**
 * The PNG rasterised on libuv's thread pool: a server answering Slack within its 3-second ack
 * should not block its event loop for the ~100 ms the font and rasteriser take.
 */
export async function renderChartPngAsync(spec: Record<string, unknown>, size: ChartSize = {}, font: ChartFont = chartFont()): Promise<Buffer> {
  return (await renderAsync(renderChartSvg(spec, size, font), resvgOptions(font))).asPng();
}

/** For cards that take an image URL (Adaptive Cards accept data URIs) when there is nowhere to upload. */
export const pngDataUri = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

function resvgOptions(font: ChartFont): ResvgRenderOptions {
  return {
    background: '#ffffff',
    font: font.file
      ? { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family, sansSerifFamily: font.family }
      : { loadSystemFonts: true },
  };
}
