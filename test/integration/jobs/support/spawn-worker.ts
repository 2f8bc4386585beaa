import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SpawnedWorker {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

/** Starts test/integration/jobs/support/worker-child.ts in a new Node process (through tsx). */
export function spawnWorker(env: Record<string, string>): SpawnedWorker {
  const script = path.join(__dirname, 'worker-child.ts');
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', script], {
    cwd: path.resolve(__dirname, '../../../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stderr: () => err };
}
