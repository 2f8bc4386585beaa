import type { Language } from '../../shared/language';

/** The few sentences the Teams surface says itself (everything else comes from the engine). */
const MESSAGES = {
  not_registered: {
    en: 'I could not find a CRM user for your Teams account{email}. Ask an administrator to add you, then try again.',
    zh: '没有找到与你的 Teams 账号{email}对应的 CRM 用户。请联系管理员添加后再试。',
  },
  not_yours: { en: 'These buttons are for {name}; ask me yourself if you need the same.', zh: '这些按钮属于 {name}；如有需要请直接问我。' },
  working: { en: 'Working on the summary of {file}; I will post it here when it is ready.', zh: '正在生成 {file} 的摘要，完成后会发在这里。' },
  transcript_failed: { en: 'I could not read {file}: {why}', zh: '无法读取 {file}：{why}' },
  empty: { en: 'Ask me about customers, deals, tickets or KPIs, e.g. "win rate this quarter".', zh: '可以问我客户、商机、工单或指标，例如“本季度赢单率”。' },
  error: { en: 'Sorry, something went wrong on my side. Please try again in a moment.', zh: '抱歉，我这边出了点问题，请稍后再试。' },
  welcome: {
    en: 'Hi {name}! Ask me about customers, deals, tickets or KPIs ("win rate this quarter vs last quarter"), or send me a call transcript to summarise. I will also post updates for you here.',
    zh: '{name}你好！可以问我客户、商机、工单或指标（例如“本季度赢单率”），也可以发通话记录给我总结。之后的提醒也会发在这里。',
  },
  ticket_form_title: { en: 'Create ticket', zh: '创建工单' },
} as const;

export type TeamsMessageKey = keyof typeof MESSAGES;

export function teamsSay(lang: Language, key: TeamsMessageKey, vars: Record<string, string> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
