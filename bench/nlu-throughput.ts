/**
 * Messages per second through understand() on one core, over the dev set texts repeated.
 * Usage: npx tsx bench/nlu-throughput.ts [FILE.jsonl] [--seconds N]
 */
import { readFileSync } from 'node:fs';
import { understand } from '../src/intents/nlu';

const file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../shared/devset/nlu.jsonl';
const secIdx = process.argv.indexOf('--seconds');
const seconds = secIdx > 0 ? Number(process.argv[secIdx + 1]) : 5;
const texts: string[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);
const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };

for (const t of texts) understand(t, ctx); // warm up the regex and Intl caches
let n = 0;
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
const budget = BigInt(seconds) * 1_000_000_000n;
while (process.hrtime.bigint() - start < budget) {
  for (const t of texts) understand(t, ctx);
  n += texts.length;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes
console.log(`nlu throughput: ${Math.round(n / elapsed)} messages/s wall, ${Math.round(n / cpuSeconds)} messages per CPU-second (${n} messages, ${elapsed.toFixed(2)} s, ${texts.length} distinct texts, one thread)`);
