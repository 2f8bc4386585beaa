import type { Language } from '../../shared/language';

/** Every user-facing sentence of the engine, in both first-class languages. */
const MESSAGES = {
  ask_customer: { en: 'Which customer is this for?', zh: '是哪个客户的？' },
  ask_subject: { en: 'What is it about? Give me a short subject.', zh: '是关于什么的？请给一个简短的标题。' },
  ask_ticket: { en: 'Which ticket number?', zh: '哪个工单号？' },
  ask_contact: { en: 'Which contact?', zh: '哪个联系人？' },
  ask_metric: { en: 'Which number would you like: win rate, pipeline, revenue won, open tickets…?', zh: '想看哪个指标：赢单率、销售管道、成交金额、未结工单……？' },
  ask_query: { en: 'What should I search for?', zh: '要搜索什么？' },
  choose_customer: { en: 'Several customers match "{name}". Which one?', zh: '有多个客户与“{name}”匹配，是哪一个？' },
  no_customer: { en: 'I could not find a customer called "{name}". Reply "create" to add it as a new customer, or give me another name.', zh: '没有找到名为“{name}”的客户。回复“新建”把它添加为新客户，或者换个名字。' },
  create_customer_option: { en: 'Create "{name}" as a new customer', zh: '新建客户“{name}”' },
  confirm_prompt: { en: 'Shall I save this? Reply "yes" to confirm, "no" to cancel, or tell me what to change.', zh: '要保存吗？回复“确认”保存，“取消”放弃，或者告诉我要改什么。' },
  cancelled: { en: 'Cancelled. Nothing was saved.', zh: '已取消，没有保存任何内容。' },
  nothing_pending: { en: 'There is nothing waiting for confirmation.', zh: '当前没有等待确认的操作。' },
  undone: { en: 'Undone: {what}.', zh: '已撤销：{what}。' },
  denied: { en: 'Sorry, you are not allowed to do that: {why}', zh: '抱歉，你没有权限执行此操作：{why}' },
  error: { en: 'Sorry, something went wrong on my side. Nothing was saved; please try again.', zh: '抱歉，我这边出了点问题，没有保存任何内容，请稍后再试。' },
  unknown: {
    en: "I'm not sure what you mean. I can open tickets, log calls, add contacts, track deals, set reminders, summarise calls and answer questions about customers and KPIs. Try \"help\" for examples.",
    zh: '我不太明白你的意思。我可以开工单、记录通话、添加联系人、跟进商机、设置提醒、总结通话，以及回答客户和指标相关的问题。发送“帮助”查看示例。',
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Picks the sentence in the user's language inline, for one-off phrases built with data. */
export const say = (lang: Language, en: string, zh: string): string => (lang === 'zh' ? zh : en);
