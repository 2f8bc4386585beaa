import type { KpiResult } from '../../crm/kpi';
import type { Metric, Period } from '../../shared/contract/contract';
import type { Language } from '../../shared/language';

const NAMES: Record<Metric, { en: string; zh: string }> = {
  pipeline_value: { en: 'Open pipeline', zh: '销售管道金额' },
  new_deals: { en: 'New deals', zh: '新增商机' },
  deals_won: { en: 'Deals won', zh: '赢单数' },
  revenue_won: { en: 'Revenue won', zh: '成交金额' },
  win_rate: { en: 'Win rate', zh: '赢单率' },
  avg_deal_size: { en: 'Average deal size', zh: '平均成交金额' },
  sales_cycle_days: { en: 'Sales cycle', zh: '销售周期' },
  new_accounts: { en: 'New accounts', zh: '新增客户' },
  activities: { en: 'Activities', zh: '活动数' },
  calls_logged: { en: 'Calls logged', zh: '通话次数' },
  tickets_opened: { en: 'Tickets opened', zh: '新建工单' },
  tickets_resolved: { en: 'Tickets resolved', zh: '已解决工单' },
  open_tickets: { en: 'Open tickets', zh: '未结工单' },
  first_response_time: { en: 'Median first response time', zh: '首次响应时间中位数' },
  resolution_time: { en: 'Median resolution time', zh: '解决时间中位数' },
  sla_breaches: { en: 'SLA breaches', zh: 'SLA 违约数' },
};

export const metricName = (m: Metric, lang: Language): string => NAMES[m][lang];

export function formatValue(unit: KpiResult['unit'], v: number | null, lang: Language): string {
  if (v === null) return lang === 'zh' ? '无数据' : 'n/a';
  switch (unit) {
    case 'ratio': return `${(v * 100).toFixed(1)}%`;
    case 'money': return `$${v.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
    case 'hours': return lang === 'zh' ? `${v.toFixed(1)} 小时` : `${v.toFixed(1)} h`;
    case 'days': return lang === 'zh' ? `${v.toFixed(1)} 天` : `${v.toFixed(1)} days`;
    default: return String(v);
  }
}

export const formatPeriod = (p: Period): string => (p.start === p.end ? p.start : `${p.start} – ${p.end}`);

/** "up 4.6 points" for ratios, "up 12%" otherwise: the change a manager reads first. */
export function describeChange(r: KpiResult, lang: Language): string | null {
  if (!r.compare || r.value === null || r.compare.value === null) return null;
  const diff = r.value - r.compare.value;
  if (Math.abs(diff) < 1e-9) return lang === 'zh' ? '与对比期持平' : 'flat against the comparison period';
  const up = diff > 0;
  let size: string;
  if (r.unit === 'ratio') size = lang === 'zh' ? `${Math.abs(diff * 100).toFixed(1)} 个百分点` : `${Math.abs(diff * 100).toFixed(1)} points`;
  else if (r.compare.value !== 0) size = `${Math.abs((diff / r.compare.value) * 100).toFixed(1)}%`;
  else size = formatValue(r.unit, Math.abs(diff), lang);
  return lang === 'zh' ? `${up ? '上升' : '下降'} ${size}` : `${up ? 'up' : 'down'} ${size}`;
}

export function kpiSentence(r: KpiResult, lang: Language): string {
  const name = metricName(r.metric, lang);
  const when = r.periodApplies ? ` (${formatPeriod(r.period)})` : lang === 'zh' ? '（当前）' : ' (now)';
  const detail = r.unit === 'ratio' && r.denominator !== undefined ? (lang === 'zh' ? `（${r.numerator} / ${r.denominator}）` : ` (${r.numerator} of ${r.denominator})`) : '';
  let s = lang === 'zh' ? `${name}${when}：${formatValue(r.unit, r.value, lang)}${detail}` : `${name}${when}: ${formatValue(r.unit, r.value, lang)}${detail}`;
  if (r.compare) {
    const change = describeChange(r, lang);
    s += lang === 'zh'
      ? `，对比 ${formatPeriod(r.compare.period)} 为 ${formatValue(r.unit, r.compare.value, lang)}${change ? `，${change}` : ''}`
      : `, against ${formatValue(r.unit, r.compare.value, lang)} in ${formatPeriod(r.compare.period)}${change ? ` (${change})` : ''}`;
  }
  if (r.groups) {
    const top = Object.entries(r.groups).sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (top.length) s += lang === 'zh' ? `。最高：${top.map(([k, v]) => `${k} ${formatValue(r.unit, v, lang)}`).join('、')}` : `. Top: ${top.map(([k, v]) => `${k} ${formatValue(r.unit, v, lang)}`).join(', ')}`;
  }
  return s + (lang === 'zh' ? '。' : '.');
}

/** How the number was computed, so a manager can audit it. */
export function kpiExplanation(r: KpiResult, lang: Language): string {
  const filters = Object.entries(r.filters).map(([k, v]) => `${k}=${v}`).join(', ');
  return lang === 'zh'
    ? `定义：${r.definition}；期间 ${formatPeriod(r.period)}；范围 ${r.scope.label}${filters ? `；筛选 ${filters}` : ''}；截至 ${r.asOf}`
    : `Definition: ${r.definition}; period ${formatPeriod(r.period)}; scope ${r.scope.label}${filters ? `; filters ${filters}` : ''}; as of ${r.asOf}`;
}
