/**
 * Retrieval quality of customer-history search on the labelled fixture (test/fixtures/history):
 * recall@5 and MRR, full-text only and hybrid, in a fresh in-memory PGlite with pgvector.
 *   npx tsx scripts/eval-history.ts [--verbose] [--write]
 * --write also saves the generated fixture as crm.jsonl + questions.jsonl beside the generator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../src/crm/db/open-db';
import { migrate } from '../src/crm/db/migrate';
import { silentLogger } from '../src/shared/logger';
import { searchHistory } from '../src/crm/search/hybrid-search';
import { syncEmbeddings } from '../src/crm/search/embedding-store';
import type { Embedder } from '../src/crm/search/embedder-port';
import { hashedEmbedder } from '../test/support/hashed-embedder';
import { generateHistoryFixture } from '../test/fixtures/history/history-generator';
import { fixtureActor, loadHistoryFixture } from '../test/fixtures/history/load-fixture';
import type { FxQuestion, HistoryFixture } from '../test/fixtures/history/fixture-types';

const K = 5;
const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'history');

interface Score { recall: number; rr: number; got: string[] }

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const fx = await generateHistoryFixture();
  if (process.argv.includes('--write')) writeFixture(fx);
  const db = await openDb({ dataDir: 'memory://' }, silentLogger);
  try {
    await migrate(db);
    const ids = await loadHistoryFixture(db, fx);
    const external = new Map([...ids].map(([x, id]) => [id, x]));
    const embedder: Embedder = hashedEmbedder;
    const t0 = Date.now();
    const embedded = await syncEmbeddings(db, embedder, { model: 'hashed-ngram-256' });
    const admin = await fixtureActor(db, 'u-admin');
    const now = new Date(fx.now);

    const run = async (q: FxQuestion, withVectors: boolean): Promise<Score> => {
      const res = await searchHistory(db, admin, {
        text: q.text, accountId: q.account ? ids.get(q.account) : undefined, period: q.period, tz: 'UTC', limit: K, now,
        embedder: withVectors ? embedder : undefined,
      });
      if (withVectors && res.mode !== 'hybrid') throw new Error('expected hybrid mode');
      const got = res.hits.map((h) => external.get(h.id) ?? h.id);
      const found = q.expect.filter((e) => got.includes(e)).length;
      const first = got.findIndex((g) => q.expect.includes(g));
      return { recall: found / q.expect.length, rr: first < 0 ? 0 : 1 / (first + 1), got };
    };

    const rows: Array<{ q: FxQuestion; ft: Score; hy: Score }> = [];
    for (const q of fx.questions) rows.push({ q, ft: await run(q, false), hy: await run(q, true) });

    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const report = (label: string, rs: typeof rows) =>
      console.log(
        `${label.padEnd(22)} n=${String(rs.length).padStart(3)}  full-text recall@${K} ${mean(rs.map((r) => r.ft.recall)).toFixed(3)} MRR ${mean(rs.map((r) => r.ft.rr)).toFixed(3)}` +
          `  |  hybrid recall@${K} ${mean(rs.map((r) => r.hy.recall)).toFixed(3)} MRR ${mean(rs.map((r) => r.hy.rr)).toFixed(3)}`,
      );
    console.log(`history fixture: ${fx.accounts.length} accounts, ${fx.activities.length} activities, ${fx.tickets.length} tickets, ${fx.questions.length} questions; ${embedded} records embedded in ${Date.now() - t0} ms`);
    report('all', rows);
    report('English', rows.filter((r) => r.q.lang === 'en'));
    report('Chinese', rows.filter((r) => r.q.lang === 'zh'));
    report('one account', rows.filter((r) => r.q.account && !r.q.period && !r.q.topic.endsWith(':latest')));
    report('latest of two', rows.filter((r) => r.q.topic.endsWith(':latest')));
    report('one account + period', rows.filter((r) => r.q.period));
    report('whole CRM', rows.filter((r) => !r.q.account));
    if (verbose) {
      for (const r of rows.filter((x) => x.ft.rr < 1 || x.hy.rr < 1)) {
        const target = [...fx.activities, ...fx.tickets].find((x) => x.external_id === r.q.expect[0]);
        const crossLanguage = target && /\p{Script=Han}/u.test(target.subject) !== (r.q.lang === 'zh') ? ' (record in the other language)' : '';
        console.log(`  ${r.q.id} [${r.q.topic}] ${r.q.text}${crossLanguage}\n    expect ${r.q.expect.join(',')}  ft ${r.ft.got.join(',')}  hy ${r.hy.got.join(',')}`);
      }
    }
  } finally {
    await db.close();
  }
}

function writeFixture(fx: HistoryFixture): void {
  const lines = [
    ...fx.users.map((u) => ({ type: 'user', ...u })),
    ...fx.accounts.map(({ lang: _lang, ...a }) => ({ type: 'account', ...a })),
    ...fx.contacts.map((c) => ({ type: 'contact', ...c })),
    ...fx.tickets.map((t) => ({ type: 'ticket', ...t })),
    ...fx.activities.map(({ sentiment: _s, ...a }) => ({ type: 'activity', ...a })),
  ];
  fs.writeFileSync(path.join(FIXTURE_DIR, 'crm.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  fs.writeFileSync(path.join(FIXTURE_DIR, 'questions.jsonl'), fx.questions.map((q) => JSON.stringify(q)).join('\n') + '\n');
  console.log(`wrote ${lines.length} records and ${fx.questions.length} questions to ${FIXTURE_DIR}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
