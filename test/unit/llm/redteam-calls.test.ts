import fs from 'node:fs';
import path from 'node:path';
import { summariseTranscript } from '../../../src/llm/offline/call-summariser';

// Same rules as /work/shared/eval/score_summaries.py, so this folder guards the hidden-set behaviour in CI.
interface Facts {
  file: string;
  sentiment: string;
  action_items: Array<{ text: string; must_mention: string[] }>;
  key_facts: string[][];
  amounts: number[];
  must_not_contain: string[];
}

const DIR = path.join(__dirname, '../../fixtures/calls-redteam');
const facts: Facts[] = fs
  .readFileSync(path.join(DIR, 'facts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Facts);

const digits = (s: string): string => s.replace(/\D/g, '');
const present = (keyword: string, text: string): boolean => {
  const k = keyword.toLowerCase();
  if (text.includes(k)) return true;
  return digits(k).length >= 3 && digits(text).includes(digits(k));
};
const round2 = (n: number): number => Math.round(n * 100) / 100;

describe('the offline summariser on red-team calls it was not tuned on', () => {
  const totals = { ai: 0, aiOk: 0, kf: 0, kfOk: 0, am: 0, amOk: 0, hallucinations: [] as string[] };
  for (const f of facts) {
    const s = summariseTranscript(fs.readFileSync(path.join(DIR, f.file), 'utf8'));
    const text = [s.summary, ...s.key_points, ...s.next_steps, ...s.action_items.map((a) => a.text)].join('\n').toLowerCase();
    const withOwners = [text, ...s.action_items.map((a) => `${a.owner ?? ''} ${a.due ?? ''}`.toLowerCase())].join('\n');
    for (const a of f.action_items) {
      totals.ai++;
      if (a.must_mention.every((k) => present(k, withOwners))) totals.aiOk++;
    }
    for (const kf of f.key_facts) {
      totals.kf++;
      if (kf.every((k) => present(k, text))) totals.kfOk++;
    }
    for (const amount of f.amounts) {
      totals.am++;
      if (s.amounts.some((o) => round2(o.amount) === round2(amount))) totals.amOk++;
    }
    for (const bad of f.must_not_contain) if (text.includes(bad.toLowerCase())) totals.hallucinations.push(`${f.file}: ${bad}`);
  }

  it('finds at least 80% of the commitments, each with its owner and content word', () => {
    expect(totals.aiOk / totals.ai).toBeGreaterThanOrEqual(0.8);
  });
  it('keeps at least 80% of the key facts a manager needs', () => {
    expect(totals.kfOk / totals.kf).toBeGreaterThanOrEqual(0.8);
  });
  it('extracts at least 95% of the money amounts in every written form', () => {
    expect(totals.amOk / totals.am).toBeGreaterThanOrEqual(0.95);
  });
  it('names nothing that was never said', () => {
    expect(totals.hallucinations).toEqual([]);
  });
});
