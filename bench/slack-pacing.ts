/**
 * 200 replies to one channel through the fake Web API, which answers 429 like Slack when one channel is posted to
 * faster than its limit. Slack's limit is about one message per second per channel; the bench scales time by
 * --scale (default 20: one per 50 ms) so it finishes in seconds. Paced, no 429 should appear; unpaced, for
 * comparison, the same replies run into the limit and are only saved by the WebClient's Retry-After waits.
 *   npx tsx bench/slack-pacing.ts [--replies 200] [--scale 20]
 */
import { arg, drive, signedMentions, startRig } from './slack-load';

const replies = arg('replies', 200);
const scale = arg('scale', 20);
const intervalMs = 1000 / scale;

async function run(label: string, pace: { burst: number; intervalMs: number } | false, retries: number) {
  const rig = await startRig(5, { pace, retry: { retries, minTimeout: 10, maxTimeout: 50 } });
  // Slack's limit allows short bursts; the fake is strict (no burst) with a 10% margin for network jitter.
  rig.fake.channelIntervalMs = intervalMs * 0.9;
  const t0 = Date.now();
  await drive(rig.port, signedMentions(replies, 5, ['help'], () => 'CBUSY'), 50);
  const posted = () => rig.fake.called('chat.postMessage').length;
  // Unpaced replies that hit the limit are dropped (no retries), so that run ends when the posting stops.
  await rig.fake.waitFor(() => posted() >= replies, retries ? 600_000 : 3000).catch(() => undefined);
  const s = (Date.now() - t0) / 1000;
  console.log(`${label.padEnd(8)} replies delivered=${posted()}/${replies} to one channel in ${s.toFixed(1)}s (${(posted() / s).toFixed(1)}/s; limit ${scale}/s at this scale), 429 answers=${rig.fake.rateLimited}`);
  await rig.close();
}

async function main() {
  await run('paced', { burst: 1, intervalMs }, 5);
  await run('unpaced', false, 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
