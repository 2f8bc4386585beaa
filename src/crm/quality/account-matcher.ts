import { escapeLike } from '../../shared/sql-like';
import type { Queryable } from '../../shared/db';
import type { Actor } from '../access/actor';
import { readScope } from '../access/policy';
import { SqlParams } from '../access/sql-params';
import { rankAccounts, type AccountCandidateRow, type RankedCandidate } from './account-ranking';
import { companyKey, normaliseDomain, normaliseName } from './normalise';

export interface MatchedAccount {
  id: string;
  external_id: string | null;
  name: string;
  domain: string | null;
  industry: string | null;
  region: string | null;
  owner_id: string | null;
  aliases: string[];
  created_at: Date;
}

export interface AccountMatches {
  /** Set only when one account is clearly meant; otherwise the caller asks the user to choose. */
  exact?: MatchedAccount;
  candidates: RankedCandidate[];
}

/** LIKE treats % and _ as wildcards; a company called "100%_Pure" must match itself literally. */
export { escapeLike };

/**
 * Finds accounts by a name as people say it: exact, without legal form ("Acme" for "Acme Inc."),
 * by alias, by domain, by trigram similarity, and by containment (trigrams are weak on Han
 * characters, so "华为" still finds "华为技术有限公司"). With an actor, only accounts it may read.
 */
export async function matchAccounts(q: Queryable, actor: Actor | undefined, name: string, opts: { limit?: number } = {}): Promise<AccountMatches> {
  const query = normaliseName(name);
  if (!query) return { candidates: [] };
  const lower = query.toLowerCase();
  const key = companyKey(lower);
  const p = new SqlParams();
  const $q = p.add(lower);
  const $like = p.add(`%${escapeLike(lower)}%`);
  const $keyLike = p.add(key.length >= 2 ? `%${escapeLike(key)}%` : null);
  const $domain = p.add(normaliseDomain(lower));
  const $label = p.add(key.replace(/\s+/g, '') || null);
  const scope = actor ? readScope(actor, 'account', 'a', p) : 'true';
  const r = await q.query<AccountCandidateRow & MatchedAccount>(
    `select a.id, a.external_id, a.name, a.domain, a.industry, a.region, a.owner_id, a.aliases, a.created_at,
            similarity(lower(a.name), ${$q}) as sim
       from accounts a
      where a.anonymised_at is null and (${scope}) and (
            lower(a.name) % ${$q}
         or lower(a.name) like ${$like} escape '\\'
         or (${$keyLike}::text is not null and lower(a.name) like ${$keyLike} escape '\\')
         or exists (select 1 from unnest(a.aliases) al where lower(al) like ${$like} escape '\\' or lower(al) % ${$q})
         or lower(a.domain) = ${$domain}
         or split_part(lower(a.domain), '.', 1) = ${$label})
      order by sim desc, a.name
      limit 50`,
    p.values,
  );
  const ranked = rankAccounts(query, r.rows, opts.limit ?? 5);
  const hit = ranked.exactId ? r.rows.find((x) => x.id === ranked.exactId) : undefined;
  return { exact: hit ? toAccount(hit) : undefined, candidates: ranked.candidates };
}

function toAccount(r: MatchedAccount): MatchedAccount {
  return {
    id: r.id, external_id: r.external_id, name: r.name, domain: r.domain, industry: r.industry,
    region: r.region, owner_id: r.owner_id, aliases: r.aliases ?? [], created_at: r.created_at,
  };
}
