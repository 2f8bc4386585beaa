import type { Reply } from '../../intents/reply';
import type { CardElement } from './card-types';

/** Metrics where a rise is bad news, so the change is shown in the warning colour. */
const LOWER_IS_BETTER = new Set(['open_tickets', 'sla_breaches', 'first_response_time', 'resolution_time', 'sales_cycle_days']);

interface KpiData {
  metric?: string;
  unit?: string;
  value?: number | null;
  compare?: { value?: number | null; period?: { start: string; end: string } };
}

/** "▲ 4.6 pts" for ratios, "▼ 12.0%" otherwise: the change versus the comparison period, or null. */
export function kpiChange(data: KpiData, lang: 'en' | 'zh'): { text: string; direction: 'up' | 'down' | 'flat' } | null {
  const v = data.value;
  const c = data.compare?.value;
  if (typeof v !== 'number' || typeof c !== 'number') return null;
  const diff = v - c;
  if (Math.abs(diff) < 1e-9) return { text: lang === 'zh' ? '持平' : 'no change', direction: 'flat' };
  const arrow = diff > 0 ? '▲' : '▼';
  let amount: string;
  if (data.unit === 'ratio') amount = `${Math.abs(diff * 100).toFixed(1)} ${lang === 'zh' ? '个百分点' : 'pts'}`;
  else if (c !== 0) amount = `${Math.abs((diff / c) * 100).toFixed(1)}%`;
  else amount = Math.abs(diff).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return { text: `${arrow} ${amount}`, direction: diff > 0 ? 'up' : 'down' };
}

/** The top of a KPI card: metric name, the figure in large type and its change, coloured by whether it is good. */
export function kpiHeader(reply: Reply): CardElement[] | null {
  if (reply.intent !== 'kpi.query' || reply.status !== 'done') return null;
  const data = reply.data as KpiData;
  const facts = reply.blocks.find((b) => b.type === 'facts');
  if (!data.metric || !facts || facts.type !== 'facts' || !facts.items[0]) return null;
  const change = kpiChange(data, reply.language);
  const good = change && change.direction !== 'flat' ? (change.direction === 'up') !== LOWER_IS_BETTER.has(data.metric) : null;
  const period = data.compare?.period;
  const versus = period ? `${reply.language === 'zh' ? '对比' : 'vs'} ${period.start === period.end ? period.start : `${period.start} – ${period.end}`}` : '';
  return [
    { type: 'TextBlock', text: facts.title ?? data.metric, weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: facts.items[0].value, size: 'ExtraLarge', weight: 'Bolder' }] },
        ...(change
          ? [{
              type: 'Column',
              width: 'stretch',
              verticalContentAlignment: 'Center',
              items: [
                { type: 'TextBlock', text: change.text, color: good === null ? 'Default' : good ? 'Good' : 'Attention', weight: 'Bolder' },
                ...(versus ? [{ type: 'TextBlock', text: versus, isSubtle: true, size: 'Small', spacing: 'None' }] : []),
              ],
            }]
          : []),
      ],
    },
  ];
}
