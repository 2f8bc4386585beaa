import { z } from 'zod';
import { ROLES } from '../../shared/contract/contract';
import type { Queryable } from '../../shared/db';
import { email, externalId, oneOf, optionalName, requiredName } from './line-fields';
import { present, type DuplicateIndex, type ImportLine, type LineHandler } from './line-handler';
import type { Row } from './multi-row-insert';

const schema = z.object({
  type: z.literal('user'),
  external_id: externalId(),
  name: requiredName(200),
  email: email().refine((v) => v != null, 'is required'),
  role: oneOf(ROLES).refine((v) => v != null, 'is required'),
  team: optionalName(200),
});
type UserLine = z.infer<typeof schema>;

// Every column, so a row loaded to be merged into is written back whole.
const COLUMNS = ['name', 'email', 'role', 'team_id'] as const;
const SELECT = ['id', 'external_id', ...COLUMNS].join(', ');

/** Users: a team is found by name (and created when new); an existing e-mail is the same person. */
export const userLine: LineHandler = {
  type: 'user',
  table: 'users',
  columns: COLUMNS,
  refs: [],
  schema: () => schema as unknown as z.ZodType<ImportLine>,
  defaults: () => ({ team_id: null }),
  async toColumns(raw, ctx) {
    const rec = raw as unknown as UserLine;
    const team_id = rec.team === undefined ? undefined : rec.team === null ? null : await ctx.teamId(rec.team);
    return present({ name: rec.name, email: rec.email, role: rec.role, team_id });
  },
  async duplicates(q: Queryable, incoming: Row[]) {
    const emails = [...new Set(incoming.map((r) => r.email).filter((e): e is string => typeof e === 'string'))];
    const existing = emails.length
      ? (await q.query<Row>(`select ${SELECT} from users where email = any($1::text[])`, [emails])).rows
      : [];
    const byEmail = new Map<string, string>();
    const index: DuplicateIndex = {
      find: (cols) => (typeof cols.email === 'string' ? byEmail.get(cols.email) : undefined),
      add: (id, row) => {
        if (typeof row.email === 'string' && !byEmail.has(row.email)) byEmail.set(row.email, id);
      },
    };
    for (const r of existing) index.add(r.id as string, r);
    return { index, existing };
  },
};
