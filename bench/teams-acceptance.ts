/**
 * How fast POST /api/messages acknowledges activities at 50 in flight (local mode, no token check):
 * Teams wants an answer within seconds, so the engine runs after the acknowledgement. Also prints how
 * long the replies took to reach the fake connector.
 *   npx tsx bench/teams-acceptance.ts [--activities 500] [--concurrency 50] [--users 20]
 * Target (issue 7): acceptance p99 ≤ 100 ms.
 */
import http from 'node:http';
import { arg, messageActivity, pct, serverBuckets, startRig } from './teams-rig';

const TEXTS = ['help', 'win rate this quarter', 'how many open tickets do we have?', 'pipeline value this month vs last month', '本季度赢单率'];

async function main() {
  const total = arg('activities', 500);
  const concurrency = arg('concurrency', 50);
  const rig = await startRig({ users: arg('users', 20) });
  const url = `http://127.0.0.1:${rig.port}/api/messages`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const send = async (i: number) => {
    const user = rig.users[i % rig.users.length]!;
    const body = JSON.stringify(messageActivity(rig, user, `a:bench-${i % rig.users.length}`, TEXTS[i % TEXTS.length]!, `bench-${i}`));
    const t0 = performance.now();
    // node:http with keep-alive rather than fetch: a lighter load generator in the same process.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
    if (status !== 200) throw new Error(`status ${status}`);
    return performance.now() - t0;
  };
  const burst = async (from: number, count: number, lat: number[]) => {
    let next = from;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < from + count) lat.push(await send(next++));
    }));
  };
  // Warm-up at the same concurrency: connections, identity links, prepared plans, JIT.
  await burst(1_000_000, 200, []);
  await rig.surface.drain();
  const warm = await serverBuckets(rig.registry, '/api/messages');
  const before = rig.fake.posts().length;

  const lat: number[] = [];
  const t0 = performance.now();
  await burst(0, total, lat);
  const accepted = performance.now() - t0;
  await rig.fake.waitFor(() => rig.fake.posts().length >= before + total, 300_000);
  const answered = performance.now() - t0;
  console.log(`db=${rig.container.db.info.engine} activities=${total} concurrency=${concurrency}`);
  console.log(`acceptance ms: p50=${pct(lat, 50).toFixed(1)} p95=${pct(lat, 95).toFixed(1)} p99=${pct(lat, 99).toFixed(1)} max=${Math.max(...lat).toFixed(1)} (target p99 <= 100)`);
  // The server's own view (request in → acknowledgement out), without the load generator's queueing in this process.
  const after = await serverBuckets(rig.registry, '/api/messages');
  const counts = after.map((b, i) => ({ le: b.le, count: b.count - (warm[i]?.count ?? 0) }));
  const all = counts[counts.length - 1]?.count ?? 0;
  const within = (s: number) => counts.find((b) => b.le >= s)?.count ?? 0;
  const p99Bound = counts.find((b) => b.count >= all * 0.99)?.le;
  console.log(`server-side: ${(100 * within(0.1) / all).toFixed(1)}% acknowledged within 100 ms, ${(100 * within(0.025) / all).toFixed(1)}% within 25 ms; p99 <= ${p99Bound === undefined ? '?' : p99Bound * 1000} ms (histogram bucket)`);
  console.log(`all accepted in ${(accepted / 1000).toFixed(2)}s (${(total / (accepted / 1000)).toFixed(0)}/s); all ${rig.fake.posts().length - before} replies delivered in ${(answered / 1000).toFixed(2)}s`);
  agent.destroy();
  await rig.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
