import type { RecordType } from '../../../shared/contract/contract';
import { parseZhNumber } from '../lexicon/zh-numerals';

const ZH_N = '[0-9一二两三四五六七八九十]+';
const WORD_N: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, half: 0.5 };

/** Call length in minutes: "30 min", "90-minute", "for like an hour", "10:30-11:00", "半小时", "一个半小时". */
export function findDuration(text: string): number | undefined {
  const lc = text.toLowerCase();
  const range = /\b(\d{1,2})[:.](\d{2})\s*(?:[-–~]|to|till|until|到|至)\s*(\d{1,2})[:.](\d{2})\b/.exec(lc);
  if (range) {
    const mins = Number(range[3]) * 60 + Number(range[4]) - (Number(range[1]) * 60 + Number(range[2]));
    if (mins > 0 && mins <= 600) return mins;
  }
  const hourHalf = /\b(?:an?|one|1)\s+hour\s+and\s+a\s+half\b|(一|1)个半小时/.exec(lc);
  if (hourHalf) return 90;
  const halfHour = /\bhalf\s+an?\s+hour\b|半(?:个)?小时|半个钟/.exec(lc);
  const minutes = /(?<![\d.:])(\d{1,3})\s*-?\s*(?:min|mins|minutes?|m(?=\s+call))\b|(?<![\d.:])(\d{1,3})\s*(?:分钟|分)(?!之)/.exec(lc);
  const hours = /(?<![\w.:])(\d+(?:\.\d+)?|an?|one|two|three)\s*-?\s*(?:hours?|hrs?|h)\b(?!\s*(?:ago|later))/.exec(lc);
  const zhHours = new RegExp(`(${ZH_N})\\s*个?(半)?\\s*(?:小时|钟头)`).exec(lc);
  const zhMinutes = new RegExp(`(${ZH_N})\\s*分钟`).exec(lc);
  const quarter = /一刻钟/.exec(lc);
  const candidates: Array<[number, number]> = [];
  if (minutes) candidates.push([minutes.index, Number(minutes[1] ?? minutes[2])]);
  if (hours) candidates.push([hours.index, Math.round((WORD_N[hours[1]] ?? Number(hours[1])) * 60)]);
  if (zhHours) candidates.push([zhHours.index, Math.round(((parseZhNumber(zhHours[1]) ?? 0) + (zhHours[2] ? 0.5 : 0)) * 60)]);
  if (zhMinutes) candidates.push([zhMinutes.index, parseZhNumber(zhMinutes[1]) ?? 0]);
  if (halfHour) candidates.push([halfHour.index, 30]);
  if (quarter) candidates.push([quarter.index, 15]);
  const valid = candidates.filter(([, v]) => v > 0 && v <= 600).sort((a, b) => a[0] - b[0]);
  return valid.length ? valid[0][1] : undefined;
}

const RECORD_RULES: Array<[RecordType, RegExp]> = [
  ['contact', /\bcontacts?\b|\bpeople\b|\bpersons?\b|联系人|对接人/],
  ['ticket', /\btickets?\b|\btix\b|\bcases\b|\bissues\b|工单/],
  ['deal', /\bdeals?\b|\bopps?\b|\bopportunit(?:y|ies)\b|\bpipeline\b|商机|订单|合同/],
  ['activity', /\bactivit(?:y|ies)\b|\bcalls?\b|\bnotes?\b|\bmeetings?\b|\bemails?\b|\btranscripts?\b|通话记录|跟进记录|通话|会议记录|拜访记录|邮件|记录/],
  ['account', /\baccounts?\b|\bcompan(?:y|ies)\b|\bcustomers?\b|\bclients?\b|\borgs?\b|\borgani[sz]ations?\b|客户|公司|企业|账户/],
];

const RECORD_GLOBAL: Array<[RecordType, RegExp]> = RECORD_RULES.map(([t, re]) => [t, new RegExp(re.source, 'g')]);

/** What kind of record a search is after: the type word nearest after the search verb wins. */
export function findRecordType(lc: string): RecordType | undefined {
  const verb = /\b(?:find|search|look\s*up|lookup|show|list|get|pull\s+up|which|any)\b|搜索|搜一下|搜|查找|查一下|查询|找一下|找|列出|列一下/.exec(lc);
  const from = verb ? verb.index : 0;
  const hits: Array<[number, RecordType]> = [];
  for (const [type, g] of RECORD_GLOBAL) {
    for (const m of lc.matchAll(g)) if (m.index >= from) hits.push([m.index, type]);
  }
  if (!hits.length) return undefined;
  // Chinese puts the head noun last ("…的客户"); English right after the verb ("find contacts at …")
  const zhHead = /\p{Script=Han}/u.test(lc) && /(?:的|里)\s*(?:所有|全部)?\s*(?:客户|联系人|工单|商机|通话记录|跟进记录|记录|公司)\s*[?？。!！]*$/u.test(lc);
  hits.sort((a, b) => (zhHead ? b[0] - a[0] : a[0] - b[0]));
  return hits[0][1];
}
