import type { types } from '@slack/bolt';
import type { Actor, DashboardData, UserAgenda } from '../../intents/services';
import type { Reply } from '../../intents/reply';
import type { Language } from '../../shared/language';
import { escapeMrkdwn, renderReply } from './render';

const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } });

export const homeLanguage = (actor: Pick<Actor, 'locale'> | null): Language => (actor?.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * App Home: who the user is to the CRM, their KPI snapshot (their own numbers for a rep, the team's for a manager,
 * as the role rules scope them), and what they can ask. Pure, so it is tested without Slack.
 */
export function homeBlocks(actor: Actor | null, lang: Language, kpis: DashboardData | null, help: Reply | null, agenda: UserAgenda | null = null): types.KnownBlock[] {
  if (!actor) {
    return [section(lang === 'zh' ? '你还没有在 CRM 中注册：请管理员用你的 Slack 邮箱添加你。' : 'You are not registered in the CRM yet: ask an admin to add your Slack email.')];
  }
  const blocks: types.KnownBlock[] = [section(`*${escapeMrkdwn(actor.name)}* · ${actor.role}${actor.teamName ? ` · ${escapeMrkdwn(actor.teamName)}` : ''}`)];
  if (kpis?.cards.length) {
    const scope = escapeMrkdwn(kpis.scope);
    const range = `${kpis.period.start} – ${kpis.period.end}`;
    blocks.push({ type: 'divider' }, section(lang === 'zh' ? `*指标概览*（${scope}，${range}）` : `*Your numbers* (${scope}, ${range})`));
    const fields = kpis.cards.map((c) => ({ type: 'mrkdwn' as const, text: `*${escapeMrkdwn(c.label)}*\n${escapeMrkdwn(c.display)}${c.change ? ` (${escapeMrkdwn(c.change)})` : ''}` }));
    for (let i = 0; i < fields.length; i += 10) blocks.push({ type: 'section', fields: fields.slice(i, i + 10) });
  }
  if (agenda) blocks.push(...agendaBlocks(agenda, lang));
  if (help) blocks.push({ type: 'divider' }, ...renderReply(help, { thread: 'home' }).blocks);
  // Slack allows 100 blocks in a Home view.
  return blocks.slice(0, 100);
}

/** Deals closing soon, tasks due and tickets assigned: each list only when it has something. */
export function agendaBlocks(a: UserAgenda, lang: Language): types.KnownBlock[] {
  const L = (en: string, zh: string) => (lang === 'zh' ? zh : en);
  const out: types.KnownBlock[] = [];
  const list = (title: string, lines: string[]) => {
    if (lines.length) out.push({ type: 'divider' }, section(`*${title}*\n${lines.join('\n')}`));
  };
  list(L('Deals closing this week', '本周预计成交的商机'), a.deals_closing.map((d) => `• ${escapeMrkdwn(d.name)} (${escapeMrkdwn(d.account)}) · ${d.stage} · ${d.close_date}${d.amount != null ? ` · ${d.amount.toLocaleString('en-US')} ${d.currency}` : ''}`));
  list(L('Tasks due', '待办任务'), a.tasks_due.map((t) => `• ${t.overdue ? '⚠️ ' : ''}${escapeMrkdwn(t.subject)}${t.due_date ? ` · ${t.due_date}` : ''}${t.account ? ` · ${escapeMrkdwn(t.account)}` : ''}`));
  list(L('Tickets assigned to you', '分配给你的工单'), a.assigned_tickets.map((t) => `• #${t.number} ${escapeMrkdwn(t.subject)} · ${t.priority} · ${t.status} · ${escapeMrkdwn(t.account)}`));
  return out;
}
