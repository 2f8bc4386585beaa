import fs from 'node:fs';
import path from 'node:path';
import { summariseTranscript } from '../../../src/llm/offline/call-summariser';
import { callSummarySchema } from '../../../src/llm/output-schemas';
import { EN_CALL, ZH_CALL } from './fixtures/calls';
import { generateLongCall } from './fixtures/long-transcript';

const readerText = (s: ReturnType<typeof summariseTranscript>): string =>
  [s.summary, ...s.key_points, ...s.next_steps, ...s.action_items.map((a) => a.text)].join('\n');

describe('the offline call summary', () => {
  it('summarises an English call with owners, figures, competitors and tone, keeping words as said', () => {
    const s = summariseTranscript(EN_CALL, { now: new Date('2026-11-24T15:00:00Z'), tz: 'America/New_York' });
    expect(callSummarySchema.safeParse(s).success).toBe(true);
    expect(s.language).toBe('en');
    expect(s.summary).toMatch(/^Participants: Dana, Omar \(our side\); Lee, Priya \(customer side\)\./);
    expect(s.action_items).toEqual([
      { text: 'Send a revised quote with the two-year option by Thursday', owner: 'Dana', due: '2026-11-26' },
      { text: 'Set up monitoring alerts for the connector tokens this week', owner: 'Omar', due: '2026-11-27' },
      { text: 'Share the list of failed invoices with Omar tomorrow', owner: 'Priya', due: '2026-11-25' },
    ]);
    expect(s.amounts).toEqual(
      expect.arrayContaining([{ amount: 12500, currency: 'USD' }, { amount: 15000, currency: 'USD' }, { amount: 18000, currency: 'USD' }]),
    );
    expect(s.competitors).toEqual(['Stackline']);
    const text = readerText(s);
    for (const kw of ['$12,500', 'Stackline', '$18,000', 'CFO', 'expired token']) expect(text).toContain(kw);
    expect(text).toContain('Competitors mentioned: Stackline.');
    expect(['positive', 'mixed']).toContain(s.sentiment);
  });

  it('writes a Chinese call in Chinese with 万 amounts, deadlines and competitors', () => {
    const s = summariseTranscript(ZH_CALL, { now: new Date('2026-11-24T02:00:00Z'), tz: 'Asia/Shanghai' });
    expect(s.language).toBe('zh');
    expect(s.summary).toMatch(/^参与人：王磊、李娜（我方）；陈静、赵强（客户方）。/);
    expect(s.amounts).toEqual([
      { amount: 120000, currency: 'CNY' },
      { amount: 100000, currency: 'CNY' },
      { amount: 108000, currency: 'CNY' },
    ]);
    expect(s.competitors).toEqual(['快表']);
    const owners = s.action_items.map((a) => a.owner);
    expect(owners).toEqual(expect.arrayContaining(['李娜', '陈静', '王磊', '赵强']));
    expect(s.action_items.find((a) => a.owner === '陈静')).toMatchObject({ due: '2026-12-02' });
    expect(s.action_items.find((a) => a.owner === '赵强')).toMatchObject({ due: '2026-11-24' });
    const text = readerText(s);
    for (const kw of ['12万', '快表', '超时', '3月31号']) expect(text).toContain(kw);
    expect(s.sentiment).not.toBe('positive');
  });

  it('leaves relative deadlines in the words when the call date is unknown', () => {
    const s = summariseTranscript(EN_CALL);
    expect(s.action_items[0]).toEqual({ text: 'Send a revised quote with the two-year option by Thursday', owner: 'Dana' });
  });

  it('handles an empty or label-less transcript without inventing anything', () => {
    expect(summariseTranscript('')).toMatchObject({ summary: 'The call has no content.', action_items: [], amounts: [], sentiment: 'neutral' });
    const s = summariseTranscript('we talked about the renewal and the price went up a lot. the customer was unhappy about the outage.');
    expect(s.summary).toContain('renewal');
    expect(s.competitors).toEqual([]);
  });

  it('covers a 250-turn call across its whole length', () => {
    const s = summariseTranscript(generateLongCall(250, 'en'));
    expect(s.key_points.length).toBeGreaterThanOrEqual(8);
    expect(s.competitors).toEqual(['Shipwise']);
    expect(s.action_items.length).toBeGreaterThan(5);
  });

  it('fills next steps from commitments when no decision or plan is discussed', () => {
    const s = summariseTranscript("Ann: I'll email the slides tonight.\nBo: Thanks.");
    expect(s.next_steps).toEqual(['Ann: Email the slides tonight']);
  });
});

// The development set of the project (outside this repository) when it is present.
const DEV = path.resolve(__dirname, '../../../../shared/devset/calls');
(fs.existsSync(path.join(DEV, 'facts.jsonl')) ? describe : describe.skip)('the offline summary on the development calls', () => {
  const facts = fs.existsSync(path.join(DEV, 'facts.jsonl'))
    ? fs.readFileSync(path.join(DEV, 'facts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; amounts: number[]; must_not_contain: string[]; language: string })
    : [];
  it.each(facts.map((f) => [f.file, f] as const))('%s: every amount, no hallucination, the right language', (_file, f) => {
    const s = summariseTranscript(fs.readFileSync(path.join(DEV, f.file), 'utf8'));
    expect(s.language).toBe(f.language);
    const got = s.amounts.map((a) => a.amount);
    for (const a of f.amounts) expect(got).toContain(a);
    const text = readerText(s).toLowerCase();
    for (const bad of f.must_not_contain) expect(text).not.toContain(bad.toLowerCase());
  });
});
