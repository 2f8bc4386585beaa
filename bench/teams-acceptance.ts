/**
 * How fast POST /api/messages acknowledges activities at 50 in flight (local mode, no token check):
 * Teams wants an answer within seconds, so the engine runs after the acknowledgement. Also prints how
 * long the replies took to reach the fake connector.
 *   npx tsx bench/teams-acceptance.ts [--activities 500] [--concurrency 50] [--users 20]
 * Target (issue 7): acceptance p99 ≤ 100 ms.
 */
import { arg, messageActivity, pct, startRig } from './teams-rig';

const TEXTS = ['help', 'win rate this quarter', 'how many open tickets do we have?', 'pipeline value this month vs last month', '本季度赢单率'];

async function main() {
  const total = arg('activities', 500);
  const concurrency = arg('concurrency', 50);
  const rig = await startRig({ users: arg('users', 20) });
  const url = `http://127.0.0.1:${rig.port}/api/messages`;
  const send = async (i: number) => {
    const user = rig.users[i % rig.users.length]!;
    const body = JSON.stringify(messageActivity(rig, user, `a:bench-${i % rig.users.length}`, TEXTS[i % TEXTS.length]!, `bench-${i}`));
    const t0 = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    return performance.now() - t0;
  };
  // Warm-up: identity links, prepared plans, JIT.
  for (let i = 0; i < rig.users.length; i++) await send(-1 - i).catch(() => undefined);
  await rig.surface.drain();
  const before = rig.fake.posts().length;

  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) lat.push(await send(next++));
  }));
  const accepted = performance.now() - t0;
  if (!process.env.ACK_ONLY) await rig.fake.waitFor(() => rig.fake.posts().length >= before + total, 300_000);
  const answered = performance.now() - t0;
  console.log(`db=${rig.container.db.info.engine} activities=${total} concurrency=${concurrency}`);
  console.log(`acceptance ms: p50=${pct(lat, 50).toFixed(1)} p95=${pct(lat, 95).toFixed(1)} p99=${pct(lat, 99).toFixed(1)} max=${Math.max(...lat).toFixed(1)} (target p99 <= 100)`);
  console.log(`all accepted in ${(accepted / 1000).toFixed(2)}s (${(total / (accepted / 1000)).toFixed(0)}/s); all ${rig.fake.posts().length - before} replies delivered in ${(answered / 1000).toFixed(2)}s`);
  await rig.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
