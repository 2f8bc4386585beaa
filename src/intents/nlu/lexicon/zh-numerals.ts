/**
 * Chinese numerals ("三十", "两", "一万五", "3.5") to numbers. Hand-written because no kept
 * library covers the colloquial forms chat uses, and the grammar is small.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const ZH_NUM_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Arabic or Chinese numerals (or a mix such as "3千"); null when it is not a number. */
export function parseZhNumber(raw: string): number | null {
  const s = raw.trim().replace(/,/g, '');
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let i = 0;
  let lastUnit = 1;
  let zero = false;
  while (i < s.length) {
    const num = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (num) {
      digit = Number(num[0]);
      i += num[0].length;
      continue;
    }
    const ch = s[i++];
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      zero ||= digit === 0;
    }
    else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch];
      lastUnit = UNITS[ch];
      digit = null;
    } else if (ch in BIG) {
      total += (section + (digit ?? 0)) * BIG[ch] || BIG[ch];
      lastUnit = BIG[ch];
      section = 0;
      digit = null;
    } else return null;
  }
  // "一万五" means 15000: a trailing digit after a unit is one step below it
  if (digit !== null) section += lastUnit >= 10 && !zero && !/\d$/.test(s) && total + section > 0 ? (digit * lastUnit) / 10 : digit;
  return total + section;
}
