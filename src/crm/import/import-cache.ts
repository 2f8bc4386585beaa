import type { Queryable } from '../../shared/db';
import type { LineType } from './line-handler';
import { insertRows } from './multi-row-insert';

const TABLE: Record<LineType, string> = {
  user: 'users', account: 'accounts', contact: 'contacts', deal: 'deals', ticket: 'tickets', activity: 'activities',
};

/**
 * external_id → record id for one import run, kept in memory so each reference costs a map
 * lookup instead of a query. Entries learnt inside a batch stay "pending" until its transaction
 * commits, so a rolled-back batch leaves no id behind that does not exist.
 */
export class ImportCache {
  private readonly committed = new Map<string, string>();
  private pending = new Map<string, string>();
  private newRefs: Array<{ type: string; external_id: string; record_id: string }> = [];
  private readonly teams = new Map<string, string>();
  private pendingTeams = new Map<string, string>();

  get(type: LineType, ext: string): string | undefined {
    const k = key(type, ext);
    return this.pending.get(k) ?? this.committed.get(k);
  }

  /** Records that ext (a created or merged line) now stands for id. */
  add(type: LineType, ext: string, id: string): void {
    this.pending.set(key(type, ext), id);
    this.newRefs.push({ type, external_id: ext, record_id: id });
  }

  /** Looks up, in one or two queries, the ids this cache does not know yet. */
  async load(q: Queryable, type: LineType, exts: Iterable<string>): Promise<void> {
    let missing = [...new Set(exts)].filter((e) => this.get(type, e) === undefined);
    if (!missing.length) return;
    const found = await q.query<{ k: string; id: string }>(
      'select external_id as k, record_id as id from external_refs where type = $1 and external_id = any($2::text[])',
      [type, missing],
    );
    this.learn(type, found.rows);
    missing = missing.filter((e) => this.get(type, e) === undefined);
    if (!missing.length) return;
    // Records made by other paths (the seed, the chat) have an external_id but no external_refs row.
    const direct = await q.query<{ k: string; id: string }>(
      `select external_id as k, id from ${TABLE[type]} where external_id = any($1::text[])`,
      [missing],
    );
    this.learn(type, direct.rows);
    if (type !== 'user') return;
    // A user may also be named by e-mail, which is how people know each other.
    const emails = missing.filter((e) => this.get(type, e) === undefined && e.includes('@'));
    if (!emails.length) return;
    const byEmail = await q.query<{ k: string; id: string }>(
      'select e.k, u.id from unnest($1::text[]) e(k) join users u on u.email = lower(trim(e.k))',
      [emails],
    );
    this.learn(type, byEmail.rows);
  }

  private learn(type: LineType, rows: Array<{ k: string; id: string }>): void {
    for (const r of rows) this.pending.set(key(type, r.k), r.id);
  }

  /** A team id by name (case-insensitive), creating the team the first time it is named. */
  async teamId(q: Queryable, name: string): Promise<string> {
    const k = name.toLowerCase();
    const hit = this.pendingTeams.get(k) ?? this.teams.get(k);
    if (hit) return hit;
    const found = await q.query<{ id: string }>('select id from teams where lower(name) = $1 order by created_at limit 1', [k]);
    const id =
      found.rows[0]?.id ??
      (await q.query<{ id: string }>('insert into teams (name) values ($1) returning id', [name])).rows[0]!.id;
    this.pendingTeams.set(k, id);
    return id;
  }

  /** Writes the refs learnt in this batch, inside its transaction. */
  async flush(q: Queryable): Promise<void> {
    if (!this.newRefs.length) return;
    const rows = dedupe(this.newRefs);
    await insertRows(q, 'external_refs', ['type', 'external_id', 'record_id'], rows, {
      onConflict: 'on conflict (type, external_id) do update set record_id = excluded.record_id',
    });
    this.newRefs = [];
  }

  commit(): void {
    for (const [k, v] of this.pending) this.committed.set(k, v);
    for (const [k, v] of this.pendingTeams) this.teams.set(k, v);
    this.rollback();
  }

  rollback(): void {
    this.pending = new Map();
    this.pendingTeams = new Map();
    this.newRefs = [];
  }
}

const key = (type: string, ext: string) => `${type}\u0000${ext}`;

// "on conflict do update" refuses to touch one row twice in a statement; the last word wins.
function dedupe<T extends { type: string; external_id: string }>(rows: T[]): T[] {
  const m = new Map<string, T>();
  for (const r of rows) m.set(key(r.type, r.external_id), r);
  return [...m.values()];
}
