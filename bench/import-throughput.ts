/**
 * Bulk import throughput on the real server (issue 2: thousands of records per second).
 *   npx tsx bench/import-throughput.ts [--url postgres://...] [--records 100000] [--batch 500] [--seed-scale N]
 * Writes a JSONL file of users, accounts, contacts (with repeats to merge), deals, tickets and
 * activities to /tmp, imports it into a scratch database (created, migrated, dropped), then
 * imports it again (all updates) and prints records/s for both runs.
 * With --seed-scale N it also times `seedDemo` with N activities in another scratch database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../src/crm/db/open-db';
import { migrate } from '../src/crm/db/migrate';
import { importFile } from '../src/crm/import';
import { seedDemo } from '../src/crm/seed';
import { silentLogger } from '../src/shared/logger';
import type { Db } from '../src/shared/db';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const baseUrl = arg('url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const total = Number(arg('records') ?? 100_000);
const batchSize = Number(arg('batch') ?? 500);
const seedScale = arg('seed-scale') ? Number(arg('seed-scale')) : undefined;
const withDb = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

/** A deterministic file: 0.1% users, 2% accounts, 6% contacts (5% of them repeats), 5% deals, 12% tickets, the rest activities. */
function writeFile(file: string): void {
  const out = fs.openSync(file, 'w');
  let buf: string[] = [];
  const emit = (r: Record<string, unknown>) => {
    buf.push(JSON.stringify(r));
    if (buf.length >= 5000) flush();
  };
  const flush = () => {
    fs.writeSync(out, buf.join('\n') + '\n');
    buf = [];
  };
  const n = (share: number) => Math.max(1, Math.round(total * share));
  const users = n(0.001), accounts = n(0.02), contacts = n(0.06), deals = n(0.05), tickets = n(0.12);
  const activities = total - users - accounts - contacts - deals - tickets;
  const ts = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000 + (i % 86_400) * 1000).toISOString();
  const roles = ['rep', 'rep', 'agent', 'manager'];
  for (let i = 0; i < users; i++) emit({ type: 'user', external_id: `u${i}`, name: `User ${i}`, email: `user${i}@bench.test`, role: roles[i % 4], team: `Team ${i % 5}` });
  for (let i = 0; i < accounts; i++) emit({ type: 'account', external_id: `a${i}`, name: i % 7 === 0 ? `华信科技${i}有限公司` : `Company ${i} Inc`, domain: `company${i}.example`, industry: 'Software', region: 'EMEA', owner: `u${i % users}`, created_at: ts(i) });
  for (let i = 0; i < contacts; i++) {
    const repeat = i % 20 === 19; // the same person as the previous line, written differently
    const k = repeat ? i - 1 : i;
    emit({ type: 'contact', external_id: `c${i}`, account: `a${k % accounts}`, name: `Person ${k}`, email: repeat ? `Person.${k}@Company${k % accounts}.example` : `person.${k}@company${k % accounts}.example`, phone: `+1 212 ${String(200 + (k % 700)).padStart(3, '0')} ${String(k % 10_000).padStart(4, '0')}`, title: 'Buyer', created_at: ts(i) });
  }
  const stages = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
  for (let i = 0; i < deals; i++) {
    const stage = stages[i % 6]!;
    emit({ type: 'deal', external_id: `d${i}`, account: `a${i % accounts}`, name: `Deal ${i}`, amount: 1000 + (i % 97) * 500, currency: 'USD', stage, owner: `u${i % users}`, created_at: ts(i), close_date: '2026-03-31', closed_at: stage === 'won' || stage === 'lost' ? '2026-03-30T12:00:00Z' : null });
  }
  for (let i = 0; i < tickets; i++) emit({ type: 'ticket', external_id: `t${i}`, account: `a${i % accounts}`, contact: `c${i % contacts}`, subject: i % 3 ? `Login fails for user ${i}` : `导出报表超时 ${i}`, description: 'Users cannot sign in since the update.', priority: ['low', 'normal', 'high', 'urgent'][i % 4], status: i % 10 ? 'closed' : 'open', assignee: `u${i % users}`, created_at: ts(i), first_response_at: ts(i + 1), resolved_at: i % 10 ? ts(i + 2) : null });
  for (let i = 0; i < activities; i++) emit({ type: 'activity', external_id: `x${i}`, account: `a${i % accounts}`, contact: `c${i % contacts}`, deal: i % 3 ? null : `d${i % deals}`, kind: ['call', 'meeting', 'email', 'note'][i % 4], occurred_at: ts(i), owner: `u${i % users}`, subject: i % 4 ? `Follow-up call ${i}` : `续约回访 ${i}`, body: 'Discussed renewal pricing and the SSO rollout; next step is a proposal.', duration_minutes: i % 4 < 2 ? 30 : null });
  flush();
  fs.closeSync(out);
}

async function scratch<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const name = `crm_bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const db = await openDb({ url: withDb(baseUrl, name), dataDir: '' }, silentLogger);
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const file = path.join(os.tmpdir(), `crm-import-bench-${total}.jsonl`);
  let t = Date.now();
  writeFile(file);
  console.log(`wrote ${total} records to ${file} in ${Date.now() - t} ms`);
  await scratch(async (db) => {
    for (const label of ['first import', 're-import']) {
      t = Date.now();
      const r = await importFile(db, file, { region: 'US', batchSize, onProgress: (n) => n % 20_000 < batchSize && process.stderr.write(`  ${n} lines\n`) });
      const s = (Date.now() - t) / 1000;
      console.log(`${label}: ${s.toFixed(1)} s, ${Math.round(total / s)} records/s, created ${r.created}, updated ${r.updated}, merged ${r.merged}, rejected ${r.rejected.length}`);
    }
  });
  fs.rmSync(file, { force: true });
  if (seedScale) {
    await scratch(async (db) => {
      t = Date.now();
      const c = await seedDemo(db, { scale: seedScale, onProgress: (p) => process.stderr.write(`  seed ${p.stage} ${p.done}/${p.total}\n`) });
      const s = (Date.now() - t) / 1000;
      console.log(`seed --demo --scale ${seedScale}: ${s.toFixed(1)} s, ${Math.round(c.activities / s)} activities/s`, c);
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
