import { localDate, offsetMinutes, resolveDue } from '../../../src/llm/offline/due-date-resolver';

// A Wednesday in UTC; already Thursday in Shanghai.
const NOW = new Date('2026-11-25T20:00:00Z');

describe('the due date of a commitment', () => {
  it.each([
    ["I'll send the quote by Thursday.", 'UTC', 'Thursday', '2026-11-26'],
    ['I can get that done by Friday the 30th.', 'UTC', 'Friday', '2026-11-30'],
    ["I'll send the schedule this week.", 'UTC', 'this week', '2026-11-27'],
    ["I'll export the traffic for Saturday and send it over today.", 'UTC', 'today', '2026-11-25'],
    ["I'll export the traffic for Saturday and send it over today.", 'Asia/Shanghai', 'today', '2026-11-26'],
    ["I'll send the statements this afternoon.", 'UTC', 'this afternoon', '2026-11-25'],
    ["I'll call you tomorrow.", 'UTC', 'tomorrow', '2026-11-26'],
    ['an answer by November 13', 'UTC', 'November 13', '2027-11-13'],
    ['我下周三之前给你答复吧。', 'Asia/Shanghai', '下周三', '2026-12-02'],
    ['我今天下午把编号整理好发给你。', 'Asia/Shanghai', '今天下午', '2026-11-26'],
    ['补偿方案我明天给您发一份书面的。', 'UTC', '明天', '2026-11-26'],
  ])('%s (%s) → %s %s', (sentence, tz, phrase, date) => {
    const lang = /\p{Script=Han}/u.test(sentence) ? 'zh' : 'en';
    expect(resolveDue(sentence, lang, NOW, tz)).toEqual({ phrase, date });
  });

  it('keeps only the words when the call date is unknown', () => {
    expect(resolveDue("I'll send it by Thursday.", 'en')).toEqual({ phrase: 'Thursday' });
  });

  it('finds no deadline in a sentence without one, or with only a frequency or a past day', () => {
    expect(resolveDue('Send it now.', 'en', NOW)).toBeUndefined();
    expect(resolveDue('It is $18,000 a year.', 'en', NOW)).toBeUndefined();
    expect(resolveDue('The outage happened last Saturday.', 'en', NOW)).toBeUndefined();
    expect(resolveDue('我第一时间通知他。', 'zh', NOW)).toBeUndefined();
  });

  it('takes "this week" at the weekend as today', () => {
    expect(resolveDue("I'll do it this week.", 'en', new Date('2026-11-28T12:00:00Z'), 'UTC')?.date).toBe('2026-11-28');
  });

  it('knows the calendar day and offset of a zone', () => {
    expect(offsetMinutes(NOW, 'Asia/Shanghai')).toBe(480);
    expect(offsetMinutes(NOW, 'America/New_York')).toBe(-300);
    expect(localDate(NOW, 'Asia/Shanghai')).toEqual({ y: 2026, m: 11, d: 26, weekday: 4 });
  });
});
