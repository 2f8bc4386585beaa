import type { AccountBrief } from '../../crm/history/brief-types';
import type { Language } from '../../shared/language';
import type { Block } from '../reply';
import { say } from '../i18n/messages';

const day = (iso: string) => iso.slice(0, 10);
const money = (n: number | null, cur: string) => (n == null ? '' : `${cur === 'USD' ? '$' : cur + ' '}${n.toLocaleString('en-US')}`);

/** The account brief in words: every open ticket and deal by name, and the last contact with its subject. */
export function briefText(b: AccountBrief, lang: Language): string {
  const L = (en: string, zh: string) => say(lang, en, zh);
  const parts: string[] = [];
  const owner = b.customer.owner ? L(` (owner ${b.customer.owner.name})`, `（负责人 ${b.customer.owner.name}）`) : '';
  parts.push(`${b.customer.name}${owner}`);
  const tickets = b.open_tickets.map((t) => `#${t.number} ${t.subject} (${t.priority}, ${t.status}, SLA ${t.sla})`);
  parts.push(
    b.open_tickets.length
      ? L(`${b.open_tickets.length} open ticket${b.open_tickets.length > 1 ? 's' : ''}: ${tickets.join('; ')}`, `未结工单 ${b.open_tickets.length} 个：${tickets.join('；')}`)
      : L('no open tickets', '没有未结工单'),
  );
  const deals = b.open_deals.map((d) => `${d.name} (${d.stage}${d.amount != null ? `, ${money(d.amount, d.currency)}` : ''}${d.close_date ? `, ${L('closes', '预计成交')} ${d.close_date}${d.slipped ? L(', slipped', '，已延期') : ''}` : ''})`);
  parts.push(
    b.open_deals.length
      ? L(`${b.open_deals.length} open deal${b.open_deals.length > 1 ? 's' : ''}: ${deals.join('; ')}`, `进行中商机 ${b.open_deals.length} 个：${deals.join('；')}`)
      : L('no open deals', '没有进行中的商机'),
  );
  const c = b.last_contact;
  parts.push(
    c
      ? L(
          `last contact: ${c.type} on ${day(c.date)}${c.who ? ` by ${c.who.name}` : ''}: "${c.subject ?? ''}"${c.summary ? ` — ${c.summary}` : ''}`,
          `最近联系：${day(c.date)} ${zhKind(c.type)}${c.who ? `（${c.who.name}）` : ''}：“${c.subject ?? ''}”${c.summary ? ` — ${c.summary}` : ''}`,
        )
      : L('no calls, meetings or emails yet', '还没有通话、会议或邮件记录'),
  );
  if (b.upcoming_tasks.length) {
    parts.push(L(`upcoming tasks: ${b.upcoming_tasks.map((t) => `${t.subject}${t.due_date ? ` (${t.due_date})` : ''}`).join('; ')}`, `待办任务：${b.upcoming_tasks.map((t) => `${t.subject}${t.due_date ? `（${t.due_date}）` : ''}`).join('；')}`));
  }
  if (b.sentiment_trend.length) parts.push(L(`call sentiment: ${b.sentiment_trend.join(' → ')}`, `通话情绪：${b.sentiment_trend.join(' → ')}`));
  return lang === 'zh' ? parts.join('；') + '。' : parts.join('; ') + '.';
}

const zhKind = (k: string) => ({ call: '通话', meeting: '会议', email: '邮件', note: '备注' })[k] ?? k;

export function briefBlocks(b: AccountBrief, lang: Language): Block[] {
  const L = (en: string, zh: string) => say(lang, en, zh);
  const blocks: Block[] = [
    {
      type: 'facts',
      title: b.customer.name,
      items: [
        { label: L('Owner', '负责人'), value: b.customer.owner?.name ?? '—' },
        { label: L('Open tickets', '未结工单'), value: String(b.open_tickets.length) },
        { label: L('Open deals', '进行中商机'), value: String(b.open_deals.length) },
        { label: L('Last contact', '最近联系'), value: b.last_contact ? `${day(b.last_contact.date)} ${b.last_contact.type}: ${b.last_contact.subject ?? ''}` : '—' },
      ],
    },
  ];
  if (b.open_tickets.length) {
    blocks.push({ type: 'table', title: L('Open tickets', '未结工单'), columns: ['#', L('Subject', '标题'), L('Priority', '优先级'), 'SLA'], rows: b.open_tickets.map((t) => [String(t.number), t.subject, t.priority, t.sla]) });
  }
  if (b.open_deals.length) {
    blocks.push({ type: 'table', title: L('Open deals', '进行中商机'), columns: [L('Deal', '商机'), L('Stage', '阶段'), L('Amount', '金额'), L('Close date', '预计成交')], rows: b.open_deals.map((d) => [d.name, d.stage, money(d.amount, d.currency), d.close_date ?? '']) });
  }
  return blocks;
}
