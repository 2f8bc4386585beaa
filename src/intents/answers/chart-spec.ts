/** One chart specification (an ECharts option) for every surface: the web draws it, the bots get it as a PNG. */
export function barChartSpec(title: string, groups: Record<string, number>): Record<string, unknown> {
  const entries = Object.entries(groups).sort((a, b) => b[1] - a[1]);
  return {
    title: { text: title },
    tooltip: {},
    grid: { containLabel: true },
    xAxis: { type: 'category', data: entries.map(([k]) => k), axisLabel: { interval: 0, rotate: entries.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: entries.map(([, v]) => v) }],
  };
}
