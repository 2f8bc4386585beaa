import { contentTokens, crudeStem, historyTerms, historyTsQuery } from '../../../src/crm/search/query-terms';
import { fuse, reciprocalRankFusion } from '../../../src/crm/search/rank-fusion';
import { makeSnippet, oneLine } from '../../../src/crm/search/snippet';

describe('history question terms', () => {
  it('drops question words and the account\'s own name, and adds a stem for English words', () => {
    expect(contentTokens('What did Initech say about pricing?', ['Initech'])).toEqual(['pricing']);
    expect(historyTsQuery('What did Initech say about pricing?', ['Initech'])).toBe("('pricing' | 'pric':*)");
    expect(historyTerms('Any escalations from Hooli this quarter?')).toEqual(["'escalations' | 'escal':*", "'hooli'"]);
  });

  it('searches Chinese words with their characters adjacent, and unknown names as pairs', () => {
    expect(historyTerms('华为最近有什么投诉?')).toEqual(["('华为' | '华' <-> '为')", "('投诉' | '投' <-> '诉')"]);
    expect(historyTerms('蓝海物流有账单方面的问题吗？', ['蓝海物流'])).toEqual(["('账单' | '账' <-> '单')", "('问题' | '问' <-> '题')"]);
    expect(historyTerms('慢')).toEqual(["'慢'"]);
  });

  it('leaves nothing to search in a question without a topic', () => {
    expect(historyTsQuery("what's going on with them?")).toBe('');
    expect(historyTsQuery('最近怎么样？')).toBe('');
  });

  it('cannot be steered by tsquery syntax or quotes', () => {
    expect(historyTsQuery("alpha' | 'beta & !gamma <-> :*")).toBe("('alpha') | ('beta') | ('gamma')");
    expect(historyTsQuery("O'Brien")).toBe("('obrien' | 'obrie':*)");
  });

  it.each([
    ['escalated', 'escalat'], ['renewing', 'renew'], ['slowness', 'slow'], ['prices', 'pric'], ['price', null], ['sso', null], ['2026', null], ['billing', 'bill'],
  ])('stems %s as %s', (w, s) => expect(crudeStem(w)).toBe(s));
});

describe('reciprocal rank fusion', () => {
  it('adds weight / (60 + rank) per list, so a record found twice rises', () => {
    const s = reciprocalRankFusion([{ ids: ['a', 'b'], weight: 1 }, { ids: ['b', 'c'], weight: 1 }]);
    expect(s.get('b')).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fuse([{ ids: ['a', 'b'], weight: 1 }, { ids: ['b', 'c'], weight: 1 }]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(fuse([{ ids: ['a', 'b'], weight: 1 }, { ids: ['b', 'a'], weight: 0.02 }]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('snippets', () => {
  const long = `${'Background. '.repeat(20)}Dana asked for a 15% discount on the annual plan. ${'Later. '.repeat(20)}`;
  it('cuts around the first word of the question, on one line', () => {
    const s = makeSnippet(long, 'discount', 60);
    expect(s).toContain('discount');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(62);
    expect(makeSnippet('short\n text', 'x')).toBe('short text');
    expect(makeSnippet(null, 'x')).toBe('');
    expect(makeSnippet(long, 'nothing here', 40).startsWith('Background')).toBe(true);
  });
  it('keeps the first sentence as a one-line summary', () => {
    expect(oneLine('Agreed the plan.\nLegal next week.')).toBe('Agreed the plan.');
    expect(oneLine('已确认重复扣费。财务将退款。')).toBe('已确认重复扣费。');
    expect(oneLine('x'.repeat(200), 20)).toBe(`${'x'.repeat(19)}…`);
    expect(oneLine(undefined)).toBe('');
  });
});
