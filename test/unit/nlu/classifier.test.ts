import { analyse } from '../../../src/intents/nlu/analyse';
import { blend, trainModel } from '../../../src/intents/nlu/classify/intent-model';
import { pickIntent } from '../../../src/intents/nlu/classify/intent-scorer';
import { NaiveBayes, modelFeatures } from '../../../src/intents/nlu/classify/naive-bayes';
import { editDistance, normaliseTypos } from '../../../src/intents/nlu/classify/typo-normaliser';
import { understandWith } from '../../../src/intents/nlu/understand';
import { prepare } from '../../../src/intents/nlu/preprocess';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };

describe('typo normaliser', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('tikcet', 'ticket', 1)).toBe(1);
    expect(editDistance('remnd', 'remind', 1)).toBe(1);
    expect(editDistance('ticket', 'deal', 1)).toBe(2);
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('corrects typos of known words and leaves names and known words alone', () => {
    expect(normaliseTypos('tikcet for acme, remnd me tomorow')).toBe('ticket for acme, remind me tomorrow');
    expect(normaliseTypos('Tikcet for Halcyon Spa')).toBe('ticket for halcyon spa');
    expect(normaliseTypos('ping Marcus about the opportunty')).toBe('ping marcus about the opportunity');
    expect(normaliseTypos('zzzzzz qwerty')).toBe('zzzzzz qwerty');
  });
});

describe('naive Bayes', () => {
  it('learns which features go with which label, ignoring unseen ones', () => {
    const nb = new NaiveBayes<'a' | 'b'>();
    nb.train(['win', 'rate'], 'a');
    nb.train(['open', 'ticket'], 'b');
    nb.train(['ticket', 'please'], 'b');
    const s = nb.scores(['ticket', 'never-seen']);
    expect(s.get('b')).toBeGreaterThan(s.get('a') as number);
  });

  it('builds features from words, Han characters, pairs and shape', () => {
    const f = modelFeatures('open 1 ticket 工单', { multiline: true, question: true });
    expect(f).toEqual(expect.arrayContaining(['open', '0', 'open_0', '工', '工_单', '^open', '__multiline', '__question']));
    expect(modelFeatures('', { multiline: false, question: false })).toEqual([]);
  });

  it('masks names, contact details and amounts before the classifier sees them', () => {
    const a = analyse('new contact Dana Ruiz at Globex Labs, dana@globex.com, +1 415 555 0134, deal $5k <@U0ABC123>', ctx);
    expect(a.modelText).toContain('__per');
    expect(a.modelText).toContain('__org');
    expect(a.modelText).toContain('__eml');
    expect(a.modelText).toContain('__tel');
    expect(a.modelText).toContain('__amt');
    expect(a.modelText).toContain('__men');
    expect(analyse("don't open a ticket, just log the call", ctx).modelText).toContain('__noticket');
  });

  it('backs up the cues on phrasings they do not know, and stays out of the way without a model', () => {
    const examples = [
      ['what are you able to help with', 'help'],
      ['what are you able to do', 'help'],
      ['tell me what you are able to do', 'help'],
      ['the coffee machine is empty', 'unknown'],
    ] as const;
    const model = trainModel(examples.map(([t, intent]) => ({ analysis: analyse(t, ctx), intent })));
    const a = analyse('which things are you able to help with', ctx);
    expect(pickIntent(a.ruleScores).intent).toBe('unknown');
    expect(pickIntent(blend(a.ruleScores, model, a)).intent).toBe('help');
    expect(blend(a.ruleScores, null, a)).toBe(a.ruleScores);
    expect(understandWith('which things are you able to help with', ctx, null).intent).toBe('unknown');
  });
});

describe('preprocess', () => {
  it('strips a leading bot mention and splits off a pasted transcript', () => {
    const p = prepare('<@U02CRMB0T> summarise this call with Acme:\nDana: hi\nSam: hello\nDana: bye');
    expect(p.head).toBe('summarise this call with Acme:');
    expect(p.transcript).toBe('Dana: hi\nSam: hello\nDana: bye');
  });

  it('takes a transcript with no instruction as all transcript', () => {
    const p = prepare('Dana: we need SSO\nSam: ok\nDana: thanks');
    expect(p.head).toBe('');
    expect(p.transcript).toContain('Dana: we need SSO');
  });

  it('keeps a long note without speaker turns as the message', () => {
    const p = prepare('called acme today\nthey want a discount\nfollow up friday');
    expect(p.transcript).toBeNull();
    expect(p.head).toBe('called acme today; they want a discount; follow up friday');
  });
});
