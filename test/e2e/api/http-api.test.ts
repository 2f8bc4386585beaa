import request from 'supertest';
import client from 'prom-client';
import { createHttpApp } from '../../../src/bots/http-server';
import { issueToken, revokeToken } from '../../../src/crm/users/api-tokens';
import { silentLogger } from '../../../src/shared/logger';
import { askHarness } from '../../support/ask-harness';
import { seedOrg, type Org } from '../../support/fixtures';
import { createTestDb, engines, type TestDb } from '../../support/test-db';

describe.each(engines())('the HTTP server on %s', (engine) => {
  let t: TestDb;
  let org: Org;
  let app: ReturnType<typeof createHttpApp>;
  let token: string;

  beforeAll(async () => {
    t = await createTestDb(engine);
    org = await seedOrg(t.db);
    const { c } = await askHarness(t.db);
    app = createHttpApp({ db: t.db, engine: c.engine, log: silentLogger, registry: new client.Registry() });
    token = (await issueToken(t.db, org.admin.id!, 60_000, new Date())).token;
  });
  afterAll(async () => t.drop());

  it('answers liveness, readiness and metrics', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', engine: t.db.info.engine });
    const metrics = await request(app).get('/metrics').expect(200);
    expect(metrics.text).toContain('crm_http_request_duration_seconds');
  });

  it('refuses /api/ask without a valid token', async () => {
    await request(app).post('/api/ask').send({ text: 'help' }).expect(401);
    const r = await request(app).post('/api/ask').set('Authorization', 'Bearer nope').send({ text: 'help' }).expect(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('answers 400 with a clear error for a bad body', async () => {
    const r = await request(app).post('/api/ask').set('Authorization', `Bearer ${token}`).send({ text: '' }).expect(400);
    expect(r.body.error).toEqual({ code: 'bad_input', message: 'text: text is empty' });
    const bad = await request(app).post('/api/ask').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send('{"text":').expect(400);
    expect(bad.body.error.code).toBe('bad_input');
    await request(app).post('/api/ask').set('Authorization', `Bearer ${token}`).send({ text: 'hi', tz: 'Nowhere/Land' }).expect(400);
  });

  it('answers the same JSON as crm ask', async () => {
    const r = await request(app).post('/api/ask').set('Authorization', `Bearer ${token}`).send({ text: 'what can you do?' }).expect(200);
    expect(r.body).toMatchObject({ intent: 'help', status: 'done' });
    expect(r.body.reply).toMatch(/ticket/i);
  });

  it('stops accepting a revoked token', async () => {
    const { token: tk } = await issueToken(t.db, org.rep.id!, 60_000, new Date());
    await request(app).post('/api/ask').set('Authorization', `Bearer ${tk}`).send({ text: 'help' }).expect(200);
    expect(await revokeToken(t.db, tk)).toBe(true);
    await request(app).post('/api/ask').set('Authorization', `Bearer ${tk}`).send({ text: 'help' }).expect(401);
  });
});
