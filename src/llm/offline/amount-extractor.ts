/**
 * Money amounts said in a call, in major units: "$20,880" → 20880, "$29 per sensor" → 29,
 * "€4,000", "15k" (when the sentence is about money), "8.5万" → 85000, "12万元", "两万块".
 * Counts ("1.5万份", "2000份"), discounts ("8折"), percentages and dates are not amounts.
 * Hand-written because no maintained library reads mixed English/Chinese money expressions.
 */
export interface Amount {
  amount: number;
  currency?: string;
  /** Where it was said (character offset in the text), for ordering. */
  at: number;
}

const SYMBOLS: Record<string, string> = { $: 'USD', 'US$': 'USD', 'C$': 'CAD', 'A$': 'AUD', 'HK$': 'HKD', 'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY' };
const WORDS: Record<string, string> = {
  usd: 'USD', dollar: 'USD', dollars: 'USD', bucks: 'USD', eur: 'EUR', euro: 'EUR', euros: 'EUR', gbp: 'GBP', pound: 'GBP',
  pounds: 'GBP', cny: 'CNY', rmb: 'CNY', yuan: 'CNY', renminbi: 'CNY', jpy: 'JPY', yen: 'JPY', cad: 'CAD', aud: 'AUD',
  元: 'CNY', 块: 'CNY', 块钱: 'CNY', 人民币: 'CNY', 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 英镑: 'GBP', 日元: 'JPY', 港币: 'HKD',
};
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
const MONEY_CUE = /\b(?:price|pricing|priced|cost|costs|budget|quote|quoted|pay|paying|paid|spend|spent|fee|fees|invoice|discount|deal|contract|renewal|license|licence|per (?:month|year|seat|user|sensor|unit)|a (?:month|year)|annual|revenue|credit|refund|dollars?|euros?)\b|[$€£¥]|价|费|预算|报价|合同|付|钱|折扣|优惠|成本|收入|金额/i;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SYMBOL_RE = new RegExp(String.raw`(US\$|HK\$|[CAS]\$|[$€£¥￥])\s?(${NUM})(?:\s?(千万|百万|万|亿|thousand|million|billion|bn|mm|[kKmMbB])\b|\s?(千万|百万|万|亿))?`, 'g');
const CODE_RE = new RegExp(String.raw`\b(USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD)\s?(${NUM})(?:\s?(thousand|million|billion|[kKmM])\b)?`, 'g');
const SUFFIX_RE = new RegExp(String.raw`(?<![\w$€£¥.,])(${NUM})\s?(thousand|million|billion|[kKmM])?\s?(dollars?|bucks|euros?|pounds|yuan|rmb|usd|eur|gbp|cny)\b`, 'gi');
const BARE_K_RE = new RegExp(String.raw`(?<![\w$€£¥.,])(${NUM})\s?([kK])\b(?!\s*(?:users|people|employees|seats|calls|units|rows|records|tickets|messages|steps|miles|km|kg|followers|views|visits|hits))`, 'g');
// Chinese: Arabic or Chinese numerals, an optional 万/亿 scale, an optional currency word.
const ZH_NUM = String.raw`\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?`;
// A lone digit right after 万 is the next unit down, as people say it: "三万五" → 35000.
const ZH_RE = new RegExp(String.raw`(${ZH_NUM})\s?(千万|百万|万|亿)?((?<=万)[一二两三四五六七八九](?![十百千万亿点\d年个月天周次份人位名家台套]))?\s?(块钱|元|块|人民币|美元|美金|欧元|英镑|日元|港币)?`, 'gu');
// A bare Chinese number followed by a fee word is money too: "五千的服务费".
const FEE_AFTER = /^(?:的)?[\u4e00-\u9fa5]{0,3}?(?:费|款|预算|货款|钱)/u;
// A counter right after a number means it counts things, not money.
const COUNTER = /^\s?(?:多)?(?:份|个|人|名|位|次|通|条|台|家|套|张|件|天|周|月|年|号|日|点|秒|分|小时|折|成|倍|%|％|米|公里|平米|户|单|笔|项|款|部|间|所|层|辆|箱|瓶|本|页|行|字|GB|TB|MB)/u;

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "十二" → 12, "三千五" → 3500 (a trailing digit after a unit is read as the next unit down), "一点五" → 1.5. */
export function parseChineseNumber(s: string): number | undefined {
  if (/^\d/.test(s)) return Number(s);
  const [intPart, frac] = s.split('点');
  let total = 0;
  let digit = -1;
  let lastUnit = 1;
  let zero = false;
  for (const ch of intPart!) {
    if (ch === '零' || ch === '〇') zero = true;
    if (ch in ZH_DIGIT) digit = ZH_DIGIT[ch]!;
    else if (ch in ZH_UNIT) {
      const u = ZH_UNIT[ch]!;
      total += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastUnit = u;
    } else return undefined;
  }
  if (digit >= 0) total += lastUnit > 1 && !zero ? (digit * lastUnit) / 10 : digit;
  if (frac) total += Number('0.' + [...frac].map((c) => ZH_DIGIT[c] ?? '').join(''));
  return total;
}

const toNumber = (n: string): number => Number(n.replace(/,/g, ''));
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** All money amounts in the text, in the order said, duplicates (same value and currency) removed. */
export function extractAmounts(text: string, language: 'en' | 'zh' = 'en'): Amount[] {
  const found: Amount[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const add = (m: RegExpExecArray, amount: number, currency?: string): void => {
    const end = m.index + m[0].length;
    if (!Number.isFinite(amount) || amount <= 0 || overlaps(m.index, end)) return;
    taken.push([m.index, end]);
    found.push({ amount: round2(amount), currency, at: m.index });
  };
  const scale = (s?: string): number => (s ? (SCALE[s.toLowerCase()] ?? SCALE[s] ?? 1) : 1);

  for (const m of text.matchAll(SYMBOL_RE)) add(m, toNumber(m[2]!) * scale(m[3] ?? m[4]), SYMBOLS[m[1]!]);
  for (const m of text.matchAll(CODE_RE)) add(m, toNumber(m[2]!) * scale(m[3]), WORDS[m[1]!.toLowerCase()]);
  for (const m of text.matchAll(SUFFIX_RE)) add(m, toNumber(m[1]!) * scale(m[2]), WORDS[m[3]!.toLowerCase()]);
  for (const m of text.matchAll(ZH_RE)) {
    const [whole, num, unit, tail, cur] = m;
    const after = text.slice(m.index + whole.length);
    if (!unit && !cur && !(/[千百]/.test(num!) && FEE_AFTER.test(after))) continue;
    if (!cur && COUNTER.test(after)) continue; // 1.5万份 counts documents
    if (/^[\d.]+$/.test(num!) && /[\d.]$/.test(text.slice(0, m.index))) continue;
    const value = parseChineseNumber(num!);
    if (value === undefined || (!unit && /^[十百千]$/.test(num!))) continue;
    const extra = tail ? (ZH_DIGIT[tail] ?? 0) * (scale(unit) / 10) : 0;
    add(m, value * scale(unit) + extra, cur ? WORDS[cur] : language === 'zh' ? 'CNY' : undefined);
  }
  const sentences = text.split(/(?<=[.!?。！？\n])/);
  let offset = 0;
  for (const s of sentences) {
    if (MONEY_CUE.test(s)) {
      for (const m of s.matchAll(BARE_K_RE)) add({ ...m, index: offset + m.index } as RegExpExecArray, toNumber(m[1]!) * 1e3, undefined);
    }
    offset += s.length;
  }
  found.sort((a, b) => a.at - b.at);
  const dominant = dominantCurrency(found);
  const out: Amount[] = [];
  for (const a of found) {
    const currency = a.currency ?? dominant;
    if (!out.some((o) => o.amount === a.amount && o.currency === currency)) out.push({ ...a, currency });
  }
  return out;
}

function dominantCurrency(amounts: Amount[]): string | undefined {
  const counts = new Map<string, number>();
  for (const a of amounts) if (a.currency) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Whether a sentence mentions money (used by the sentence ranker). */
export const mentionsMoney = (s: string, language: 'en' | 'zh' = 'en'): boolean => extractAmounts(s, language).length > 0;
