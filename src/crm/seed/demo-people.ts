import { normalisePhone } from '../quality/normalise';
import type { Row } from '../import/multi-row-insert';
import { INDUSTRIES, INDUSTRIES_ZH, REGIONS, TEAMS, TITLES, TITLES_ZH } from './demo-catalog';
import { addHours, type DemoRandom } from './demo-random';

export interface DemoOrg {
  teams: Row[];
  users: Row[];
  accounts: Row[];
  contacts: Row[];
}

type UserSpec = readonly [email: string, role: 'admin' | 'manager' | 'rep' | 'agent', team: (typeof TEAMS)[number], zh: boolean];

// The four short addresses are the ones the README and `--as` examples use; keep them stable.
const USERS: UserSpec[] = [
  ['admin@demo.crm', 'admin', 'Mid-Market', false],
  ['manager@demo.crm', 'manager', 'Enterprise Sales', false],
  ['rep@demo.crm', 'rep', 'Enterprise Sales', false],
  ['agent@demo.crm', 'agent', 'Customer Care', false],
  ['support.manager@demo.crm', 'manager', 'Customer Care', false],
  ['midmarket.manager@demo.crm', 'manager', 'Mid-Market', false],
  ['rep2@demo.crm', 'rep', 'Enterprise Sales', false],
  ['rep3@demo.crm', 'rep', 'Mid-Market', false],
  ['rep4@demo.crm', 'rep', 'Mid-Market', true],
  ['agent2@demo.crm', 'agent', 'Customer Care', false],
  ['agent3@demo.crm', 'agent', 'Asia Support', true],
  ['agent4@demo.crm', 'agent', 'Asia Support', true],
];

/** Teams, users of every role, English and Chinese companies and their people. */
export function generateOrg(rnd: DemoRandom, now: Date, accountCount: number): DemoOrg {
  const teams = TEAMS.map((name) => ({ id: rnd.uuid(), name }));
  const teamId = (name: string) => teams.find((t) => t.name === name)!.id;
  const users = USERS.map(([email, role, team, zh]) => ({
    id: rnd.uuid(),
    name: zh ? rnd.zh.person.lastName() + rnd.zh.person.firstName() : rnd.en.person.fullName(),
    email,
    role,
    team_id: teamId(team),
    timezone: zh ? 'Asia/Shanghai' : 'UTC',
    locale: zh ? 'zh-CN' : 'en',
  }));
  const sellers = users.filter((u) => u.role === 'rep' || (u.role === 'manager' && u.email !== 'support.manager@demo.crm'));

  const accounts: Row[] = [];
  const contacts: Row[] = [];
  const domains = new Set<string>();
  const names = new Set<string>();
  for (let i = 0; i < accountCount; i++) {
    const zh = i % 3 === 2; // a third Chinese, spread through the list
    const f = zh ? rnd.zh : rnd.en;
    const name = uniqueName(names, f.company.name());
    const domain = uniqueDomain(domains, zh ? `${rnd.en.internet.domainWord()}.cn` : `${slug(name)}.com`);
    const created = addHours(now, -rnd.int(60 * 24, 720 * 24));
    const owner = zh ? rnd.pick(sellers.filter((u) => u.locale === 'zh-CN').concat(sellers.slice(0, 1))) : rnd.pick(sellers);
    const account = {
      id: rnd.uuid(), name, domain, owner_id: owner.id, created_at: created, aliases: [],
      industry: zh ? rnd.pick(INDUSTRIES_ZH) : rnd.pick(INDUSTRIES),
      region: zh ? 'China' : rnd.pick(REGIONS),
      zh,
    };
    accounts.push(account);
    const people = rnd.int(2, 4);
    for (let k = 0; k < people; k++) contacts.push(contact(rnd, account, addHours(created, rnd.int(1, 30 * 24)), k));
  }
  return { teams, users, accounts, contacts };
}

function contact(rnd: DemoRandom, account: Row & { zh: boolean; domain: string }, created: Date, k: number): Row {
  if (account.zh) {
    const last = rnd.zh.person.lastName();
    const first = rnd.zh.person.firstName();
    return {
      id: rnd.uuid(), account_id: account.id, name: last + first, title: rnd.pick(TITLES_ZH), created_at: created,
      email: `${rnd.en.person.firstName().toLowerCase()}.${k}@${account.domain}`,
      phone: normalisePhone(`+86 13${rnd.int(0, 9)} ${rnd.int(1000, 9999)} ${rnd.int(1000, 9999)}`, 'CN'),
    };
  }
  const first = rnd.en.person.firstName();
  const last = rnd.en.person.lastName();
  return {
    id: rnd.uuid(), account_id: account.id, name: `${first} ${last}`, title: rnd.pick(TITLES), created_at: created,
    email: `${slug(first)}.${slug(last)}@${account.domain}`,
    phone: rnd.chance(0.85) ? normalisePhone(`+1 ${rnd.pick(['212', '312', '415', '512', '617', '646', '720'])} ${rnd.int(201, 989)} ${rnd.int(1000, 9999)}`) : null,
  };
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '').slice(0, 30) || 'company';

function uniqueName(taken: Set<string>, name: string): string {
  let n = name;
  for (let i = 2; taken.has(n); i++) n = `${name} ${i}`;
  taken.add(n);
  return n;
}

function uniqueDomain(seen: Set<string>, d: string): string {
  let out = d;
  for (let i = 2; seen.has(out); i++) out = d.replace(/^([^.]+)/, `$1${i}`);
  seen.add(out);
  return out;
}
