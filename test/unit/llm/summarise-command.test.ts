import { Registry } from 'prom-client';
import { loadConfig } from '../../../src/config/config';
import { createLlm, createLlmMetrics, createMemoryModelAuditSink, isCaptionFile, normaliseTranscript, summariseCommand } from '../../../src/llm';
import { CallRecorder } from '../../../src/llm/audit/call-recorder';
import { toCallSummary } from '../../../src/llm/output-schemas';
import { fallbackReason, InvalidOutputError } from '../../../src/llm/openai/fallback-reason';
import { silentLogger } from '../../../src/shared/logger';
import { EN_CALL } from './fixtures/calls';

const offline = (audit = createMemoryModelAuditSink()) => ({ llm: createLlm(loadConfig({}).llm, { log: silentLogger, audit }), audit });

describe('crm summarise (the command behind it)', () => {
  it('summarises offline with no key, says which model answered and records the call', async () => {
    const { llm, audit } = offline();
    expect(llm.mode).toBe('offline');
    const out = await summariseCommand(EN_CALL, llm, { now: new Date('2026-11-24T15:00:00Z'), tz: 'UTC', recordIds: ['acct-1'] });
    expect(out.meta).toEqual({ model: 'offline', fallback: false });
    expect(out.action_items[0]).toMatchObject({ owner: 'Dana', due: '2026-11-26' });
    expect(audit.entries).toEqual([expect.objectContaining({ task: 'summarise-call', model: 'offline', promptVersion: 'offline-1', recordIds: ['acct-1'], fallback: false })]);
  });

  it('refuses an empty or oversized transcript with a message for the user', async () => {
    const { llm } = offline();
    await expect(summariseCommand('  \n ', llm)).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('empty') });
    await expect(summariseCommand('x'.repeat(2_000_001), llm)).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('reads WebVTT captions from meeting tools as one turn per speaker', async () => {
    const vtt = [
      'WEBVTT', '', 'NOTE exported', '',
      '1', '00:00:01.000 --> 00:00:03.000', '<v Dana Smith>Hi Lee, thanks for joining.</v>', '',
      '2', '00:00:03.500 --> 00:00:05.000', '<v Dana Smith>I will keep it short.</v>', '',
      '00:00:05.000 --> 00:00:08.000', 'Lee: Sure. Our budget is $40,000.', '',
      '00:00:08.000 --> 00:00:09.000', 'and no more.',
    ].join('\n');
    expect(isCaptionFile(vtt)).toBe(true);
    expect(normaliseTranscript(vtt)).toBe('Dana Smith: Hi Lee, thanks for joining. I will keep it short.\nLee: Sure. Our budget is $40,000. and no more.');
    const { llm } = offline();
    expect((await summariseCommand(vtt, llm)).amounts).toEqual([{ amount: 40000, currency: 'USD' }]);
    expect(normaliseTranscript('\uFEFFAnn: plain text\r\n')).toBe('Ann: plain text');
    expect(isCaptionFile('1\n00:00:01,000 --> 00:00:02,000\nAnn: srt')).toBe(true);
  });

  it('answers offline from snippets and classifies nothing without a model', async () => {
    const { llm, audit } = offline();
    const a = await llm.answer({ question: 'renewal?', language: 'en', snippets: [{ id: 's1', type: 'call', text: 'Renewal is in March.' }] });
    expect(a).toMatchObject({ citations: ['s1'], meta: { model: 'offline', fallback: false } });
    expect(audit.entries[0]).toMatchObject({ task: 'answer-question', recordIds: ['s1'] });
    expect(await llm.classify({ text: 'hi', intents: ['help'] })).toBeNull();
    expect(llm.embeddingModel).toBe('offline-hash-256');
    expect((await llm.embed(['a', 'b'])).map((v) => v.length)).toEqual([256, 256]);
  });
});

describe('the call recorder', () => {
  it('counts calls, tokens and fallbacks, and survives a failing audit sink', async () => {
    const registry = new Registry();
    const warnings: unknown[] = [];
    const log = { ...silentLogger, warn: (o: unknown) => warnings.push(o) } as unknown as typeof silentLogger;
    const rec = new CallRecorder(createLlmMetrics(registry), log, { record: async () => Promise.reject(new Error('db down')) });
    await rec.record({ task: 'summarise-call', model: 'm', recordIds: [], output: {}, latencyMs: 12, promptTokens: 5, completionTokens: 7, fallback: true, error: 'timeout: slow' });
    await rec.record({ task: 'embed', model: 'e', recordIds: [], output: null, latencyMs: 1, fallback: false, error: 'server_error: 500' });
    const text = await registry.metrics();
    expect(text).toContain('crm_llm_requests_total{task="summarise-call",model="m",outcome="fallback"} 1');
    expect(text).toContain('crm_llm_requests_total{task="embed",model="e",outcome="error"} 1');
    expect(text).toContain('crm_llm_tokens_total{model="m",kind="completion"} 7');
    expect(text).toContain('crm_llm_fallbacks_total{task="summarise-call",reason="timeout"} 1');
    expect(warnings).toHaveLength(2);
  });
});

describe('model output checks', () => {
  it('drops nulls and malformed dates, and lets the transcript decide the language', () => {
    const s = toCallSummary(
      {
        summary: ' S ', key_points: ['a', 'a', ' '], action_items: [{ text: 'x', owner: null, due: 'Friday' }, { text: 'y', owner: ' Bo ', due: '2026-11-27' }],
        next_steps: [], sentiment: 'mixed', competitors: ['C', 'C'], products: [], amounts: [{ amount: 1, currency: null }, { amount: 2, currency: 'eur' }], language: 'en',
      },
      'zh',
    );
    expect(s).toEqual({
      summary: 'S', key_points: ['a'], action_items: [{ text: 'x' }, { text: 'y', owner: 'Bo', due: '2026-11-27' }],
      next_steps: [], sentiment: 'mixed', competitors: ['C'], products: [], amounts: [{ amount: 1 }, { amount: 2, currency: 'EUR' }], language: 'zh',
    });
  });

  it('names why a call fell back', () => {
    expect(fallbackReason(new InvalidOutputError('bad'))).toBe('invalid_output: bad');
    expect(fallbackReason(new Error('boom'))).toBe('error: boom');
    expect(fallbackReason('weird')).toBe('error: weird');
  });
});
