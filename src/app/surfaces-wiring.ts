import type { Express } from 'express';
import type { Registry } from 'prom-client';
import { mountWeb } from '../bots/web';
import { createTeamsSurface, type TeamsSurface } from '../bots/teams/mount-teams';
import { createSlackSurface, type SlackSurface } from '../bots/slack/slack-app';
import type { ChatSurfaceName } from '../jobs/contracts';
import type { Container } from './container';
import type { JobsRuntime } from './jobs-wiring';

export interface ChatSurfaces {
  slack?: SlackSurface;
  teams?: TeamsSurface;
}

/** Slow turns (transcripts) go through the job queue as chat.turn, keyed by the platform event. */
const enqueueTurnFor = (jobs: JobsRuntime, surface: ChatSurfaceName) => (data: Record<string, unknown>, key?: string) =>
  jobs.queue.enqueue('chat.turn', { surface, key, data });

/**
 * The chat surfaces enabled by configuration, each registered with the jobs as a notifier and as the runner of
 * its queued chat turns. Nothing is mounted or connected here, so `crm worker` can deliver with them too.
 */
export function buildChatSurfaces(c: Container, jobs: JobsRuntime): ChatSurfaces {
  const out: ChatSurfaces = {};
  if (c.config.slack.enabled) {
    const slack = createSlackSurface({ db: c.db, engine: c.engine, log: c.log, slack: c.config.slack, timezone: c.config.timezone, enqueueTurn: enqueueTurnFor(jobs, 'slack') });
    jobs.notifier.add('slack', slack.notifier);
    jobs.chatTurns.slack = slack.runTranscriptTurn;
    jobs.onClose(() => slack.stop());
    out.slack = slack;
  }
  if (c.config.teams.enabled) {
    const teams = createTeamsSurface({ db: c.db, engine: c.engine, log: c.log, teams: c.config.teams, enqueueTurn: enqueueTurnFor(jobs, 'teams') });
    jobs.notifier.add('teams', teams.notifier);
    jobs.chatTurns.teams = teams.runTranscriptTurn;
    jobs.onClose(() => teams.drain());
    out.teams = teams;
  }
  return out;
}

/** The surfaces enabled by configuration, mounted on the one HTTP app; each may also deliver notifications. */
export async function surfaceMounts(c: Container, _registry: Registry, jobs: JobsRuntime): Promise<Array<(app: Express) => void>> {
  const mounts: Array<(app: Express) => void> = [];
  mounts.push((app) => mountWeb(app, { db: c.db, engine: c.engine, log: c.log, timezone: c.config.timezone }));
  const { slack, teams } = buildChatSurfaces(c, jobs);
  if (slack) {
    mounts.push(slack.mount);
    await slack.start();
  }
  if (teams) mounts.push(teams.mount);
  return mounts;
}
