import express from 'express';
import request from 'supertest';
import { dashboardBaseUrl, issueLoginLink, LOGIN_LINK_TTL_MS, readCookie, requestCredential, SESSION_COOKIE } from '../../../src/bots/web/session';
import { pickLanguage } from '../../../src/bots/web/web-language';
import { issueToken } from '../../../src/crm/users/api-tokens';
import type { DashboardData } from '../../../src/intents/answers/dashboard-data';
import { engines } from '../../support/test-db';
import { startWebRig, type WebRig } from './web-rig';

const cardValue = (d: DashboardData, metric: string) => d.cards.find((c) => c.metric === metric)?.value;

describe.each(engines())('web dashboard sign-in and data on %s', (engine) => {
  let rig: WebRig;
  const cookies = new Map<string, string>();

  /** Signs in through a real link and keeps the session cookie. */
  async function signIn(who: keyof WebRig['users']): Promise<string> {
    if (cookies.has(who)) return cookies.get(who)!;
    const res = await request(rig.app).get(`/login?token=${await rig.loginToken(rig.users[who])}`);
    expect(res.status).toBe(303);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    cookies.set(who, cookie);
    return cookie;
  }
  const dashboard = async (who: keyof WebRig['users'], query = '') => request(rig.app).get(`/api/dashboard${query}`).set('Cookie', await signIn(who));

  beforeAll(async () => {
    rig = await startWebRig(engine);
  });
  afterAll(async () => {
    await rig?.close();
  });

  describe('/login', () => {
    it('turns a good link into an HttpOnly session cookie and sends the user to /', async () => {
      const res = await request(rig.app).get(`/login?token=${await rig.loginToken(rig.users.manager)}`);
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/');
      expect(res.headers['cache-control']).toBe('no-store');
      const setCookie = (res.headers['set-cookie'] as unknown as string[])[0]!;
      expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=crm_`));
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      expect(setCookie).toMatch(/Max-Age=43200/);
      const page = await request(rig.app).get('/').set('Cookie', setCookie.split(';')[0]!);
      expect(page.status).toBe(200);
      expect(page.text).toContain('/assets/dashboard.js');
    });

    it.each([
      ['an unknown token', '/login?token=crm_not-a-real-token'],
      ['no token', '/login'],
    ])('answers %s with a 401 page that says how to get a new link', async (_name, url) => {
      const res = await request(rig.app).get(url);
      expect(res.status).toBe(401);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain('invalid or has expired');
      expect(res.text).toContain('crm login-link --as');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('refuses an expired link and a token issued for another purpose', async () => {
      const expired = await rig.loginToken(rig.users.manager, 60_000, new Date(Date.now() - 3_600_000));
      expect((await request(rig.app).get(`/login?token=${expired}`)).status).toBe(401);
      const api = (await issueToken(rig.t.db, rig.users.manager, 60_000, new Date(), 'api')).token;
      expect((await request(rig.app).get(`/login?token=${api}`)).status).toBe(401);
    });

    it('answers in Chinese when the browser prefers it', async () => {
      const res = await request(rig.app).get('/login?token=crm_bad-token').set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.5');
      expect(res.text).toContain('此登录链接无效或已过期');
    });
  });

  describe('/ and the session', () => {
    it('shows the sign-in page, not the dashboard, without a session', async () => {
      const res = await request(rig.app).get('/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('crm login-link --as');
      expect(res.text).toContain('dashboard');
      expect(res.text).not.toContain('dashboard.js');
      const zh = await request(rig.app).get('/?lang=zh');
      expect(zh.text).toContain('登录');
    });

    it('refuses /api/dashboard without a session, or with a bad or non-session cookie', async () => {
      expect((await request(rig.app).get('/api/dashboard')).status).toBe(401);
      expect((await request(rig.app).get('/api/dashboard').set('Cookie', `${SESSION_COOKIE}=crm_forged`)).status).toBe(401);
      const login = await rig.loginToken(rig.users.manager);
      expect((await request(rig.app).get('/api/dashboard').set('Cookie', `${SESSION_COOKIE}=${login}`)).status).toBe(401);
    });

    it('signs out by revoking the session', async () => {
      const res = await request(rig.app).get(`/login?token=${await rig.loginToken(rig.users.rita)}`);
      const cookie = (res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
      expect((await request(rig.app).get('/api/dashboard').set('Cookie', cookie)).status).toBe(200);
      const out = await request(rig.app).post('/logout').set('Cookie', cookie);
      expect(out.text).toContain('signed out');
      expect((await request(rig.app).get('/api/dashboard').set('Cookie', cookie)).status).toBe(401);
    });

    it('serves ECharts and the page script as static files', async () => {
      const js = await request(rig.app).get('/vendor/echarts/echarts.min.js');
      expect(js.status).toBe(200);
      expect(js.text.length).toBeGreaterThan(100_000);
      expect((await request(rig.app).get('/assets/dashboard.js')).status).toBe(200);
      expect((await request(rig.app).get('/assets/dashboard.css')).status).toBe(200);
    });
  });

  describe('/api/dashboard scoping', () => {
    it("shows a rep only their own numbers and offers no one else's in the filters", async () => {
      const d = (await dashboard('ray')).body as DashboardData;
      expect(cardValue(d, 'revenue_won')).toBe(10_000);
      expect(cardValue(d, 'pipeline_value')).toBe(20_000);
      expect(cardValue(d, 'open_tickets')).toBe(1);
      expect(d.filters.owners).toEqual([{ id: rig.users.ray, name: 'Ray Rep' }]);
      expect(d.filters.teams).toEqual([]);
      const pipeline = d.charts.find((c) => c.id === 'pipeline_by_stage')!.spec as { xAxis: { data: string[] }; series: Array<{ data: number[] }> };
      expect(pipeline.xAxis.data.slice(0, 4)).toEqual(['lead', 'qualified', 'proposal', 'negotiation']);
      expect(pipeline.series[0]!.data.slice(0, 4)).toEqual([0, 0, 20_000, 0]);
    });

    it("refuses a rep who asks for someone else's or another team's numbers", async () => {
      const other = await dashboard('ray', `?owner=${rig.users.wes}`);
      expect(other.status).toBe(403);
      expect(other.body.error.code).toBe('denied');
      expect((await dashboard('ray', `?team=${rig.teams.west}`)).status).toBe(403);
    });

    it("shows a manager their team's numbers, narrowed by owner on request, and refuses other teams", async () => {
      const d = (await dashboard('manager')).body as DashboardData;
      expect(cardValue(d, 'revenue_won')).toBe(15_000);
      expect(cardValue(d, 'open_tickets')).toBe(2);
      expect(d.filters.teams.map((t) => t.name)).toEqual(['East']);
      expect(d.filters.owners.map((o) => o.name)).toEqual(['Maria Manager', 'Ray Rep', 'Rita Rep']);
      expect(cardValue((await dashboard('manager', `?owner=${rig.users.rita}`)).body, 'revenue_won')).toBe(5_000);
      expect((await dashboard('manager', `?team=${rig.teams.west}`)).status).toBe(403);
    });

    it('shows an admin everything, and a team on request', async () => {
      const d = (await dashboard('admin')).body as DashboardData;
      expect(cardValue(d, 'revenue_won')).toBe(22_000);
      expect(cardValue(d, 'open_tickets')).toBe(3);
      expect(d.filters.teams.map((t) => t.name)).toEqual(['East', 'West']);
      expect(cardValue((await dashboard('admin', `?team=${rig.teams.west}`)).body, 'revenue_won')).toBe(7_000);
      const trend = d.charts.find((c) => c.id === 'trend')!.spec as { xAxis: { data: string[] }; series: Array<{ name: string; data: number[] }> };
      expect(trend.xAxis.data).toHaveLength(6);
      expect(trend.series.map((s) => s.name)).toEqual(['Revenue won', 'Tickets opened']);
      expect(trend.series[0]!.data[5]).toBe(22_000);
      expect(trend.series[1]!.data[5]).toBe(4);
    });

    it("leaves out the deal metrics an agent may not see instead of showing zeros", async () => {
      const d = (await dashboard('agent')).body as DashboardData;
      expect(d.cards.map((c) => c.metric)).toEqual(['open_tickets', 'sla_breaches', 'first_response_time']);
      expect(d.omitted).toEqual(['revenue_won', 'win_rate', 'pipeline_value', 'new_deals']);
      expect(d.charts.map((c) => c.id)).toEqual(['tickets_by_priority', 'sla_breaches', 'trend']);
      const trend = d.charts.find((c) => c.id === 'trend')!.spec as { series: Array<{ name: string; yAxisIndex: number }> };
      expect(trend.series.map((s) => [s.name, s.yAxisIndex])).toEqual([['Tickets opened', 0]]);
    });

    it('shows the same revenue and open tickets as the chat answer for the same user', async () => {
      const actor = { id: rig.users.manager, name: 'Maria Manager', email: 'maria@example.com', role: 'manager' as const, teamId: rig.teams.east };
      const ask = (text: string) => rig.c.engine.handle({ surface: 'api', channel: 'test', thread: `t-${text}`, actor, text });
      const d = (await dashboard('manager')).body as DashboardData;
      const revenue = await ask('revenue won this month');
      const open = await ask('how many open tickets');
      expect(revenue.data.value).toBe(cardValue(d, 'revenue_won'));
      expect(open.data.value).toBe(cardValue(d, 'open_tickets'));
    });

    it('labels cards and charts in Chinese for a Chinese browser', async () => {
      const d = (await dashboard('manager', '?lang=zh')).body as DashboardData;
      expect(d.language).toBe('zh');
      expect(d.cards[0]!.label).toBe('成交金额');
      expect(d.charts.map((c) => c.title)).toContain('各阶段销售管道金额');
    });

    it('takes a custom period and compares it with the same number of days before', async () => {
      const d = (await dashboard('admin', '?period=custom&start=2020-01-11&end=2020-01-20')).body as DashboardData;
      expect(d.period).toEqual({ start: '2020-01-11', end: '2020-01-20', kind: 'custom' });
      expect(d.previous).toEqual({ start: '2020-01-01', end: '2020-01-10' });
      expect(cardValue(d, 'revenue_won')).toBe(0);
    });

    it.each(['?period=next_decade', '?period=custom&start=2026-02-10', '?period=custom&start=2026-02-30&end=2026-03-01', '?owner=not-a-uuid'])(
      'answers bad filters %s with 400',
      async (query) => {
        const res = await dashboard('admin', query);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('bad_input');
      },
    );
  });

  describe('sign-in links', () => {
    it('issues a link that signs in once clicked, and expires after 15 minutes', async () => {
      const now = new Date();
      const link = await issueLoginLink(rig.t.db, rig.users.manager, 'https://crm.example.com/', now);
      expect(link.url).toMatch(/^https:\/\/crm\.example\.com\/login\?token=crm_/);
      expect(Date.parse(link.expires_at) - now.getTime()).toBe(LOGIN_LINK_TTL_MS);
      const url = new URL(link.url);
      expect((await request(rig.app).get(`${url.pathname}${url.search}`)).status).toBe(303);
    });

    it('builds the base address from PUBLIC_URL, else from the port', () => {
      expect(dashboardBaseUrl({ publicUrl: 'https://crm.example.com/', port: 3000 })).toBe('https://crm.example.com');
      expect(dashboardBaseUrl({ port: 3000, host: '0.0.0.0' })).toBe('http://localhost:3000');
      expect(dashboardBaseUrl({ port: 8080, host: '127.0.0.1' })).toBe('http://127.0.0.1:8080');
      expect(dashboardBaseUrl({ port: 8080 })).toBe('http://localhost:8080');
    });
  });
});

describe('web session helpers', () => {
  it('reads one cookie out of a header', () => {
    expect(readCookie('a=1; crm_session=crm_x%2By; b=2', 'crm_session')).toBe('crm_x+y');
    expect(readCookie('a=1', 'crm_session')).toBeUndefined();
    expect(readCookie(undefined, 'crm_session')).toBeUndefined();
    expect(readCookie('crm_session=%E0%A4%A', 'crm_session')).toBeUndefined();
    expect(readCookie('crm_session=', 'crm_session')).toBeUndefined();
  });

  it('takes a bearer token first, then the session cookie, for POST /api/ask', async () => {
    const app = express();
    app.get('/cred', (req, res) => {
      res.json(requestCredential(req));
    });
    expect((await request(app).get('/cred').set('Authorization', 'Bearer crm_api').set('Cookie', `${SESSION_COOKIE}=crm_s`)).body).toEqual({ token: 'crm_api', purpose: 'api' });
    expect((await request(app).get('/cred').set('Cookie', `${SESSION_COOKIE}=crm_s`)).body).toEqual({ token: 'crm_s', purpose: 'session' });
    expect((await request(app).get('/cred')).body).toBeNull();
  });

  it('picks Chinese only when the browser prefers it', () => {
    expect(pickLanguage('zh-CN,zh;q=0.9')).toBe('zh');
    expect(pickLanguage('en-US,zh;q=0.5')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
    expect(pickLanguage('zh-CN', 'en')).toBe('en');
  });
});
