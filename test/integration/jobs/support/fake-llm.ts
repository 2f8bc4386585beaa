import crypto from 'node:crypto';
import type { JobLlm } from '../../../../src/jobs/job-deps';
import type { CallSummaryOut } from '../../../../src/jobs/call-summary';

/**
 * A deterministic stand-in for the model layer (the real offline adapter belongs to src/llm):
 * the summary is the first two lines, each "I'll ..." line becomes an action item.
 */
export class FakeLlm implements JobLlm {
  readonly embeddingModel = 'fake-embed-256';
  summaries = 0;
  embeddings = 0;
  /** Make the next N calls fail, to exercise retries. */
  failNext = 0;

  async summariseCall(transcript: string): Promise<CallSummaryOut> {
    this.summaries++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('model unavailable');
    }
    const lines = transcript.split('\n').map((l) => l.trim()).filter(Boolean);
    const items = lines
      .map((l) => /^([^:]+):\s*(I'll .+)$/i.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => ({ text: m[2]!.replace(/^I'll /i, ''), owner: m[1]!.trim(), due: '2026-11-28' }));
    return {
      summary: lines.slice(0, 2).join(' '),
      key_points: lines.slice(0, 1),
      action_items: items,
      next_steps: [],
      sentiment: 'positive',
      language: 'en',
    };
  }

  async embed(texts: string[]): Promise<number[][]> {
    this.embeddings += texts.length;
    return texts.map((t) => {
      const v = new Array<number>(256).fill(0);
      for (const w of t.toLowerCase().split(/\s+/)) v[crypto.createHash('md5').update(w).digest()[0]!] += 1;
      const norm = Math.hypot(...v) || 1;
      return v.map((x) => x / norm);
    });
  }
}
