import { z } from 'zod';
import type { Queryable } from '../../shared/db';
import { companyKey } from '../quality/normalise';
import { domain, externalId, optionalName, ref, requiredName, timestamp } from './line-fields';
import { present, type DuplicateIndex, type ImportLine, type LineHandler } from './line-handler';
import type { Row } from './multi-row-insert';

const schema = z.object({
  type: z.literal('account'),
  external_id: externalId(),
  name: requiredName(300),
  domain: domain(),
  industry: optionalName(200),
  region: optionalName(200),
  owner: ref(),
  created_at: timestamp(),
});
type AccountLine = z.infer<typeof schema>;

// Every column, so a row loaded to be merged into is written back whole.
const COLUMNS = ['name', 'domain', 'industry', 'region', 'owner_id', 'aliases', 'created_at'] as const;
const SELECT = ['id', 'external_id', ...COLUMNS].join(', ');

/** Accounts: a new line whose normalised domain is already known is the same company. */
export const accountLine: LineHandler = {
  type: 'account',
  table: 'accounts',
  columns: COLUMNS,
  refs: [{ field: 'owner', type: 'user', column: 'owner_id' }],
  schema: () => schema as unknown as z.ZodType<ImportLine>,
  defaults: (now) => ({ domain: null, industry: null, region: null, owner_id: null, aliases: [], created_at: now }),
  toColumns(raw) {
    const rec = raw as unknown as AccountLine;
    return present({ name: rec.name, domain: rec.domain, industry: rec.industry, region: rec.region, created_at: rec.created_at });
  },
  async duplicates(q: Queryable, incoming: Row[]) {
    const domains = [...new Set(incoming.map((r) => r.domain).filter((d): d is string => typeof d === 'string'))];
    const existing = domains.length
      ? (
          await q.query<Row>(
            `select ${SELECT} from accounts where lower(domain) = any($1::text[]) and anonymised_at is null order by created_at`,
            [domains],
          )
        ).rows
      : [];
    const byDomain = new Map<string, string>();
    const index: DuplicateIndex = {
      find: (cols) => (typeof cols.domain === 'string' ? byDomain.get(cols.domain) : undefined),
      add: (id, row) => {
        const d = typeof row.domain === 'string' ? row.domain.toLowerCase() : null;
        if (d && !byDomain.has(d)) byDomain.set(d, id);
      },
    };
    for (const r of existing) index.add(r.id as string, r);
    return { index, existing };
  },
  onMerge(target, incoming) {
    // The other spelling is kept as an alias, so a later find by that name still lands here.
    const name = incoming.name;
    if (typeof name !== 'string' || typeof target.name !== 'string') return;
    const aliases = (target.aliases as string[] | null) ?? [];
    const known = [target.name, ...aliases].map(companyKey);
    if (!known.includes(companyKey(name))) target.aliases = [...aliases, name];
  },
};
