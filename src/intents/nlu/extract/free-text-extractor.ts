import type { IntentName } from '../../../shared/contract/contract';

/**
 * The free-text slots (subject, note, query) are not scored but the handlers store them,
 * so they should read like what a person would have typed into the form.
 */

/** Notes keep the whole message (bounded), subjects a line. */
const NOTE_MAX = 4000;

const PRIORITY_NOISE = /\b(?:not\s+urgent|p[1-4]|(?:high|low|normal|medium|urgent)\s+(?:priority|prio)|prio(?:rity)?\s*[:=]?\s*\w+|urgent|asap)\b|优先级(?:高|低|一般|普通|紧急)?|紧急！?/gi;

const tidy = (s: string, max = 160) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,，.。:：;；\-–—!！?？|>]+|[\s,，.。:：;；\-–—|]+$/g, '')
    .replace(/^(?:their|they\s+say|says|re:?|about)\s+/i, '')
    .slice(0, max)
    .trim();

function remove(text: string, spans: string[]): string {
  let out = text;
  // a name goes with its possessive ("Acme's dashboard" → "dashboard"), contractions stay
  for (const span of spans) if (span) out = out.replace(new RegExp(`${span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s?)?`, 'g'), ' ');
  return out;
}

// the request around a problem: dropped from a ticket subject
const ZH_REQUEST = /(?:帮忙|帮我|麻烦|请|马上|尽快)?(?:开|建|提|新建|创建|记)(?:个|一个|一张|张|下)?\s*(?:(?:[^，。,]{0,10}?)(?:工单|单子|单|ticket)|p[1-4]|紧急单)(?:处理一下|处理|跟一下)?|优先级\S{0,4}|^(?:联系人|对接人)\S*/gi;
const EN_REQUEST = /^(?:hey|hi|pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|need|quick\s+q)?\s*(?:(?:open|create|file|log|raise|make|add|need|new|start|submit)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:support\s+)?(?:p[1-4]\s+)?(?:ticket|case|issue|bug(?:\s+report)?|p[1-4])\b|(?:new\s+)?(?:support\s+)?ticket\b)(?:\s+(?:for|pls|please))?/i;
const NOT_A_PROBLEM = /^(?:urgent|asap|critical|p[1-4]|sev\s?[1-4]|(?:high|low|normal|medium)(?:\s+(?:priority|prio))?|prio(?:rity)?\b.*|not\s+urgent|contact\b.*|reported\s+by\b.*|(?:(?:their\s+)?\w+\s+)?(?:flagged|reported|raised|mentioned)\s+it|紧急|pls|please)$/i;
const CLAUSE_LEAD = /^(?:(?:their|they\s+say|says|reports?|re|about|for|the)\b:?|他们的|他们|客户|反馈|说|那边|的)\s*/i;

function stripLead(c: string): string {
  let prev = '';
  let out = c;
  while (out !== prev) {
    prev = out;
    out = out.replace(CLAUSE_LEAD, '').trim();
  }
  return out;
}

/** Ticket subject: the clauses that describe the problem, without the request around them ("SSO is down"). */
export function ticketSubject(text: string, customer?: string, contact?: string): string {
  const t = remove(text, [customer ?? '', contact ?? '']).replace(/\p{Extended_Pictographic}/gu, ' ');
  const clauses = t
    .split(/[,，。;；:：!！?？()（）]|\.(?:\s+|$)|\s[-–—]+\s/)
    .map((c) => c.replace(ZH_REQUEST, ' ').replace(/^\s*(?:给|为|帮|帮忙|麻烦)\s*/, '').trim().replace(EN_REQUEST, '').trim())
    .map((c) => stripLead(c.replace(PRIORITY_NOISE, ' ').replace(/\b(?:pls|please|asap|thanks|thx)\b/gi, ' ').trim()))
    .filter((c) => c.length > 1 && !NOT_A_PROBLEM.test(c));
  return tidy(clauses.join(', '));
}

/** Task subject: what to do, without "remind me to" and the due date ("send the contract to Acme"). */
export function taskSubject(text: string, dates: string[]): string {
  let t = remove(text, dates);
  t = t.replace(/^.*?\b(?:remind\s+(?:me|us|<@[^>]+>|\w+)\b(?:\s+(?:\w+\s+)?to\b)?|reminder\s+(?:for\s+\S+\s+)?to|task\s*(?:for\s+\S+)?\s*[:：-]|todo\s*[:：-]|to-do\s*[:：-])\s*/i, '');
  t = t.replace(/^.*?(?:提醒我|提醒|待办[:：]?|任务[:：]|记一下[，,]?)/, '').replace(/(^|\s)(?:之前|以前|前)(?=\S)/g, '$1').replace(/^\s*(?:要把|要|把)/, '');
  t = t.replace(/^\s*(?:me|us)\s*$/i, '').replace(/\b(?:by|due|before|on|until)\s*$/i, '').replace(/\b(?:by|due|before|on)\s+(?=[,.]|$)/gi, '').replace(/(?:之前|前)(?=要|完成|把)/, '');
  return tidy(t);
}

/** Search query: quoted words, else what follows the search verb. */
export function searchQuery(text: string): string {
  const quoted = /["“'‘「]([^"”'’」]{1,80})["”'’」]/.exec(text);
  if (quoted) return quoted[1].trim();
  const t = text.replace(/^.*?\b(?:find|search(?:\s+for)?|look\s*up|lookup|locate|list)\s+/i, '').replace(/^.*?(?:搜索|搜一下|查找|找一下|查一下|查询)/, '');
  return tidy(t) || tidy(text);
}

// an empty subject is left out, so the dialogue asks for it instead of storing the request itself
const dropEmpty = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v));

export function freeText(intent: IntentName, text: string, ctx: { customer?: string; contact?: string; dates: string[] }): Record<string, string> {
  switch (intent) {
    case 'ticket.create':
      return dropEmpty({ subject: ticketSubject(text, ctx.customer, ctx.contact), note: tidy(text, NOTE_MAX) });
    case 'task.create':
      return dropEmpty({ subject: taskSubject(text, ctx.dates) });
    case 'search':
      return { query: searchQuery(text) };
    case 'customer.history': {
      const topic = /\b(?:tickets?|deals?|opps?|issues?|calls?|complain\w*|contract|renewal|invoices?)\b|工单|商机|合同|投诉|通话|跟进记录/i.exec(text);
      return topic ? { query: topic[0] } : {};
    }
    case 'call.log':
    case 'ticket.update':
      return { note: tidy(text, NOTE_MAX) };
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
