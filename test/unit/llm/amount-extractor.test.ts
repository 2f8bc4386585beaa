import { extractAmounts, parseChineseNumber } from '../../../src/llm/offline/amount-extractor';

const amounts = (text: string, lang: 'en' | 'zh' = 'en'): Array<[number, string | undefined]> =>
  extractAmounts(text, lang).map((a) => [a.amount, a.currency]);

describe('money amounts said in a call', () => {
  it.each([
    ['$20,880 a year', [[20880, 'USD']]],
    ['$29 per sensor per month', [[29, 'USD']]],
    ['€4,000 and £1,250.50', [[4000, 'EUR'], [1250.5, 'GBP']]],
    ['a $25k deal, then $1.5 million, then US$300', [[25000, 'USD'], [1500000, 'USD'], [300, 'USD']]],
    ['USD 5,000 or 700 dollars or CAD 90', [[5000, 'USD'], [700, 'USD'], [90, 'CAD']]],
    ['the budget is 15k', [[15000, undefined]]],
    ['the quote is $10,000 and the budget is 15k', [[10000, 'USD'], [15000, 'USD']]],
  ] as const)('reads %s', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it('does not read counts, percentages or dates as money', () => {
    expect(amounts('we have 15k users, 40% adoption, 55 employees, on 2026-11-25 at 10:30')).toEqual([]);
  });

  it.each([
    ['一年8万，8.5万一年', [[80000, 'CNY'], [85000, 'CNY']]],
    ['报价12万元，打完折10.8万', [[120000, 'CNY'], [108000, 'CNY']]],
    ['两万块，五千元，三百美元', [[20000, 'CNY'], [5000, 'CNY'], [300, 'USD']]],
    ['¥3,000 和 十万', [[3000, 'CNY'], [100000, 'CNY']]],
  ] as const)('reads Chinese %s', (text, want) => {
    expect(amounts(text, 'zh')).toEqual(want);
  });

  it('does not read Chinese counts, discounts or durations as money', () => {
    expect(amounts('1.5万份的套餐，打8折，180秒，三分钟，2000份，百分之八，十二个月', 'zh')).toEqual([]);
  });

  it('says each amount once', () => {
    expect(amounts('$500 now, $500 later')).toEqual([[500, 'USD']]);
  });

  it('parses Chinese numerals', () => {
    expect([parseChineseNumber('十二'), parseChineseNumber('二十'), parseChineseNumber('一百零五'), parseChineseNumber('三千五'), parseChineseNumber('一点五'), parseChineseNumber('12.5')]).toEqual([12, 20, 105, 3500, 1.5, 12.5]);
    expect(parseChineseNumber('三x')).toBeUndefined();
  });
});
