import type { Queryable } from '../../../../src/shared/db';

/** Rows written with plain SQL: the CRM services are another helper's work in progress. */
export async function team(q: Queryable, name: string): Promise<string> {
  const r = await q.query<{ id: string }>('insert into teams (name) values ($1) returning id', [name]);
  return r.rows[0]!.id;
}

export async function user(
  q: Queryable,
  u: { name: string; role: string; teamId?: string | null; locale?: string; settings?: object; active?: boolean },
): Promise<string> {
  const email = `${u.name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const r = await q.query<{ id: string }>(
    `insert into users (name, email, role, team_id, locale, settings, active) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [u.name, email, u.role, u.teamId ?? null, u.locale ?? null, JSON.stringify(u.settings ?? {}), u.active ?? true],
  );
  return r.rows[0]!.id;
}

export async function account(q: Queryable, name: string, ownerId?: string): Promise<string> {
  const r = await q.query<{ id: string }>('insert into accounts (name, owner_id) values ($1, $2) returning id', [name, ownerId ?? null]);
  return r.rows[0]!.id;
}

export async function ticket(
  q: Queryable,
  t: { accountId: string; subject: string; priority?: string; assigneeId?: string | null; createdAt: Date; firstResponseAt?: Date; status?: string },
): Promise<{ id: string; number: number }> {
  const r = await q.query<{ id: string; number: number }>(
    `insert into tickets (account_id, subject, priority, assignee_id, created_at, first_response_at, status)
     values ($1, $2, $3, $4, $5, $6, $7) returning id, number`,
    [t.accountId, t.subject, t.priority ?? 'normal', t.assigneeId ?? null, t.createdAt, t.firstResponseAt ?? null, t.status ?? 'open'],
  );
  return r.rows[0]!;
}

export async function activity(
  q: Queryable,
  a: { accountId?: string; ownerId?: string; body?: string | null; subject?: string; occurredAt?: Date; kind?: string; contactId?: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `insert into activities (account_id, owner_id, kind, subject, body, occurred_at, contact_id)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [a.accountId ?? null, a.ownerId ?? null, a.kind ?? 'call', a.subject ?? 'Call', a.body ?? null, a.occurredAt ?? new Date(), a.contactId ?? null],
  );
  return r.rows[0]!.id;
}

export async function deal(
  q: Queryable,
  d: { accountId: string; ownerId: string; name: string; amount?: number; stage?: string; closeDate?: string; createdAt?: Date; closedAt?: Date },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `insert into deals (account_id, owner_id, name, amount, stage, close_date, created_at, closed_at)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, now()), $8) returning id`,
    [d.accountId, d.ownerId, d.name, d.amount ?? null, d.stage ?? 'proposal', d.closeDate ?? null, d.createdAt ?? null, d.closedAt ?? null],
  );
  return r.rows[0]!.id;
}

export async function task(q: Queryable, t: { ownerId: string; subject: string; dueDate: string; accountId?: string; status?: string }): Promise<string> {
  const r = await q.query<{ id: string }>(
    'insert into tasks (owner_id, subject, due_date, account_id, status) values ($1, $2, $3, $4, $5) returning id',
    [t.ownerId, t.subject, t.dueDate, t.accountId ?? null, t.status ?? 'open'],
  );
  return r.rows[0]!.id;
}
