/**
 * Deterministic answers (understand + database + reply) through POST /api/ask at a fixed
 * 20 requests/s against `crm start` on the real PostgreSQL, printing p50/p95/p99.
 * usage: npx tsx bench/api-ask-latency.ts [--url postgres://…/postgres] [--rps 20] [--seconds 20]
 */
import { spawn } from 'node:child_process';
import { scratchDb } from './support/scratch-db';
import { seedDemo } from '../src/crm/seed';
import { issueToken } from '../src/crm/users/api-tokens';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const rps = Number(arg('rps', '20'));
const seconds = Number(arg('seconds', '20'));
const QUESTIONS = [
  'win rate this quarter vs last quarter',
  'pipeline value by stage',
  '本季度赢单率',
  'how many open tickets by priority',
  'tickets opened this month by region',
  'what can you do?',
  'find contacts at Acme',
  'revenue won last month by owner',
];

async function main() {
  const { db, url, drop } = await scratchDb(adminUrl, 'crm_bench_ask');
  process.stderr.write('seeding demo data…\n');
  await seedDemo(db, {});
  const mgr = await db.query<{ id: string }>("select id from users where role = 'manager' order by created_at limit 1");
  const { token } = await issueToken(db, mgr.rows[0]!.id, 3_600_000, new Date());
  const child = spawn(process.execPath, ['bin/crm.cjs', 'start'], { env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', CRM_WORKERS: 'off', LOG_LEVEL: 'warn' } });
  let err = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => reject(new Error(err)));
  });
  const lat: number[] = [];
  let errors = 0;
  const total = rps * seconds;
  const t0 = Date.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rps;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push((async () => {
      const s = performance.now();
      const r = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }) });
      await r.json();
      if (r.status !== 200) errors++;
      lat.push(performance.now() - s);
    })());
  }
  await Promise.all(inflight);
  lat.sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(1);
  console.log(`POST /api/ask at ${rps} req/s for ${seconds}s on PostgreSQL: ${lat.length} answers, ${errors} errors, p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await drop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
