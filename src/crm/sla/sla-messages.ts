import type { Recipient, SlaTicket } from './sla-repository';

/** What the SLA watch says, in the recipient's language (English or Simplified Chinese); pure. */
export interface SlaMessage {
  text: string;
  title: string;
  kind: 'sla.warning' | 'sla.escalation';
  record: { type: 'ticket'; id: string };
}

const PRIORITY_ZH: Record<string, string> = { urgent: '紧急', high: '高', normal: '普通', low: '低' };

export const isChinese = (locale: string | null | undefined): boolean => /^zh/i.test(locale ?? '');

export function formatTime(at: Date, timeZone: string): string {
  const hm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${hm} ${timeZone}`;
}

function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
}

export function slaWarningMessage(t: SlaTicket, to: Recipient, now: Date, orgTimeZone: string): SlaMessage {
  const tz = to.timezone || orgTimeZone;
  const due = new Date(t.due_at);
  const left = minutesBetween(now, due);
  const text = isChinese(to.locale)
    ? `⏰ 工单 #${t.number}「${t.subject}」（${PRIORITY_ZH[t.priority] ?? t.priority}）需在 ${formatTime(due, tz)} 前首次回复，还剩 ${left} 分钟。`
    : `⏰ Ticket #${t.number} "${t.subject}" (${t.priority}) needs a first response by ${formatTime(due, tz)}: ${left} min left.`;
  return {
    text,
    title: isChinese(to.locale) ? `工单 #${t.number} 即将超出 SLA` : `Ticket #${t.number} is close to its SLA`,
    kind: 'sla.warning',
    record: { type: 'ticket', id: t.id },
  };
}

export function slaEscalationMessage(t: SlaTicket, to: Recipient, orgTimeZone: string): SlaMessage {
  const tz = to.timezone || orgTimeZone;
  const due = formatTime(new Date(t.due_at), tz);
  const zh = isChinese(to.locale);
  const who = t.assignee_name ?? (zh ? '无人负责' : 'nobody');
  const account = t.account_name ? (zh ? `，客户 ${t.account_name}` : `, ${t.account_name}`) : '';
  const text = zh
    ? `🚨 工单 #${t.number}「${t.subject}」（${PRIORITY_ZH[t.priority] ?? t.priority}${account}）已超过首次回复时限（${due}），负责人：${who}。`
    : `🚨 Ticket #${t.number} "${t.subject}" (${t.priority}${account}) missed its first-response target (${due}); assigned to ${who}.`;
  return {
    text,
    title: zh ? `工单 #${t.number} 已超出 SLA` : `Ticket #${t.number} breached its SLA`,
    kind: 'sla.escalation',
    record: { type: 'ticket', id: t.id },
  };
}
