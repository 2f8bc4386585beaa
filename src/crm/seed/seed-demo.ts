import { AppError } from '../../shared/app-error';
import type { Db, Queryable } from '../../shared/db';
import { SYSTEM_ACTOR } from '../access/actor';
import { recordAudit } from '../audit/audit-log';
import { insertRows, type Row } from '../import/multi-row-insert';
import { insertBulkActivities } from './bulk-activities';
import { generateOrg } from './demo-people';
import { generateActivities, generateDeals, generateTickets } from './demo-pipeline';
import { DEMO_SEED, DemoRandom } from './demo-random';

export interface SeedOptions {
  /** Activities wanted (default 2,000); accounts, deals and tickets grow with it. */
  scale?: number;
  now?: Date;
  onProgress?: (p: { stage: string; done: number; total: number }) => void;
  /** How many activities are written one by one from faker; the rest are made in bulk by the server. */
  realistic?: number;
  seed?: number;
}

export interface SeedCounts {
  users: number;
  accounts: number;
  contacts: number;
  deals: number;
  tickets: number;
  activities: number;
}

const BULK_CHUNK = 50_000;

/** No users yet: what `crm start` checks before seeding a newcomer's first database. */
export async function isEmpty(db: Queryable): Promise<boolean> {
  const r = await db.query<{ empty: boolean }>('select not exists (select 1 from users) as empty');
  return r.rows[0]!.empty;
}

/** Realistic, repeatable demo data (fixed faker seed) in an empty database. */
export async function seedDemo(db: Db, opts: SeedOptions = {}): Promise<SeedCounts> {
  if (!(await isEmpty(db))) {
    throw new AppError('conflict', 'The database already has users; demo data is only added to an empty database.');
  }
  const scale = Math.max(0, Math.floor(opts.scale ?? 2000));
  const now = opts.now ?? new Date();
  const seed = opts.seed ?? DEMO_SEED;
  const realistic = Math.min(scale, Math.max(0, opts.realistic ?? 5000));
  const accountCount = Math.min(5000, Math.max(60, Math.round(scale / 200)));
  const progress = (stage: string, done: number, total: number) => opts.onProgress?.({ stage, done, total });

  const rnd = await DemoRandom.create(seed);
  const org = generateOrg(rnd, now, accountCount);
  const deals = generateDeals(rnd, org, now, 2.5);
  const tickets = generateTickets(rnd, org, now, accountCount * 5).sort(byTime('created_at'));
  const activities = generateActivities(rnd, org, deals, now, realistic);
  progress('generated', 0, scale);

  await db.tx(async (q) => {
    await insertRows(q, 'teams', ['id', 'name'], org.teams);
    await insertRows(q, 'users', ['id', 'name', 'email', 'role', 'team_id', 'timezone', 'locale'], org.users);
    await insertRows(q, 'accounts', ['id', 'name', 'domain', 'industry', 'region', 'owner_id', 'aliases', 'created_at'], org.accounts);
    await insertRows(q, 'contacts', ['id', 'account_id', 'name', 'email', 'phone', 'title', 'created_at'], org.contacts);
    await insertRows(q, 'deals', ['id', 'account_id', 'name', 'amount', 'currency', 'stage', 'owner_id', 'close_date', 'closed_at', 'created_at'], deals);
    await insertRows(q, 'tickets', [
      'id', 'account_id', 'contact_id', 'subject', 'description', 'priority', 'status', 'assignee_id',
      'created_at', 'first_response_at', 'resolved_at', 'search_text',
    ], tickets);
    await insertRows(q, 'activities', [
      'id', 'account_id', 'contact_id', 'deal_id', 'kind', 'occurred_at', 'owner_id', 'subject', 'body', 'summary',
      'duration_minutes', 'search_text',
    ], activities);
  });
  progress('activities', realistic, scale);

  // Bulk chunks commit one by one, so progress is real and a 1M seed never holds one huge transaction.
  let done = realistic;
  for (let k = 0; done < scale; k++) {
    const n = Math.min(BULK_CHUNK, scale - done);
    await db.tx((q) => insertBulkActivities(q, org.accounts as never, org.contacts, now, n, seed + k + 1));
    done += n;
    progress('activities', done, scale);
  }

  const counts: SeedCounts = {
    users: org.users.length,
    accounts: org.accounts.length,
    contacts: org.contacts.length,
    deals: deals.length,
    tickets: tickets.length,
    activities: scale,
  };
  await recordAudit(db, { actor: SYSTEM_ACTOR, action: 'seed', type: 'seed', id: null, after: { demo: true, seed, ...counts } });
  return counts;
}

const byTime = (k: string) => (a: Row, b: Row) => (a[k] as Date).getTime() - (b[k] as Date).getTime();
