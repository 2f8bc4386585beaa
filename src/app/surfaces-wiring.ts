import type { Express } from 'express';
import type { Registry } from 'prom-client';
import { mountWeb } from '../bots/web';
import { createTeamsSurface } from '../bots/teams/mount-teams';
import { createSlackSurface } from '../bots/slack/slack-app';
import type { Container } from './container';
import type { JobsRuntime } from './jobs-wiring';

/** The surfaces enabled by configuration, mounted on the one HTTP app; each may also deliver notifications. */
export async function surfaceMounts(c: Container, _registry: Registry, jobs: JobsRuntime): Promise<Array<(app: Express) => void>> {
  const mounts: Array<(app: Express) => void> = [];
  mounts.push((app) => mountWeb(app, { db: c.db, engine: c.engine, log: c.log, timezone: c.config.timezone }));
  if (c.config.slack.enabled) {
    const slack = createSlackSurface({ db: c.db, engine: c.engine, log: c.log, slack: c.config.slack, timezone: c.config.timezone });
    jobs.notifier.add('slack', slack.notifier);
    mounts.push(slack.mount);
    await slack.start();
    jobs.onClose(() => slack.stop());
  }
  if (c.config.teams.enabled) {
    const teams = createTeamsSurface({ db: c.db, engine: c.engine, log: c.log, teams: c.config.teams });
    jobs.notifier.add('teams', teams.notifier);
    mounts.push(teams.mount);
    jobs.onClose(() => teams.drain());
  }
  return mounts;
}
