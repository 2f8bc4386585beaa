/**
 * 200 proactive messages to one Teams conversation through the TeamsNotifier, against a fake connector
 * that answers 429 past Teams' per-thread limits (7 per second, 60 per 30 seconds). Paced, no 429 should
 * appear. --scale divides every window (default 1: the real limits, so 200 messages take about 95 s).
 *   npx tsx bench/teams-pacing.ts [--messages 200] [--scale 1]
 */
import { TEAMS_THREAD_LIMITS } from '../src/bots/teams/thread-pacer';
import { arg, messageActivity, startRig } from './teams-rig';

async function main() {
  const messages = arg('messages', 200);
  const scale = arg('scale', 1);
  const scaled = (ls: ReadonlyArray<{ windowMs: number; max: number }>) => ls.map((l) => ({ windowMs: l.windowMs / scale, max: l.max }));
  // The fake enforces the issue's two limits; the pacer runs Teams' full set (also 8 per 2 s, 1800 per hour), scaled alike.
  const rig = await startRig({ users: 1, enforceLimits: true, limits: scaled([{ windowMs: 1000, max: 7 }, { windowMs: 30_000, max: 60 }]), threadLimits: scaled(TEAMS_THREAD_LIMITS) });
  const user = rig.users[0]!;
  // The user talks to the bot once, which stores the conversation reference.
  await fetch(`http://127.0.0.1:${rig.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(rig, user, 'a:pacing', 'help', 'pacing-0')) });
  await rig.surface.drain();
  const before = rig.fake.posts().length;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: messages }, (_, i) => rig.surface.notifier.notify(user.id, { text: `Notification ${i + 1}` })));
  const s = (Date.now() - t0) / 1000;
  const sent = rig.fake.posts().slice(before);
  let worst1s = 0;
  let worst30s = 0;
  for (const c of sent) {
    worst1s = Math.max(worst1s, sent.filter((x) => x.at >= c.at && x.at - c.at < 1000 / scale).length);
    worst30s = Math.max(worst30s, sent.filter((x) => x.at >= c.at && x.at - c.at < 30_000 / scale).length);
  }
  console.log(`scale=${scale} messages=${sent.length} to one conversation in ${s.toFixed(1)}s; most in any ${1000 / scale} ms: ${worst1s} (limit 7); most in any ${30_000 / scale} ms: ${worst30s} (limit 60); 429 answers=${rig.fake.throttled}`);
  await rig.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
