import type { MorningDigest } from './morning-digest';
import type { WeeklyDigest } from './weekly-digest';

/** Digest texts in the reader's language; pure, so each surface can render the lines natively. */
export interface DigestMessage {
  title: string;
  text: string;
  lines: string[];
  kind: 'digest.morning' | 'digest.weekly';
}

const MAX_ITEMS = 10;
const zh = (locale: string | null) => /^zh/i.test(locale ?? '');

export function formatMoney(amount: number | null, currency: string, locale: string | null): string {
  if (amount === null || amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(zh(locale) ? 'zh-CN' : 'en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

function section(title: string, items: string[]): string[] {
  if (!items.length) return [];
  const shown = items.slice(0, MAX_ITEMS).map((i) => `• ${i}`);
  if (items.length > MAX_ITEMS) shown.push(`• … +${items.length - MAX_ITEMS}`);
  return [title, ...shown];
}

export function morningDigestMessage(d: MorningDigest): DigestMessage {
  const c = zh(d.user.locale);
  const deals = d.deals.map((x) => `${x.name} (${x.account}), ${formatMoney(x.amount, x.currency, d.user.locale)}, ${x.close_date}`);
  const tasks = d.tasks.map((x) => `${x.subject}${x.account ? ` (${x.account})` : ''}, ${x.due_date < d.today ? (c ? '已逾期 ' : 'overdue since ') : ''}${x.due_date}`);
  const tickets = d.tickets.map((x) => `#${x.number} ${x.subject} (${x.account}, ${x.priority})`);
  const lines = [
    ...section(c ? `本周待成交的商机（${deals.length}）` : `Deals closing this week (${deals.length})`, deals),
    ...section(c ? `到期的任务（${tasks.length}）` : `Tasks due (${tasks.length})`, tasks),
    ...section(c ? `您客户的新工单（${tickets.length}）` : `New tickets on your accounts (${tickets.length})`, tickets),
  ];
  const title = c ? `早上好，${d.user.name}！今天（${d.today}）的摘要` : `Good morning, ${d.user.name}: your day (${d.today})`;
  return { title, text: [title, ...lines].join('\n'), lines, kind: 'digest.morning' };
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export function weeklyDigestMessage(d: WeeklyDigest, currency = 'USD'): DigestMessage {
  const c = zh(d.user.locale);
  const k = d.kpis;
  const money = (v: number) => formatMoney(v, currency, d.user.locale);
  const lines = c
    ? [
        `新商机：${k.new_deals}`,
        `赢单：${k.deals_won}（${money(k.revenue_won)}），输单：${k.deals_lost}，赢单率：${pct(k.win_rate)}`,
        `在途商机金额：${money(k.open_pipeline)}`,
        `通话记录：${k.calls_logged}`,
        `新工单：${k.tickets_opened}，已解决：${k.tickets_resolved}，超出 SLA：${k.sla_breaches}`,
      ]
    : [
        `New deals: ${k.new_deals}`,
        `Won: ${k.deals_won} (${money(k.revenue_won)}), lost: ${k.deals_lost}, win rate: ${pct(k.win_rate)}`,
        `Open pipeline: ${money(k.open_pipeline)}`,
        `Calls logged: ${k.calls_logged}`,
        `Tickets opened: ${k.tickets_opened}, resolved: ${k.tickets_resolved}, SLA breaches: ${k.sla_breaches}`,
      ];
  const title = c
    ? `${d.team.name} 周报（${d.weekStart} 至 ${d.weekEnd}）`
    : `${d.team.name}: the week of ${d.weekStart} to ${d.weekEnd}`;
  return { title, text: [title, ...lines].join('\n'), lines, kind: 'digest.weekly' };
}
