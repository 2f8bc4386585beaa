import type { Priority, TicketStatus } from '../../../shared/contract/contract';

/** Ticket number: "#1042", "ticket 4388", "工单4467", or a bare number that starts an update ("4501 先改成 pending"). */
export function findTicketNumber(text: string): number | undefined {
  const patterns = [
    // "invoice #8891" or "PO #…" numbers another document, not a ticket
    /(?<!\b(?:invoice|inv|order|po|receipt|quote|contract|sow)\s*)(?:^|[^\w&])#\s?(\d{2,7})\b/i,
    /\b(?:ticket|tix|tkt|case|issue)\s*(?:no\.?|number|num|#)?\s*(\d{2,7})\b/i,
    /(?:工单|单号|单子|ticket)\s*(?:号)?\s*#?\s*(\d{2,7})/i,
    /^\s*(\d{3,7})(?=\s|$|[，,:：\p{Script=Han}])/u,
    /\b(?:mark|close|closing|reopen|re-open|resolve|assign|reassign|bump|escalate|take|lower|raise|downgrade|update|set|put|move|give|hand)\s+(\d{3,7})\b/i,
    /(?:把|将)\s*#?\s*(\d{3,7})(?!\d)/,
    /(?<![\d.$€£¥#])(\d{3,7})\s*号?\s*(?:工单|单子?)?\s*(?:分配|转给|交给|改成|改为|关了|关闭|调成|设为|标记|重新打开|我来)/,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const P_LEVEL: Record<string, Priority> = { '1': 'urgent', '2': 'high', '3': 'normal', '4': 'low', '0': 'urgent' };
const WORD_LEVEL: Record<string, Priority> = {
  urgent: 'urgent', critical: 'urgent', blocker: 'urgent', emergency: 'urgent', highest: 'urgent', top: 'urgent',
  high: 'high', medium: 'normal', normal: 'normal', moderate: 'normal', standard: 'normal', low: 'low', lowest: 'low', minor: 'low',
};
const ZH_LEVEL: Record<string, Priority> = { 紧急: 'urgent', 最高: 'urgent', 加急: 'urgent', 特急: 'urgent', 高: 'high', 较高: 'high', 中: 'normal', 中等: 'normal', 普通: 'normal', 一般: 'normal', 正常: 'normal', 低: 'low', 较低: 'low', 最低: 'low' };

const NEGATED = /(?:not|non|isn'?t|no|never|less|不|非|没那么|无需)[\s-]*$/i;

/** P1..P4, "high priority", "prio: low", "set it to high", 紧急, 高优先级, 优先级一般. */
export function findPriority(text: string): Priority | undefined {
  const p = /\b(?:p|sev|severity|pri)\s?-?([0-4])\b/i.exec(text);
  if (p) return P_LEVEL[p[1]];
  for (const [g, map] of PRIORITY_RULES) {
    g.lastIndex = 0;
    for (const m of text.matchAll(g)) {
      if (NEGATED.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const v = map(m as unknown as RegExpExecArray);
      if (v) return v;
    }
  }
  return undefined;
}

const PRIORITY_RULES: Array<[RegExp, (m: RegExpExecArray) => Priority | undefined]> = (
  [
  [/\b(urgent|critical|highest|top|high|medium|normal|moderate|standard|low|lowest|minor)[\s-]+(?:priority|prio|pri)\b/i, (m) => WORD_LEVEL[m[1].toLowerCase()]],
    [/\b(?:priority|prio|pri|sev|severity)\s*(?:is|=|:|to|of|->|→|as)?\s*(urgent|critical|highest|high|medium|normal|moderate|standard|low|lowest|minor)\b/i, (m) => WORD_LEVEL[m[1].toLowerCase()]],
    [/\b(?:set|change|lower|raise|bump|move|drop|downgrade|upgrade|make|mark|escalate)\b[^.,;!?]{0,24}?\b(?:to|as)\s+(urgent|critical|high|medium|normal|low)\b/i, (m) => WORD_LEVEL[m[1].toLowerCase()]],
    [/(紧急|加急|特急|最高|较高|高|中等|普通|一般|正常|较低|最低|低|中)(?:的)?优先级/, (m) => ZH_LEVEL[m[1]]],
    [/优先级\s*(?:调成|调到|调为|改成|改为|设为|设成|设置为|降到|降为|升到|升为|提到|提高到|是|为|:|：)?\s*(紧急|最高|较高|高|中等|普通|一般|正常|较低|最低|低|中)/, (m) => ZH_LEVEL[m[1]]],
    [/(紧急|普通|一般)(?:的)?(?:工单|单子|ticket)/, (m) => ZH_LEVEL[m[1]]],
    [/(?:高优|低优)/, (m) => (m[0] === '高优' ? 'high' : 'low')],
    [/\b(urgent|critical|blocker|emergency)\b|紧急|加急|特急|十万火急/i, () => 'urgent'],
  ] as Array<[RegExp, (m: RegExpExecArray) => Priority | undefined]>
).map(([re, map]) => [new RegExp(re.source, `${re.flags}g`), map]);

/** The status a ticket update asks for; reopening and closing outrank the softer words. */
export function findTicketStatus(text: string): TicketStatus | undefined {
  const lc = text.toLowerCase();
  if (/\bre-?open|重新打开|重开|重新开启|再次打开/.test(lc)) return 'open';
  if (/\bclos(?:e|ed|ing)\b(?!\s*date)|关了|关闭|关掉|关单|结单|结案/.test(lc)) return 'closed';
  if (/\bpending\b|\bon hold\b|\bwaiting (?:on|for)\b|挂起|待定|等待|等客户/.test(lc)) return 'pending';
  if (/\bresolv(?:e|ed|ing)\b|\bsolved\b|\bfixed\b|已解决|解决了|改成解决|已修复|修好了/.test(lc)) return 'resolved';
  if (/\b(?:mark|set|move|change|put)\b[^.]{0,20}\bopen\b|\bback\s+to\s+open\b|改成打开|重新激活/.test(lc)) return 'open';
  return undefined;
}
