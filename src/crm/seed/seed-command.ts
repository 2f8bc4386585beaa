import { isAppError } from '../../shared/app-error';
import type { Db } from '../../shared/db';
import type { CommandOutput } from '../import/import-command';
import { seedDemo } from './seed-demo';

/** `crm seed --demo [--scale N]`: exit 0 when seeded, 1 when the database is not empty, 2 on bad usage. */
export async function seedCommand(args: { demo: boolean; scale?: number }, deps: { db: Db; io: CommandOutput }): Promise<number> {
  const { io } = deps;
  if (!args.demo) {
    io.stderr.write('usage: crm seed --demo [--scale N]   (only demo data can be seeded)\n');
    return 2;
  }
  if (args.scale !== undefined && (!Number.isInteger(args.scale) || args.scale < 0)) {
    io.stderr.write('crm seed: --scale must be a whole number of activities, e.g. --scale 1000000\n');
    return 2;
  }
  const started = Date.now();
  try {
    const c = await seedDemo(deps.db, {
      scale: args.scale,
      onProgress: (p) => {
        if (p.stage === 'activities') io.stderr.write(`seed: ${p.done}/${p.total} activities (${Math.round((Date.now() - started) / 1000)} s)\n`);
      },
    });
    io.stdout.write(
      `Seeded demo data: ${c.users} users, ${c.accounts} accounts, ${c.contacts} contacts, ${c.deals} deals, ` +
        `${c.tickets} tickets, ${c.activities} activities.\n` +
        'Try it as admin@demo.crm, manager@demo.crm, rep@demo.crm or agent@demo.crm.\n',
    );
    return 0;
  } catch (e) {
    if (!isAppError(e)) throw e;
    io.stderr.write(`crm seed: ${e.message}\n`);
    return 1;
  }
}
