/**
 * Jobs per second through a real Redis (REDIS_URL, default redis://127.0.0.1:6379), for a no-op
 * job and an embedding-like CPU job (a hashed character-trigram embedding of 2 KB of text into
 * 256 numbers with FNV-1a, the kind of work an offline embedder does), with one worker and with two (the
 * second in a child process, so it has a core of its own).
 *
 *   npx tsx bench/jobs-throughput.ts [--jobs 1000]
 *
 * Jobs are queued while the queue is paused, then released at once, so the figure is the rate at
 * which workers drain the queue; the enqueue rate is printed as well.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { Queue } from 'bullmq';
import { BullMqQueue } from '../src/jobs/bullmq-queue';
import { JOB_NAMES, type JobHandlers } from '../src/jobs/contracts';
import { silentLogger } from '../src/shared/logger';

type Kind = 'noop' | 'embed';
const URL_ = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const USER = '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc';
const TEXT = 'Dana: we will send the revised quote for the Acme renewal by Friday. 我们下周前确认预算。 '.repeat(30).slice(0, 2048);

/** FNV-1a over each character trigram into 256 signed buckets: cheap, deterministic, CPU-only. */
function embedLike(text: string): number[] {
  const v = new Float64Array(256);
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + 3; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
    v[h & 255] += h & 256 ? 1 : -1;
  }
  const norm = Math.hypot(...v) || 1;
  return Array.from(v, (x) => x / norm);
}

function handlersFor(kind: Kind): JobHandlers {
  const run = kind === 'noop' ? async () => null : async (p: { message: { text: string } }) => embedLike(p.message.text).length;
  return Object.fromEntries(JOB_NAMES.map((n) => [n, run])) as unknown as JobHandlers;
}

async function startWorker(kind: Kind, prefix: string): Promise<BullMqQueue> {
  const q = new BullMqQueue({ url: URL_, prefix, log: silentLogger });
  await q.startWorkers(handlersFor(kind), { queues: ['notify'], concurrency: { notify: kind === 'noop' ? 16 : 4 } });
  return q;
}

function spawnChild(kind: Kind, prefix: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', __filename, '--worker', kind, prefix], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker child exited with ${code}`)));
  });
}

async function scenario(kind: Kind, workers: 1 | 2, jobs: number): Promise<{ enqueuePerSec: number; perSec: number }> {
  const prefix = `crmbench-${process.pid}-${kind}-${workers}`;
  const raw = new Queue('notify', { connection: { url: URL_ }, prefix });
  const producer = new BullMqQueue({ url: URL_, prefix, log: silentLogger });
  await raw.pause();
  const t0 = performance.now();
  const batch = 50;
  for (let i = 0; i < jobs; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, jobs - i) }, (_, k) =>
        producer.enqueue('notify', { userId: USER, message: { text: kind === 'embed' ? TEXT : 'ping' }, key: `b${i + k}` }),
      ),
    );
  }
  const enqueuePerSec = jobs / ((performance.now() - t0) / 1000);
  const local = await startWorker(kind, prefix);
  const child = workers === 2 ? await spawnChild(kind, prefix) : undefined;
  const t1 = performance.now();
  await raw.resume();
  for (;;) {
    const { completed = 0 } = await raw.getJobCounts('completed');
    if (completed >= jobs) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const perSec = jobs / ((performance.now() - t1) / 1000);
  child?.kill('SIGTERM');
  await local.close();
  await producer.close();
  await raw.obliterate({ force: true });
  await raw.close();
  return { enqueuePerSec, perSec };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--jobs');
  const jobs = i > 0 ? Number(process.argv[i + 1]) : 1000;
  console.log(`jobs through BullMQ on ${URL_.replace(/\/\/[^@]*@/, '//')}: ${jobs} per run, node ${process.version}`);
  console.log('job     workers  enqueue/s  processed/s');
  for (const kind of ['noop', 'embed'] as const) {
    for (const workers of [1, 2] as const) {
      const r = await scenario(kind, workers, jobs);
      console.log(`${kind.padEnd(7)} ${String(workers).padStart(7)}  ${r.enqueuePerSec.toFixed(0).padStart(9)}  ${r.perSec.toFixed(0).padStart(11)}`);
    }
  }
  const t = performance.now();
  for (let k = 0; k < 2000; k++) embedLike(TEXT);
  console.log(`(one embedding-like job alone: ${((performance.now() - t) / 2000).toFixed(3)} ms of CPU; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
}

if (process.argv[2] === '--worker') {
  const [, , , kind, prefix] = process.argv;
  void startWorker(kind as Kind, prefix!).then((q) => {
    process.stdout.write('ready\n');
    process.once('SIGTERM', () => void q.close().then(() => process.exit(0)));
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
