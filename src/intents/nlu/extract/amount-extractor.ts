import { parseZhNumber } from '../lexicon/zh-numerals';

export interface AmountMatch {
  amount: number;
  currency?: string;
  index: number;
  end: number;
}

const PREFIX_CCY: Record<string, string> = {
  us$: 'USD', s$: 'SGD', sg$: 'SGD', hk$: 'HKD', a$: 'AUD', au$: 'AUD', c$: 'CAD', ca$: 'CAD', nt$: 'TWD', nz$: 'NZD',
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '₩': 'KRW', 'r$': 'BRL',
};
const WORD_CCY: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', quid: 'GBP',
  rmb: 'CNY', yuan: 'CNY', 元: 'CNY', 块: 'CNY', 块钱: 'CNY', 人民币: 'CNY', 美元: 'USD', 美金: 'USD', 刀: 'USD', 欧元: 'EUR',
  英镑: 'GBP', 港币: 'HKD', 港元: 'HKD', 新币: 'SGD', 新加坡元: 'SGD', 日元: 'JPY', 澳元: 'AUD', 加元: 'CAD', 卢比: 'INR',
};
const ISO = 'USD|EUR|GBP|SGD|HKD|CNY|RMB|JPY|AUD|CAD|CHF|INR|NZD|TWD|KRW|BRL|MXN|SEK|NOK|DKK|AED|ZAR';
const MAGNITUDE: Record<string, number> = {
  k: 1e3, thousand: 1e3, grand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  千: 1e3, 万: 1e4, w: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8,
};

const PREFIX = String.raw`(us\$|s\$|sg\$|hk\$|au?\$|ca?\$|nt\$|nz\$|r\$|\$|€|£|¥|￥|₹|₩|(?:${ISO})\s?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)`;
const MAG = String.raw`(k|thousand|grand|mm|mn|mil(?:lion)?|m|bn|billion|b|十万|百万|千万|万|亿|千|w)`;
const SUFFIX = String.raw`(${ISO}|€|£|\$|dollars?|bucks|euros?|pounds?|quid|yuan|块钱|元|块|人民币|美元|美金|欧元|英镑|港币|港元|新币|新加坡元|日元|澳元|加元|卢比|刀)`;
const AMOUNT = new RegExp(
  String.raw`(?<![\w#.,/:+-])${PREFIX}?\s?${NUMBER}\s?(?:${MAG}(?![a-z]))?\s?(?:${SUFFIX}(?![a-z]))?`,
  'gi',
);
// words after which a bare number is money ("amount to 30000", "预算 50000")
const MONEY_CUE = /(?:amount|budget|worth|value|valued|price|priced|金额|预算|价格|报价|总价|合同额)\s*(?:is|of|at|to|=|:|：|改成|调整为|为|是|大概|约)?\s*(?:about|around|~|约|大概)?\s*$/i;

function currencyOf(prefix: string | undefined, suffix: string | undefined): string | undefined {
  const p = prefix?.trim().toLowerCase();
  if (p) return PREFIX_CCY[p] ?? (p === 'rmb' ? 'CNY' : p.toUpperCase());
  const s = suffix?.toLowerCase();
  if (!s) return undefined;
  if (s === 'rmb') return 'CNY';
  if (s in PREFIX_CCY) return PREFIX_CCY[s];
  return WORD_CCY[s] ?? s.toUpperCase();
}

/** Money amounts in major units with their currency when the text shows one ("$25k", "3.5万美元", "RMB 200万"). */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, prefix, num, mag, suffix] = m;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    if (/^\s*(?:%|percent|seats?|users?|licen[cs]es?|people|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|个|位|人|名|分钟|小时|天|周|年|月|号|日|点|折|倍|次|家|条|火急|单(?!价))/i.test(after)) continue;
    if (/^\d{1,2}:\d{2}/.test(whole.trim())) continue;
    let value = /^\d|,/.test(num) ? Number(num.replace(/,/g, '')) : parseZhNumber(num);
    if (value === null || Number.isNaN(value)) continue;
    const cued = MONEY_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
    // a lone "m" is minutes as often as millions: accept it only with a currency or a decimal
    const magKey = mag?.toLowerCase();
    if ((magKey === 'm' || magKey === 'w') && !prefix && !suffix && !cued && !num.includes('.')) continue;
    if (!prefix && !mag && !suffix && !(cued && value >= 100)) continue;
    if (magKey) value *= MAGNITUDE[magKey] ?? MAGNITUDE[mag];
    const lead = whole.length - whole.trimStart().length;
    out.push({ amount: Math.round(value * 100) / 100, currency: currencyOf(prefix, suffix), index: m.index + lead, end: m.index + whole.trimEnd().length });
  }
  return out;
}
