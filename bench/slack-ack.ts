/**
 * Slack acknowledgement latency and throughput (issue 6): signed event deliveries at 50 concurrent against the
 * full server (engine, database, Slack mount; the engine's work runs after each ack), side by side with a bare
 * Bolt app that only acks. The ratio is the figure that matters: what our middleware adds before the ack.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/slack-ack.ts [--deliveries 3000] [--concurrency 50] [--work 8]
 */
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { listen } from '../src/bots/http-server';
import { arg, drive, pct, SECRET, signedMentions, startRig } from './slack-load';

const deliveries = arg('deliveries', 3000);
const concurrency = arg('concurrency', 50);
const users = 20;
/** Turns worked on at once after their ack (the surface's default is 8). */
const work = arg('work', 8);
const texts = ['help', "what's our win rate this quarter", 'open a ticket for Account 1: exports time out', 'history of Account 2'];

async function bareBolt(): Promise<{ port: number; close(): Promise<void> }> {
  const app = express();
  const receiver = new ExpressReceiver({ signingSecret: SECRET, app, processBeforeResponse: false });
  const bolt = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-bare', botId: 'BBOT', botUserId: 'UBOT' }) });
  bolt.event('app_mention', async () => {});
  const server = await listen(app, 0, '127.0.0.1');
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}

function line(name: string, r: { latencies: number[]; seconds: number; failed: number }) {
  const rate = r.latencies.length / r.seconds;
  console.log(`${name.padEnd(12)} deliveries=${r.latencies.length} failed=${r.failed} rate=${rate.toFixed(0)}/s ack p50=${pct(r.latencies, 50).toFixed(1)}ms p95=${pct(r.latencies, 95).toFixed(1)}ms p99=${pct(r.latencies, 99).toFixed(1)}ms`);
  return { rate, p99: pct(r.latencies, 99) };
}

async function main() {
  const bare = await bareBolt();
  const rig = await startRig(users, { concurrency: work });
  console.log(`database=${rig.tdb.engine} deliveries=${deliveries} concurrency=${concurrency} work=${work}`);
  await drive(bare.port, signedMentions(200, users, texts), concurrency);
  const b = line('bare bolt', await drive(bare.port, signedMentions(deliveries, users, texts), concurrency));
  await bare.close();

  await drive(rig.port, signedMentions(200, users, ['help']), concurrency);
  await rig.fake.waitFor(() => rig.fake.called('chat.postMessage').length >= 200, 120_000).catch(() => undefined);
  const before = rig.fake.called('chat.postMessage').length;
  const all = signedMentions(deliveries, users, texts);
  const t0 = Date.now();
  const ours = line('crm', await drive(rig.port, all, concurrency));
  // The replies are posted after the acks; report how long the backlog took to drain.
  const posted = () => rig.fake.called('chat.postMessage').length - before;
  await rig.fake.waitFor(() => posted() >= deliveries, 600_000).catch(() => undefined);
  console.log(`crm replies posted=${posted()} all done after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(`ratio crm/bare: rate=${(ours.rate / b.rate).toFixed(2)} p99=${(ours.p99 / b.p99).toFixed(2)}x  (targets: crm p99 <= 100ms, rate >= 1000/s)`);
  await rig.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
