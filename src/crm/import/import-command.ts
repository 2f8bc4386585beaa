import type { Writable } from 'node:stream';
import { isAppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { Actor } from '../access/actor';
import { importFile } from './import-file';
import type { ImportReport } from './import-runner';

/**
 * The part of src/app/command-io.ts's CommandIO a command writes to; declared here because
 * src/crm may import only src/shared, and any CommandIO fits it.
 */
export interface CommandOutput {
  stdout: Writable;
  stderr: Writable;
}

export interface ImportCommandDeps {
  db: Db;
  io: CommandOutput;
  region: string;
  actor?: Actor;
  /** Progress goes to stderr every this many lines. */
  progressEvery?: number;
}

const SHOWN_REJECTS = 20;

/** `crm import FILE [--json]`: exit 0 once the file was read (bad lines are in the report), 1 if unreadable. */
export async function importCommand(args: { file: string; json: boolean }, deps: ImportCommandDeps): Promise<number> {
  const every = deps.progressEvery ?? 10_000;
  let next = every;
  const started = Date.now();
  try {
    const report = await importFile(deps.db, args.file, {
      region: deps.region,
      actor: deps.actor,
      onProgress: (n) => {
        if (n < next) return;
        next = (Math.floor(n / every) + 1) * every;
        deps.io.stderr.write(`import: ${n} lines read (${rate(n, started)} lines/s)\n`);
      },
    });
    if (args.json) deps.io.stdout.write(JSON.stringify(report) + '\n');
    else deps.io.stdout.write(summarise(args.file, report));
    return 0;
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (args.json) deps.io.stdout.write(JSON.stringify({ error: e.toJSON() }) + '\n');
    else deps.io.stderr.write(`crm import: ${e.message}\n`);
    return 1;
  }
}

export function summarise(file: string, r: ImportReport): string {
  const lines = [
    `Imported ${file}: ${r.created} created, ${r.updated} updated, ${r.merged} merged, ${r.rejected.length} rejected.`,
  ];
  for (const x of r.rejected.slice(0, SHOWN_REJECTS)) lines.push(`  line ${x.line}: ${x.error}`);
  if (r.rejected.length > SHOWN_REJECTS) lines.push(`  … and ${r.rejected.length - SHOWN_REJECTS} more (use --json for all)`);
  return lines.join('\n') + '\n';
}

const rate = (n: number, since: number) => Math.round(n / Math.max(0.001, (Date.now() - since) / 1000));
