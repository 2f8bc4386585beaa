import type { Db } from '../../src/shared/db';
import type { Actor } from '../../src/crm/access/actor';
import { findActorByEmail } from '../../src/crm/users/user-repository';

/** A small org: two teams, every role, accounts owned by each rep. Written with plain SQL. */
export interface Org {
  admin: Actor;
  manager: Actor;
  rep: Actor;
  rep2: Actor;
  agent: Actor;
  acme: string;
  globex: string;
  initech: string;
  huawei: string;
}

export async function seedOrg(db: Db): Promise<Org> {
  const t = await db.query<{ id: string; name: string }>("insert into teams (name) values ('Sales'), ('Support') returning id, name");
  const sales = t.rows.find((r) => r.name === 'Sales')!.id;
  const support = t.rows.find((r) => r.name === 'Support')!.id;
  await db.query(
    `insert into users (name, email, role, team_id, slack_user_id) values
      ('Ada Admin', 'admin@test.crm', 'admin', null, 'UADMIN'),
      ('Mia Manager', 'manager@test.crm', 'manager', $1, 'UMGR'),
      ('Raj Rep', 'rep@test.crm', 'rep', $1, 'UREP'),
      ('Rosa Rep', 'rep2@test.crm', 'rep', $1, 'UREP2'),
      ('Alex Agent', 'agent@test.crm', 'agent', $2, 'UAGENT')`,
    [sales, support],
  );
  const a = async (e: string) => (await findActorByEmail(db, e))!;
  const [admin, manager, rep, rep2, agent] = [await a('admin@test.crm'), await a('manager@test.crm'), await a('rep@test.crm'), await a('rep2@test.crm'), await a('agent@test.crm')];
  const acc = async (name: string, owner: string, domain: string | null, region: string) =>
    (await db.query<{ id: string }>('insert into accounts (name, owner_id, domain, region) values ($1, $2, $3, $4) returning id', [name, owner, domain, region])).rows[0]!.id;
  return {
    admin, manager, rep, rep2, agent,
    acme: await acc('Acme Corporation', rep.id!, 'acme.com', 'North America'),
    globex: await acc('Globex', rep2.id!, 'globex.com', 'EMEA'),
    initech: await acc('Initech', rep.id!, 'initech.com', 'North America'),
    huawei: await acc('华为技术有限公司', rep.id!, 'huawei.com', 'China'),
  };
}
