/**
 * Customer-history latency on the real server: accountBrief and searchHistory (offline, full-text;
 * the server has no pgvector) over `seedDemo` data with 1,000,000 activities.
 *   npx tsx bench/history-latency.ts [--url postgres://...] [--reuse DBNAME] [--keep] [--scale 1000000] [--runs 60]
 * Without --reuse it creates a scratch database and seeds it (a few minutes), and drops it at
 * the end unless --keep. Prints p50/p95 per call and the EXPLAIN (ANALYZE, BUFFERS) of every
 * statement one brief and one history question run, so the plans can be checked.
 */
import { scratchDb } from './support/scratch-db';
import { seedDemo } from '../src/crm/seed';
import { accountBrief } from '../src/crm/history/account-brief';
import { searchHistory } from '../src/crm/search/hybrid-search';
import type { Actor } from '../src/crm/access/actor';
import type { Db, Queryable } from '../src/shared/db';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const baseUrl = arg('url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runs = Number(arg('runs') ?? 60);
const scale = Number(arg('scale') ?? 1_000_000);
const NOW = new Date('2026-06-10T09:00:00Z');

const QUESTIONS: Array<{ text: string; period?: { start: string; end: string } }> = [
  { text: 'What did they say about pricing?' },
  { text: 'Any escalations this quarter?', period: { start: '2026-04-01', end: '2026-06-30' } },
  { text: 'When did we last talk about the renewal?' },
  { text: '最近有什么投诉？' },
  { text: 'integration problems with the API' },
  { text: '续约谈得怎么样了？' },
];

async function prepare(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const s = await scratchDb(baseUrl, 'history_bench', { reuse: arg('reuse'), keep: process.argv.includes('--keep') });
  if (s.fresh) {
    const t0 = Date.now();
    let last = 0;
    await seedDemo(s.db, {
      scale, now: NOW,
      onProgress: (p) => {
        if (p.done - last >= 200_000 || p.done === p.total) console.error(`seed ${p.stage} ${p.done}/${p.total}`);
        last = p.done;
      },
    });
    await s.db.query('vacuum analyze');
    console.log(`seeded ${s.name} with ${scale} activities in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return s;
}

async function actor(db: Queryable, where: string, params: unknown[] = []): Promise<Actor> {
  const u = (await db.query<{ id: string; name: string; email: string; role: Actor['role']; team_id: string | null }>(
    `select id, name, email, role, team_id from users where ${where} limit 1`, params)).rows[0]!;
  return { id: u.id, name: u.name, email: u.email, role: u.role, teamId: u.team_id };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await fn(i); // warm the cache and the pool
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`${label.padEnd(52)} p50 ${pct(ms, 50).toFixed(1).padStart(6)} ms   p95 ${pct(ms, 95).toFixed(1).padStart(6)} ms   max ${Math.max(...ms).toFixed(1).padStart(6)} ms`);
}

/** Records every statement a call makes, to EXPLAIN them afterwards. */
function recorder(db: Db): { q: Db; seen: Array<{ sql: string; params: readonly unknown[] }> } {
  const seen: Array<{ sql: string; params: readonly unknown[] }> = [];
  const q = Object.create(db) as Db;
  q.query = (sql, params = []) => (seen.push({ sql, params }), db.query(sql, params));
  return { q, seen };
}

async function explain(db: Db, title: string, call: (q: Db) => Promise<unknown>): Promise<void> {
  const { q, seen } = recorder(db);
  await call(q);
  console.log(`\n=== EXPLAIN: ${title} (${seen.length} statements) ===`);
  for (const s of seen) {
    const plan = await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${s.sql}`, s.params);
    console.log(`--- ${s.sql.replace(/\s+/g, ' ').slice(0, 140)}…`);
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
}

async function main(): Promise<void> {
  const { db, drop } = await prepare();
  try {
    const counts = (await db.query<{ a: number; t: number; acc: number }>(
      'select (select count(*) from activities)::int as a, (select count(*) from tickets)::int as t, (select count(*) from accounts)::int as acc')).rows[0]!;
    console.log(`database: ${counts.a} activities, ${counts.t} tickets, ${counts.acc} accounts; engine ${db.info.engine}, vector ${db.info.vector}`);
    const admin = await actor(db, "role = 'admin'");
    const sample = (await db.query<{ id: string; owner_id: string }>(
      'select id, owner_id from accounts where owner_id is not null order by md5(id::text) limit 40')).rows;
    const owners = new Map<string, Actor>();
    for (const s of sample) if (!owners.has(s.owner_id)) owners.set(s.owner_id, await actor(db, 'id = $1', [s.owner_id]));
    const manager = await actor(db, "role = 'manager'");
    const acc = (i: number) => sample[i % sample.length]!;
    const opts = { now: NOW, tz: 'UTC' };

    await time('accountBrief as admin', runs, (i) => accountBrief(db, admin, acc(i).id, opts));
    await time('accountBrief as the owning rep', runs, (i) => accountBrief(db, owners.get(acc(i).owner_id)!, acc(i).id, opts));
    await time('accountBrief as a manager', runs, (i) => accountBrief(db, manager, acc(i).id, opts));
    const ask = (who: (i: number) => Actor) => (i: number) =>
      searchHistory(db, who(i), { ...QUESTIONS[i % QUESTIONS.length]!, accountId: acc(i).id, now: NOW, tz: 'UTC' });
    await time('history question, one account, as admin', runs, ask(() => admin));
    await time('history question, one account, as the owning rep', runs, ask((i) => owners.get(acc(i).owner_id)!));
    await time('history question, whole CRM, as admin (not a target)', Math.ceil(runs / 3), (i) =>
      searchHistory(db, admin, { ...QUESTIONS[i % QUESTIONS.length]!, now: NOW }));

    const rep = owners.get(acc(0).owner_id)!;
    await explain(db, 'accountBrief as the owning rep', (q) => accountBrief(q, rep, acc(0).id, opts));
    await explain(db, 'history question as the owning rep', (q) => searchHistory(q, rep, { ...QUESTIONS[0]!, accountId: acc(0).id, now: NOW }));
    await explain(db, 'history question with a period, as admin', (q) => searchHistory(q, admin, { ...QUESTIONS[1]!, accountId: acc(1).id, now: NOW }));
    if (process.argv.includes('--explain-wide')) {
      await explain(db, 'history question across the whole CRM, as admin', (q) => searchHistory(q, admin, { ...QUESTIONS[0]!, now: NOW }));
    }
  } finally {
    await drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
