import { AppError } from '../shared/app-error';
import { JOB_NAMES, type JobHandler, type JobHandlers, type JobName } from './contracts';
import type { JobDefinition, JobDeps } from './job-deps';
import { JOB_DEFINITIONS } from './workers';

/**
 * Binds each job definition to the deps. Throws at start-up, not at the first job, when a queue
 * has no handler or two (immich's "handlers checked complete" rule).
 */
export function createJobHandlers(
  deps: JobDeps,
  definitions: ReadonlyArray<JobDefinition<JobName>> = JOB_DEFINITIONS,
): JobHandlers {
  const byName = new Map<string, JobDefinition<JobName>[]>();
  for (const d of definitions) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const unknown = [...byName.keys()].filter((n) => !(JOB_NAMES as readonly string[]).includes(n));
  const missing = JOB_NAMES.filter((n) => !byName.has(n));
  const doubled = [...byName].filter(([, defs]) => defs.length > 1).map(([n]) => n);
  const problems = [
    missing.length ? `no handler for ${missing.join(', ')}` : '',
    doubled.length ? `more than one handler for ${doubled.join(', ')}` : '',
    unknown.length ? `handlers for unknown jobs ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length) throw new AppError('config', `Job registry: ${problems.join('; ')}.`);

  const handlers = {} as Record<JobName, JobHandler<JobName>>;
  for (const name of JOB_NAMES) {
    const def = byName.get(name)![0]!;
    handlers[name] = (payload) => def.handle(payload, deps);
  }
  return handlers as JobHandlers;
}
