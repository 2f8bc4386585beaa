import type { Queryable } from '../../shared/db';
import type { Row } from '../import/multi-row-insert';
import { activityRow } from './demo-pipeline';
import { DemoRandom } from './demo-random';

type Acc = Row & { id: string; name: string; zh: boolean; owner_id: string; created_at: Date };

const TEMPLATES_PER_LANGUAGE = 300;

/**
 * Activities by the hundred thousand for benchmarks. Rows are made by the server itself
 * (`insert … select … from generate_series`), so a million cost a few statements instead of
 * a million bind-parameter rows; text comes from a few hundred faker-made templates per
 * language whose search_text is computed once here. setseed makes the choice repeatable.
 */
export async function insertBulkActivities(
  q: Queryable,
  accounts: Acc[],
  contacts: Row[],
  now: Date,
  count: number,
  seed: number,
): Promise<void> {
  if (count <= 0 || !accounts.length) return;
  const rnd = await DemoRandom.create(seed);
  const firstContact = new Map<string, Row>();
  for (const c of contacts) if (!firstContact.has(c.account_id as string)) firstContact.set(c.account_id as string, c);
  const tpl = { kind: [] as string[], subject: [] as string[], body: [] as string[], summary: [] as (string | null)[], st: [] as string[], dur: [] as (number | null)[] };
  for (const zh of [false, true]) {
    const sample = accounts.find((a) => a.zh === zh) ?? accounts[0]!;
    for (let i = 0; i < TEMPLATES_PER_LANGUAGE; i++) {
      const r = activityRow(rnd, { ...sample, zh }, firstContact.get(sample.id) ?? null, null, now);
      tpl.kind.push(r.kind as string);
      tpl.subject.push(r.subject as string);
      tpl.body.push(r.body as string);
      tpl.summary.push(r.summary as string | null);
      tpl.st.push(r.search_text as string);
      tpl.dur.push(r.duration_minutes as number | null);
    }
  }
  await q.query('select setseed($1)', [((seed % 1000) + 1) / 1001]);
  await q.query(
    `with arr as (
       select $2::uuid[] as acc, $3::uuid[] as con, $4::uuid[] as own, $5::boolean[] as zh, $14::timestamptz[] as since,
              $6::text[] as kind, $7::text[] as subj, $8::text[] as body, $9::text[] as summ, $10::text[] as st, $13::int[] as dur
     ), pick as (
       select 1 + floor(random() * cardinality(arr.acc))::int as i, random() as r,
              $12::timestamptz - random() * interval '540 days' as ts
         from generate_series(1, $1::int), arr
     )
     insert into activities (account_id, contact_id, owner_id, kind, occurred_at, subject, body, summary, duration_minutes, search_text)
     select arr.acc[p.i], arr.con[p.i], arr.own[p.i], arr.kind[t.t], greatest(p.ts, arr.since[p.i]),
            arr.subj[t.t], arr.body[t.t], arr.summ[t.t], arr.dur[t.t], arr.st[t.t]
       from pick p cross join arr
       cross join lateral (select case when arr.zh[p.i] then $11::int + 1 + floor(p.r * $11::int)::int
                                       else 1 + floor(p.r * $11::int)::int end as t) t`,
    [
      count,
      accounts.map((a) => a.id),
      accounts.map((a) => (firstContact.get(a.id)?.id as string | undefined) ?? null),
      accounts.map((a) => a.owner_id),
      accounts.map((a) => a.zh),
      tpl.kind, tpl.subject, tpl.body, tpl.summary, tpl.st,
      TEMPLATES_PER_LANGUAGE,
      now,
      tpl.dur,
      accounts.map((a) => a.created_at),
    ],
  );
}
