import { createTestDb, type TestDb } from '../../support/test-db';
import { seedOrg, type Org } from '../../support/fixtures';
import { askHarness, type AskJson } from '../../support/ask-harness';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../support/fake-openai-server';

/** The model is asked only when the offline reading is unsure, and its answer never writes by itself. */
describe('the engine with an OpenAI-compatible model', () => {
  let t: TestDb;
  let org: Org;
  let fake: FakeOpenAiServer;
  let ask: (text: string, as: string, o?: { conversation?: string; yes?: boolean }) => Promise<AskJson>;

  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
    t = await createTestDb('pglite');
    org = await seedOrg(t.db);
    ({ ask } = await askHarness(t.db, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '3000' }));
    await t.db.query("insert into deals (account_id, name, stage, owner_id) values ($1, 'Initech platform', 'proposal', $2)", [org.initech, org.rep.id]);
  });
  afterAll(async () => {
    await t.drop();
    await fake.close();
  });
  beforeEach(() => fake.reset());

  it('does not call the model when the offline reading is sure', async () => {
    const r = await ask('what can you do?', 'rep@test.crm');
    expect(r.intent).toBe('help');
    expect(fake.requestsTo('/v1/chat/completions')).toHaveLength(0);
  });

  it('takes the intent and names from the model for an unsure message, but not its enums or numbers', async () => {
    fake.queueChat({ json: { intent: 'deal.update', confidence: 0.95, entities: { customer: 'Initech', stage: 'won', amount: 1 } } });
    const r = await ask('the initech thing, we got it 🎉', 'rep@test.crm', { conversation: 'm1' });
    expect(fake.requestsTo('/v1/chat/completions')).toHaveLength(1);
    expect(r.intent).toBe('deal.update');
    expect(r.entities.amount).toBeUndefined();
    expect(r.status).not.toBe('done');
    expect((await t.db.query<{ stage: string }>("select stage from deals where name = 'Initech platform'")).rows[0]!.stage).toBe('proposal');
  });

  it('keeps the offline reading when the model answers nonsense', async () => {
    fake.queueChat({ content: 'not json at all' });
    const r = await ask('blorp zzz', 'rep@test.crm', { conversation: 'm2' });
    expect(fake.requestsTo('/v1/chat/completions')).toHaveLength(1);
    expect(r.intent).toBe('unknown');
    expect(r.status).toBe('done');
  });

  it('still asks for confirmation when the model proposes a destructive write', async () => {
    fake.queueChat({ json: { intent: 'ticket.update', confidence: 0.99, entities: { ticket: 1001, status: 'closed' } } });
    const r = await ask('blorp zzz', 'agent@test.crm', { conversation: 'm3' });
    expect(['needs_input', 'needs_confirmation', 'not_found']).toContain(r.status);
    expect(r.records.filter((x) => x.change !== 'cited')).toEqual([]);
  });
});
