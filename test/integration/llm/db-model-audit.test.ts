import { createDbModelAuditSink, createLlm, listModelCalls } from '../../../src/llm';
import { loadConfig } from '../../../src/config/config';
import { fixedClock } from '../../../src/shared/clock';
import { silentLogger } from '../../../src/shared/logger';
import { createTestDb, engines, type TestDb } from '../../support/test-db';

describe.each(engines())('the model audit trail in model_calls on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(() => t.drop());

  it('records each call with what it read and wrote, and lists the newest first', async () => {
    const sink = createDbModelAuditSink(t.db);
    await sink.record({
      task: 'summarise-call', promptVersion: 'summarise-call@1', model: 'gpt-test', recordIds: ['a1', 'b2'],
      output: { summary: '摘要 with "quotes"', amounts: [{ amount: 85000, currency: 'CNY' }] },
      latencyMs: 123.6, promptTokens: 400, completionTokens: 90, fallback: false,
    });
    await sink.record({ task: 'answer-question', model: 'gpt-test', recordIds: [], output: null, latencyMs: 5, fallback: true, error: 'timeout: slow' });

    const all = await listModelCalls(t.db);
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ task: 'answer-question', fallback: true, error: 'timeout: slow', recordIds: [], output: null, promptVersion: undefined });
    expect(all[1]).toMatchObject({
      task: 'summarise-call', promptVersion: 'summarise-call@1', model: 'gpt-test', recordIds: ['a1', 'b2'],
      output: { summary: '摘要 with "quotes"', amounts: [{ amount: 85000, currency: 'CNY' }] },
      latencyMs: 124, promptTokens: 400, completionTokens: 90, fallback: false,
    });
    expect(new Date(all[1]!.at).getTime()).toBeGreaterThan(0);

    expect(await listModelCalls(t.db, { task: 'summarise-call' })).toHaveLength(1);
    expect((await listModelCalls(t.db, { recordId: 'b2' }))[0]!.task).toBe('summarise-call');
    expect(await listModelCalls(t.db, { recordId: 'nope' })).toHaveLength(0);
    expect(await listModelCalls(t.db, { limit: 1 })).toHaveLength(1);
  });

  it('is written by the offline adapter for every summary it makes', async () => {
    const llm = createLlm(loadConfig({}).llm, { log: silentLogger, audit: createDbModelAuditSink(t.db), clock: fixedClock('2026-11-25T10:00:00Z') });
    await llm.summariseCall({ transcript: "Ann: I'll send the contract by Friday.\nBo: Great, thanks.", recordIds: ['acct-9'] });
    const [last] = await listModelCalls(t.db, { recordId: 'acct-9' });
    expect(last).toMatchObject({ task: 'summarise-call', model: 'offline', promptVersion: 'offline-1', fallback: false, at: '2026-11-25T10:00:00.000Z' });
    expect((last!.output as { action_items: unknown[] }).action_items).toEqual([{ text: 'Send the contract by Friday', owner: 'Ann' }]);
  });
});
