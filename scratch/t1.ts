import { openDb } from '../src/crm/db/open-db';
import { migrate } from '../src/crm/db/migrate';
import { createLogger } from '../src/shared/logger';
(async () => {
  const log = createLogger('debug');
  for (const s of [{ dataDir: 'memory://' }, { url: 'postgres://postgres@127.0.0.1:5432/crm_scratch', dataDir: '' }, {dataDir: '/tmp/crmdd'}]) {
    const t = Date.now();
    const db = await openDb(s, log);
    console.log(db.info, await migrate(db), Date.now() - t);
    console.log((await db.query('select count(*) from users')).rows);
    const n = await db.tx(async q => (await q.query('select 1 as x')).rows);
    console.log(n);
    await db.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
