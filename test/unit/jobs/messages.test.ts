import { addDays, localDate, mondayOf, previousWeekStart, sundayOf, weekday } from '../../../src/crm/digests/digest-dates';
import { formatMoney, morningDigestMessage, weeklyDigestMessage } from '../../../src/crm/digests/digest-messages';
import type { MorningDigest } from '../../../src/crm/digests/morning-digest';
import type { WeeklyDigest } from '../../../src/crm/digests/weekly-digest';
import { formatTime, slaEscalationMessage, slaWarningMessage } from '../../../src/crm/sla/sla-messages';
import type { SlaTicket } from '../../../src/crm/sla/sla-repository';

const ticket: SlaTicket = {
  id: 't1', number: 1042, subject: 'SSO is down', priority: 'urgent', assignee_id: 'a1', assignee_name: 'Alice',
  account_name: 'Acme', account_owner_id: null, due_at: new Date('2026-11-25T10:00:00Z'),
};
const en = { id: 'u1', name: 'Alice', locale: 'en-US', timezone: null };
const zh = { id: 'u2', name: '李娜', locale: 'zh-CN', timezone: 'Asia/Shanghai' };

describe('SLA messages', () => {
  it('warn in the reader’s language and time zone', () => {
    const m = slaWarningMessage(ticket, en, new Date('2026-11-25T09:45:00Z'), 'UTC');
    expect(m).toEqual({
      text: '⏰ Ticket #1042 "SSO is down" (urgent) needs a first response by 10:00 UTC: 15 min left.',
      title: 'Ticket #1042 is close to its SLA',
      kind: 'sla.warning',
      record: { type: 'ticket', id: 't1' },
    });
    const z = slaWarningMessage(ticket, zh, new Date('2026-11-25T09:45:00Z'), 'UTC');
    expect(z.text).toBe('⏰ 工单 #1042「SSO is down」（紧急）需在 18:00 Asia/Shanghai 前首次回复，还剩 15 分钟。');
    expect(z.title).toBe('工单 #1042 即将超出 SLA');
  });

  it('escalate naming the assignee, or nobody', () => {
    expect(slaEscalationMessage(ticket, en, 'UTC').text).toBe(
      '🚨 Ticket #1042 "SSO is down" (urgent, Acme) missed its first-response target (10:00 UTC); assigned to Alice.',
    );
    const orphan = { ...ticket, assignee_name: null, account_name: null, priority: 'odd' };
    expect(slaEscalationMessage(orphan, zh, 'UTC')).toMatchObject({
      text: '🚨 工单 #1042「SSO is down」（odd）已超过首次回复时限（18:00 Asia/Shanghai），负责人：无人负责。',
      title: '工单 #1042 已超出 SLA',
    });
    expect(slaEscalationMessage(orphan, en, 'UTC').text).toContain('(odd) missed');
    expect(formatTime(new Date('2026-11-25T23:05:00Z'), 'UTC')).toBe('23:05 UTC');
  });
});

describe('digest dates', () => {
  it('speak of local days and ISO weeks', () => {
    expect(localDate(new Date('2026-11-24T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-25');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekday('2026-11-29')).toBe(0);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(sundayOf('2026-11-23')).toBe('2026-11-29');
    expect(previousWeekStart('2026-11-25')).toBe('2026-11-16');
  });
});

describe('digest messages', () => {
  const base: MorningDigest = { user: en, today: '2026-11-25', weekEnd: '2026-11-29', deals: [], tasks: [], tickets: [] };

  it('cut long sections to ten lines and say how many more', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => ({ id: String(i), subject: `Task ${i}`, due_date: '2026-11-25', account: null }));
    const m = morningDigestMessage({ ...base, tasks });
    expect(m.lines[0]).toBe('Tasks due (12)');
    expect(m.lines).toHaveLength(12);
    expect(m.lines.at(-1)).toBe('• … +2');
    expect(m.text.split('\n')[0]).toBe('Good morning, Alice: your day (2026-11-25)');
  });

  it('write the Chinese digest in Chinese, money included', () => {
    const m = morningDigestMessage({
      ...base,
      user: zh,
      deals: [{ id: 'd', name: '续约', account: '华为', amount: 35000, currency: 'CNY', close_date: '2026-11-27', stage: 'proposal' }],
      tickets: [{ id: 't', number: 7, subject: '无法登录', priority: 'high', account: '华为' }],
    });
    expect(m.lines).toEqual(['本周待成交的商机（1）', '• 续约 (华为), ¥35,000, 2026-11-27', '您客户的新工单（1）', '• #7 无法登录 (华为, high)']);
    expect(formatMoney(null, 'USD', null)).toBe('—');
    expect(formatMoney(5, 'NOT-A-CODE', null)).toBe('5 NOT-A-CODE');
  });

  it('give managers their week in numbers', () => {
    const d: WeeklyDigest = {
      user: zh, team: { id: 't', name: '华东销售' }, weekStart: '2026-11-16', weekEnd: '2026-11-22',
      kpis: { new_deals: 3, deals_won: 0, revenue_won: 0, deals_lost: 0, win_rate: null, open_pipeline: 1000, calls_logged: 4, tickets_opened: 2, tickets_resolved: 1, sla_breaches: 0 },
    };
    const m = weeklyDigestMessage(d);
    expect(m.title).toBe('华东销售 周报（2026-11-16 至 2026-11-22）');
    expect(m.lines[1]).toBe('赢单：0（US$0），输单：0，赢单率：—');
  });
});
