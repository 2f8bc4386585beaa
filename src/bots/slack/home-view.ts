import type { types } from '@slack/bolt';
import type { Actor, DashboardData } from '../../intents/services';
import type { Reply } from '../../intents/reply';
import type { Language } from '../../shared/language';
import { escapeMrkdwn, renderReply } from './render';

const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } });

export const homeLanguage = (actor: Pick<Actor, 'locale'> | null): Language => (actor?.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * App Home: who the user is to the CRM, their KPI snapshot (their own numbers for a rep, the team's for a manager,
 * as the role rules scope them), and what they can ask. Pure, so it is tested without Slack.
 */
export function homeBlocks(actor: Actor | null, lang: Language, kpis: DashboardData | null, help: Reply | null): types.KnownBlock[] {
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
  if (help) blocks.push({ type: 'divider' }, ...renderReply(help, { thread: 'home' }).blocks);
  // Slack allows 100 blocks in a Home view.
  return blocks.slice(0, 100);
}
