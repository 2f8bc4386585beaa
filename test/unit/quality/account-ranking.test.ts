import { CONFIDENT, MIN_SCORE, SCORE, rankAccounts, scoreAccount, type AccountCandidateRow } from '../../../src/crm/quality/account-ranking';
import { escapeLike } from '../../../src/crm/quality/account-matcher';

const row = (name: string, extra: Partial<AccountCandidateRow> = {}): AccountCandidateRow => ({
  id: name, name, domain: null, aliases: [], sim: 0, ...extra,
});

describe('ranking accounts for a name', () => {
  it('scores by the kind of evidence', () => {
    expect(scoreAccount('acme corporation', row('Acme Corporation'))).toBe(SCORE.exactName);
    expect(scoreAccount('Acme Corp.', row('Acme Corporation'))).toBe(SCORE.companyKey);
    expect(scoreAccount('Globex DE', row('Globex GmbH', { aliases: ['Globex DE'] }))).toBe(SCORE.alias);
    expect(scoreAccount('www.acme.com', row('Acme Corporation', { domain: 'acme.com' }))).toBe(SCORE.domain);
    expect(scoreAccount('Acmeco', row('Something Else', { domain: 'acmeco.com' }))).toBe(SCORE.domainLabel);
    expect(scoreAccount('Huaxin', row('Beijing Huaxin Technology'))).toBe(SCORE.words);
    expect(scoreAccount('华为', row('深圳华为云计算有限公司'))).toBe(SCORE.words);
    expect(scoreAccount('Hua', row('Beijing Huaxin Technology'))).toBe(SCORE.substring);
    expect(scoreAccount('Initek', row('Initech', { sim: 0.5 }))).toBe(0.5);
    expect(scoreAccount('   ', row('Acme'))).toBe(0);
  });

  it('takes the only exact name even when others match more loosely', () => {
    const r = rankAccounts('Acme', [row('Acme'), row('Acme Inc'), row('Acme Robotics')]);
    expect(r.exactId).toBe('Acme');
    expect(r.candidates.map((c) => c.id)).toEqual(['Acme', 'Acme Inc', 'Acme Robotics']);
  });

  it('gives no answer when two candidates are equally good, or none is good enough', () => {
    expect(rankAccounts('Acme', [row('Acme Foods'), row('Acme Robotics')]).exactId).toBeUndefined();
    expect(rankAccounts('Acme', [row('Acme Foods', { sim: 0.4 })]).exactId).toBe('Acme Foods');
    const fuzzy = rankAccounts('Initek', [row('Initech', { sim: 0.5 }), row('Intel', { sim: 0.1 })]);
    expect(fuzzy.exactId).toBeUndefined();
    expect(fuzzy.candidates).toEqual([{ id: 'Initech', name: 'Initech', score: 0.5 }]);
    expect(CONFIDENT).toBeGreaterThan(MIN_SCORE);
  });

  it('limits the candidates and breaks ties by name', () => {
    const rows = ['E', 'D', 'C', 'B', 'A'].map((n) => row(`Acme ${n}`));
    expect(rankAccounts('Acme', rows, 3).candidates.map((c) => c.name)).toEqual(['Acme A', 'Acme B', 'Acme C']);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('100%_pure\\x')).toBe('100\\%\\_pure\\\\x');
  });
});
