/** One chart specification (an ECharts option) for every surface: the web draws it, the bots get it as a PNG. */
export function barChartSpec(title: string, groups: Record<string, number>, opts: { keepOrder?: boolean } = {}): Record<string, unknown> {
  // Ranked by value unless the keys have a natural order of their own (stages, priorities).
  const entries = opts.keepOrder ? Object.entries(groups) : Object.entries(groups).sort((a, b) => b[1] - a[1]);
  // Slanted labels once they would run into each other on a narrow chart (many groups, or long names).
  const longest = Math.max(0, ...entries.map(([k]) => k.length));
  const crowded = entries.length > 6 || longest * entries.length > 36;
  return {
    title: { text: title },
    tooltip: {},
    grid: { containLabel: true },
    xAxis: { type: 'category', data: entries.map(([k]) => k), axisLabel: { interval: 0, rotate: crowded ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: entries.map(([, v]) => v) }],
  };
}

export interface TrendSeries {
  name: string;
  /** One value per category; null where the metric has nothing to report that month. */
  data: Array<number | null>;
  /** Series with different units get their own y axis, so a count is not flattened by money. */
  axis?: 0 | 1;
}

/** A trend over time: one line per series on shared category labels (months), up to two y axes. */
export function lineChartSpec(title: string, categories: string[], series: TrendSeries[]): Record<string, unknown> {
  const twoAxes = series.some((s) => s.axis === 1);
  return {
    title: { text: title },
    tooltip: { trigger: 'axis' },
    legend: { data: series.map((s) => s.name), bottom: 0 },
    grid: { containLabel: true, bottom: 40 },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: twoAxes ? [{ type: 'value' }, { type: 'value', splitLine: { show: false } }] : { type: 'value' },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.data, yAxisIndex: twoAxes ? (s.axis ?? 0) : 0, connectNulls: false })),
  };
}
