import type { IntentName } from '../../../shared/contract/contract';

/**
 * The free-text slots (subject, note, query) are not scored but the handlers store them,
 * so they should read like what a person would have typed into the form.
 */
const COMMAND = new RegExp(
  [
    String.raw`^(?:hey\s+|hi\s+)?(?:bot[,:]?\s+)?(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|quick\s+q\s*-?)?\s*`,
    String.raw`(?:(?:open|create|file|log|raise|make|add|need|new|start|submit)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:support\s+)?(?:p[1-4]\s+)?(?:ticket|case|task|todo|reminder|deal|opp|opportunity|contact)?\s*(?:for\s+)?)?`,
  ].join(''),
  'i',
);
const ZH_COMMAND = /(?:帮忙|帮我|麻烦|请)?(?:开|建|提|创建|新建|记)(?:个|一个|一张|张|下)?(?:[高低普通紧急一般]*优先级的?)?(?:工单|单子|单|ticket|任务|待办)(?:处理一下|处理)?/g;
const PRIORITY_NOISE = /\b(?:p[1-4]|(?:high|low|normal|medium|urgent)\s+(?:priority|prio)|prio(?:rity)?\s*[:=]?\s*\w+|urgent|asap)\b|优先级(?:高|低|一般|普通|紧急)?|紧急！?/gi;

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,，.。:：;；\-–—!！?？|>]+|[\s,，.。:：;；\-–—|]+$/g, '')
    .replace(/^(?:their|they\s+say|says|re:?|about)\s+/i, '')
    .slice(0, 160)
    .trim();

function remove(text: string, spans: string[]): string {
  let out = text;
  for (const s of spans) if (s) out = out.split(s).join(' ');
  return out;
}

/** Ticket subject: the problem, without the request around it ("SSO is down"). */
export function ticketSubject(text: string, customer?: string, contact?: string): string {
  let t = remove(text, [customer ?? '', contact ?? '']).replace(ZH_COMMAND, ' ').replace(PRIORITY_NOISE, ' ');
  t = t.replace(COMMAND, '').replace(/\b(?:pls|please|asap|thanks|thx)\b/gi, ' ');
  t = t.replace(/\b(?:contact(?:\s+is)?|reported by)\s*:?\s*$/i, '').replace(/联系人是|对接人是.*$/, '');
  t = t.replace(/['’]s\b/, '').replace(/\(\s*(?:not\s+urgent)?\s*\)/gi, ' ');
  return tidy(t.replace(/^\s*(?:for|to)\s+/i, '')) || tidy(text);
}

/** Task subject: what to do, without "remind me to" and the due date ("send the contract to Acme"). */
export function taskSubject(text: string, dates: string[]): string {
  let t = remove(text, dates);
  t = t.replace(/^.*?\b(?:remind\s+(?:me|<@[^>]+>|\w+)\s+(?:\w+\s+)?to|reminder\s+(?:for\s+\S+\s+)?to|task\s*(?:for\s+\S+)?\s*[:：-]|todo\s*[:：-]|to-do\s*[:：-])\s*/i, '');
  t = t.replace(/^.*?(?:提醒我|提醒|待办[:：]?|任务[:：]|记一下[，,]?)/, '');
  t = t.replace(/\b(?:by|due|before|on|until)\s*$/i, '').replace(/\b(?:by|due|before|on)\s+(?=[,.]|$)/gi, '').replace(/(?:之前|前)(?=要|完成|把)/, '');
  return tidy(t) || tidy(text);
}

/** Search query: quoted words, else what follows the search verb. */
export function searchQuery(text: string): string {
  const quoted = /["“'‘「]([^"”'’」]{1,80})["”'’」]/.exec(text);
  if (quoted) return quoted[1].trim();
  const t = text.replace(/^.*?\b(?:find|search(?:\s+for)?|look\s*up|lookup|locate|list)\s+/i, '').replace(/^.*?(?:搜索|搜一下|查找|找一下|查一下|查询)/, '');
  return tidy(t) || tidy(text);
}

export function freeText(intent: IntentName, text: string, ctx: { customer?: string; contact?: string; dates: string[] }): Record<string, string> {
  switch (intent) {
    case 'ticket.create':
      return { subject: ticketSubject(text, ctx.customer, ctx.contact), note: tidy(text) };
    case 'task.create':
      return { subject: taskSubject(text, ctx.dates) };
    case 'search':
      return { query: searchQuery(text) };
    case 'customer.history': {
      const topic = /\b(?:tickets?|deals?|opps?|issues?|calls?|complain\w*|contract|renewal|invoices?)\b|工单|商机|合同|投诉|通话|跟进记录/i.exec(text);
      return topic ? { query: topic[0] } : {};
    }
    case 'call.log':
    case 'ticket.update':
      return { note: tidy(text) };
    case 'deal.create':
    case 'deal.update': {
      const after = ctx.customer ? text.split(ctx.customer)[1] ?? '' : '';
      const words = /^\s*['’]?s?\s*([A-Za-z][\w+&/ -]{2,40}?)(?=\s*(?:[,.;:—–-]|\$|€|£|\d|deal|opp|$))/.exec(after);
      const subject = words && !/^(?:deal|opp|is|has|signed|wants|to|for)\b/i.test(words[1]) ? `${ctx.customer} ${words[1].trim()}` : ctx.customer ? `${ctx.customer}` : '';
      return subject ? { subject } : {};
    }
    default:
      return {};
  }
}
