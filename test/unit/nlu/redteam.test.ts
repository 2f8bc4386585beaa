import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldJsonl, scoreNlu, normaliseForScore } from '../../../src/intents/nlu/eval/nlu-scorer';

// Our own red-team set: new names, companies, typos, amounts, phones and dates, labelled by the
// devset README rules. Kept apart from the classifier's training sentences.
const gold = parseGoldJsonl(readFileSync(join(__dirname, 'fixtures', 'redteam.jsonl'), 'utf8'));

describe('the red-team message set', () => {
  const score = scoreNlu(gold);
  const report = () => score.misses.map((m) => `${m.id} ${m.key ?? 'intent'}: ${JSON.stringify(m.gold)} -> ${JSON.stringify(m.got)}`).join('\n');

  it('covers all 14 intents and all 16 metrics in both languages', () => {
    expect(new Set(gold.map((g) => g.intent)).size).toBe(14);
    expect(new Set(gold.map((g) => g.entities.metric).filter(Boolean)).size).toBe(16);
    expect(new Set(gold.map((g) => g.lang))).toEqual(new Set(['en', 'zh']));
    expect(gold.length).toBeGreaterThanOrEqual(160);
  });

  it('reads the intent of at least 95% of the messages', () => {
    if (score.intentAccuracy < 0.95) throw new Error(report());
    expect(score.intentAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('gets at least 93% of the labelled entities exactly right', () => {
    if (score.entityAccuracy < 0.93) throw new Error(report());
    expect(score.entityAccuracy).toBeGreaterThanOrEqual(0.93);
  });
});

describe('the NLU scorer', () => {
  it('compares strings without case or surrounding punctuation, and numbers exactly', () => {
    expect(normaliseForScore('  “Acme Corp.” ')).toBe('acme corp');
    expect(normaliseForScore({ start: 'X', n: 3 })).toEqual({ start: 'x', n: 3 });
    expect(normaliseForScore(['A!', 2])).toEqual(['a', 2]);
  });

  it('counts a wrong intent, a wrong key and a missing key as misses', () => {
    const s = scoreNlu([
      { id: 'a', text: 'close #5120', intent: 'ticket.update', entities: { ticket: 5120, status: 'resolved' }, now: '2026-06-10T09:00:00Z' },
      { id: 'b', text: 'lol', intent: 'help', entities: {}, lang: 'en' },
    ]);
    expect(s.intentAccuracy).toBe(0.5);
    expect(s.entityAccuracy).toBe(0.5);
    expect(s.confusions.get('help -> unknown')).toBe(1);
    expect(s.perKey.get('status')).toEqual([0, 1]);
    expect(s.misses.map((m) => m.key ?? 'intent')).toEqual(['status', 'intent']);
  });

  it('scores an empty set as zero and rejects a line without an intent', () => {
    expect(scoreNlu([])).toMatchObject({ intentAccuracy: 0, entityAccuracy: 0 });
    expect(() => parseGoldJsonl('{"id":"x","text":"hi","entities":{}}\n')).toThrow(/line 1: intent/);
  });
});
