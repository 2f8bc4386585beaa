import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../../..');

/** Runs `crm start` with only the given environment and waits for its "listening on" line. */
async function startCrm(extra: NodeJS.ProcessEnv): Promise<{ base: string; child: ChildProcess; stderr: () => string; stop(): Promise<void> }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extra };
  const child = spawn(process.execPath, ['bin/crm.cjs', 'start'], { cwd: root, env });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in time:\n${err}`)), 150_000);
    child.stderr!.on('data', () => {
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`crm start exited ${code}:\n${err}`)));
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { base, child, stderr: () => err, stop };
}

/** `npm start` on a clean checkout: an empty embedded store gets demo data and serves /healthz. */
describe('a first start', () => {
  it('seeds demo data into an empty embedded database and serves health, readiness and the dashboard', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-first-'));
    const crm = await startCrm({ CRM_DATA_DIR: dir });
    try {
      const err = crm.stderr();
      expect(err).toMatch(/First run on an empty embedded database: loading demo data/);
      expect(err).toMatch(/Dashboard sign-in for \S+ \(15 min\): http:\/\/\S+\/login\?token=crm_/);
      expect(await (await fetch(`${crm.base}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${crm.base}/readyz`)).json()).toMatchObject({ status: 'ready', engine: 'pglite', vector: true });
      expect((await fetch(`${crm.base}/`)).status).toBe(200);
      const link = /(http:\/\/\S+\/login\?token=\S+)/.exec(err)![1]!;
      const signedIn = await fetch(link, { redirect: 'manual' });
      expect(signedIn.status).toBe(303);
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const dash = await (await fetch(`${crm.base}/api/dashboard?period=this_year`, { headers: { cookie } })).json();
      expect(JSON.stringify(dash)).toContain('open_tickets');
    } finally {
      await crm.stop();
    }
    expect(fs.existsSync(path.join(dir, 'owner.lock.json'))).toBe(false);
  }, 180_000);
});

describe('crm start with Slack and Teams configured', () => {
  it('mounts both surfaces on the one port and refuses unsigned requests', async () => {
    const crm = await startCrm({
      CRM_DATA_DIR: 'memory://', CRM_SEED_DEMO: 'false',
      SLACK_SIGNING_SECRET: 'test-secret', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: 'http://127.0.0.1:9/api/', TEAMS_ENABLED: 'true',
    });
    try {
      const slack = await fetch(`${crm.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"url_verification","challenge":"x"}' });
      expect(slack.status).toBe(401);
      const teams = await fetch(`${crm.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nonsense":true}' });
      expect(teams.status).toBe(400);
    } finally {
      await crm.stop();
    }
  }, 150_000);
});
