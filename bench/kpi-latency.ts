/**
 * KPI latency on issue 9's scale (100k deals, 200k tickets, 1M activities) on the real server.
 *   npx tsx bench/kpi-latency.ts [--url postgres://...] [--reuse DBNAME] [--keep] [--runs 15]
 * Without --reuse it creates a scratch database, fills it with generate_series (about a minute)
 * and drops it at the end unless --keep. Prints p50/p95 per metric over every group-by and
 * several periods, as admin and as a manager, with a compare period on half the calls.
 */
import { scratchDb } from './support/scratch-db';
import { computeKpi, GROUPS_FOR_BASE, METRIC_DEFINITIONS, type KpiQuery } from '../src/crm/kpi';
import { METRICS, type GroupBy } from '../src/shared/contract/contract';
import type { Actor } from '../src/crm/access/actor';
import type { Db } from '../src/shared/db';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const baseUrl = arg('url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runs = Number(arg('runs') ?? 15);
const NOW = new Date('2026-06-10T09:00:00Z');


const FILL = [
  `insert into teams (name) select 'Team ' || g from generate_series(1, 10) g`,
  `insert into users (name, email, role, team_id)
     select 'User ' || g, 'user' || g || '@bench.test', (array['rep','rep','rep','agent','agent','manager'])[1 + g % 6],
            (select id from teams order by name offset (g % 10) limit 1)
     from generate_series(1, 200) g`,
  `create temp table u as select row_number() over (order by id) as n, id from users`,
  `insert into accounts (name, region, owner_id, created_at)
     select 'Account ' || g, (array['North America','EMEA','LATAM','APAC','China'])[1 + g % 5],
            (select id from u where n = 1 + g % 200), timestamptz '2023-01-01' + random() * interval '1255 days'
     from generate_series(1, 10000) g`,
  `create temp table a as select row_number() over (order by id) as n, id from accounts`,
  `insert into deals (account_id, name, amount, stage, owner_id, created_at, close_date, closed_at)
     select a.id, 'Deal ' || g, (1000 + random() * 200000)::numeric(16,2), s.stage, u.id, s.created,
            case when s.stage in ('won','lost') then null else (s.created + random() * interval '200 days')::date end,
            case when s.stage in ('won','lost') then s.created + random() * interval '120 days' end
     from generate_series(1, 100000) g
     cross join lateral (select (array['lead','qualified','proposal','negotiation','won','lost','won','lost','lost','lost'])[1 + g % 10] as stage,
                                timestamptz '2024-01-01' + random() * interval '890 days' as created) s
     join a on a.n = 1 + g % 10000 join u on u.n = 1 + (g * 7) % 200`,
  `insert into tickets (account_id, subject, priority, status, assignee_id, created_at, first_response_at, resolved_at)
     select a.id, 'Ticket ' || c.g, (array['low','normal','normal','high','urgent'])[1 + c.g % 5],
            case when c.g % 20 = 0 then 'open' when c.g % 31 = 0 then 'pending' else 'closed' end, u.id, c.created,
            case when c.g % 13 <> 0 then c.created + random() * interval '30 hours' end,
            case when c.g % 20 <> 0 and c.g % 31 <> 0 then c.created + random() * interval '120 hours' end
     from (select g, timestamptz '2024-01-01' + random() * interval '890 days' as created from generate_series(1, 200000) g) c
     join a on a.n = 1 + c.g % 10000 join u on u.n = 1 + (c.g * 11) % 200`,
  `insert into activities (account_id, kind, occurred_at, owner_id, subject)
     select a.id, (array['call','meeting','email','note'])[1 + g % 4], timestamptz '2024-01-01' + random() * interval '890 days', u.id, 'Activity ' || g
     from generate_series(1, 1000000) g join a on a.n = 1 + g % 10000 join u on u.n = 1 + (g * 13) % 200`,
  `vacuum analyze`,
];


async function prepare(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const s = await scratchDb(baseUrl, 'kpi_bench', { reuse: arg('reuse'), keep: process.argv.includes('--keep') });
  if (s.fresh) {
    const t0 = Date.now();
    for (const sql of FILL) await s.db.query(sql);
    console.log(`filled ${s.name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await s.db.query('vacuum analyze');
  return s;
}

const PERIODS = [
  { start: '2026-04-01', end: '2026-06-30' },
  { start: '2026-05-01', end: '2026-05-31' },
  { start: '2025-01-01', end: '2025-12-31' },
];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main() {
  const { db, drop } = await prepare();
  try {
    const pick = async (role: string) => (await db.query<{ id: string; name: string; team_id: string }>('select id, name, team_id from users where role = $1 limit 1', [role])).rows[0]!;
    const a = await pick('admin').catch(() => undefined);
    const m = await pick('manager');
    const actors: Actor[] = [
      { id: a?.id ?? null, name: 'Admin', email: 'admin@bench.test', role: 'admin', teamId: null },
      { id: m.id, name: m.name, email: 'm@bench.test', role: 'manager', teamId: m.team_id },
    ];
    const all: number[] = [];
    console.log('metric                 p50 ms  p95 ms  calls');
    for (const metric of METRICS) {
      const times: number[] = [];
      const groups: Array<GroupBy | undefined> = [undefined, ...GROUPS_FOR_BASE[METRIC_DEFINITIONS[metric].base]];
      for (let i = 0; i < runs; i++) {
        for (const groupBy of groups) {
          const period = PERIODS[i % PERIODS.length]!;
          const q: KpiQuery = { metric, period, groupBy, now: NOW, tz: i % 2 ? 'Asia/Shanghai' : 'UTC', comparePeriod: i % 2 ? PERIODS[(i + 1) % 3] : undefined };
          const t0 = performance.now();
          await computeKpi(db, actors[i % 2]!, q);
          if (i > 0) times.push(performance.now() - t0); // the first round warms caches and plans
        }
      }
      all.push(...times);
      console.log(`${metric.padEnd(22)} ${pct(times, 50).toFixed(1).padStart(6)} ${pct(times, 95).toFixed(1).padStart(7)} ${String(times.length).padStart(6)}`);
    }
    console.log(`ALL                    ${pct(all, 50).toFixed(1).padStart(6)} ${pct(all, 95).toFixed(1).padStart(7)} ${String(all.length).padStart(6)}`);
  } finally {
    await drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
