import type { JobDefinition } from '../job-deps';
import type { JobName } from '../contracts';
import { chatTurnJob } from './chat-turn.job';
import { morningDigestJob } from './digest-morning.job';
import { weeklyDigestJob } from './digest-weekly.job';
import { embedRecordJob } from './embed-record.job';
import { notifyJob } from './notify.job';
import { retentionJob } from './retention.job';
import { slaWatchJob } from './sla-watch.job';
import { summariseCallJob } from './summarise-call.job';

/** Every job handler, one per file; the registry checks there is exactly one per queue. */
export const JOB_DEFINITIONS: ReadonlyArray<JobDefinition<JobName>> = [
  summariseCallJob,
  embedRecordJob,
  notifyJob,
  slaWatchJob,
  morningDigestJob,
  weeklyDigestJob,
  retentionJob,
  chatTurnJob,
] as ReadonlyArray<JobDefinition<JobName>>;
