import { SlackRig } from './slack-rig';
import { findActorByEmail } from '../../../src/intents/services';
it('debug', async () => {
  const rig = await new SlackRig().start('pglite');
  (rig.c.engineDeps as any).log = { ...console, child: () => console, error: (...a: unknown[]) => console.log('ERR', ...a), warn: console.log, info: () => {}, debug: () => {} };
  const a = (await findActorByEmail(rig.c.db, 'dana@example.com'))!;
  const r = await rig.c.engine.handle({ surface: 'slack', channel: 'C1', thread: 'x', actor: a, text: 'open a P1 ticket for Acme, their SSO login is broken' });
  console.log(JSON.stringify(r, null, 1));
  await rig.close();
});
