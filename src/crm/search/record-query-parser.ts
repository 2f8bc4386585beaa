import type { RecordType } from '../../shared/contract/contract';

/**
 * Reads "contacts at Initech", "deals for Acme", "Initech的联系人", "华为那边的工单": a record type
 * and the account it belongs to. Anything else is plain search words.
 */
export interface RecordQuery {
  text: string;
  recordType?: RecordType;
  /** Set when the records wanted are those of an account named so. */
  accountText?: string;
}

const EN_TYPES: Array<[RegExp, RecordType]> = [
  [/^(?:contacts?|people|persons?|folks|stakeholders)$/i, 'contact'],
  [/^(?:deals?|opportunit(?:y|ies)|opps?)$/i, 'deal'],
  [/^(?:tickets?|cases?|issues?)$/i, 'ticket'],
  [/^(?:activities|activity|calls?|meetings?|emails?|notes?)$/i, 'activity'],
];
const ZH_TYPES: Record<string, RecordType> = { 联系人: 'contact', 商机: 'deal', 交易: 'deal', 工单: 'ticket', 活动: 'activity', 记录: 'activity' };

const LEAD = /^\s*(?:please\s+)?(?:find|show|list|search(?:\s+for)?|get|look\s+up|give\s+me|who\s+are)?\s*(?:me\s+)?(?:all\s+)?(?:the\s+|our\s+)?/i;
const EN_AT = /^(\S+)\s+(?:at|from|for|of|with|in|on|@)\s+(.+?)$/i;
const ZH_OF = /^(?:找一下|找|查找|查询|查一下|查|搜索|列出|看看|显示)?\s*(.+?)\s*(?:那边|公司)?的?\s*(?:所有)?\s*(联系人|商机|交易|工单|活动|记录)$/;

export function parseRecordQuery(raw: string): RecordQuery {
  const text = raw.trim().replace(/[?？。.!！]+$/u, '').trim();
  const zh = ZH_OF.exec(text);
  if (zh && zh[1]) return { text, recordType: ZH_TYPES[zh[2]!], accountText: zh[1].trim() };
  const stripped = text.replace(LEAD, '');
  const en = EN_AT.exec(stripped);
  if (en) {
    const hit = EN_TYPES.find(([re]) => re.test(en[1]!));
    if (hit) return { text: stripped, recordType: hit[1], accountText: en[2]!.trim() };
  }
  return { text: stripped || text };
}
