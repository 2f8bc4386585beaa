import { AppError } from '../../shared/app-error';
import type { GroupBy } from '../../shared/contract/contract';
import type { MetricBase } from './metric-definitions';
import { PERSON_COLUMN } from './kpi-scope';

export interface GroupKeySql {
  /** The column of record `r` to aggregate by first (an id or an enum). */
  raw: string;
  /** Joins that turn the raw key, held in column `src`, into its label. */
  joins(src: string): string;
  label(src: string): string;
}

// Labels for records with no owner, team or region: they still count, so they need a group.
export const NO_OWNER = '(unassigned)';
export const NO_TEAM = '(no team)';
export const NO_REGION = '(no region)';

/** Which group-bys make sense for a base: stage is a deal's, priority a ticket's, kind an activity's. */
export const GROUPS_FOR_BASE: Record<MetricBase, readonly GroupBy[]> = {
  deals: ['owner', 'team', 'region', 'stage'],
  accounts: ['owner', 'team', 'region'],
  activities: ['owner', 'team', 'region', 'kind'],
  tickets: ['owner', 'team', 'region', 'priority'],
};

const BASE_NOUN: Record<MetricBase, string> = { deals: 'Deal', accounts: 'Account', activities: 'Activity', tickets: 'Ticket' };

/** The group key of record `r` as SQL: names for people and teams (the contract's keys), enum values otherwise. */
export function groupKeySql(base: MetricBase, groupBy: GroupBy): GroupKeySql {
  if (!GROUPS_FOR_BASE[base].includes(groupBy)) {
    throw new AppError('bad_input', `${BASE_NOUN[base]} metrics cannot be grouped by ${groupBy}; try ${GROUPS_FOR_BASE[base].join(', ')}.`, {
      base,
      groupBy,
    });
  }
  const person = (src: string) => `left join users gu on gu.id = ${src}`;
  const col = `r.${PERSON_COLUMN[base]}`;
  const none = () => '';
  const self = (src: string) => src;
  switch (groupBy) {
    case 'owner':
      return { raw: col, joins: person, label: () => `coalesce(gu.name, '${NO_OWNER}')` };
    case 'team':
      return { raw: col, joins: (src) => `${person(src)} left join teams gt on gt.id = gu.team_id`, label: () => `coalesce(gt.name, '${NO_TEAM}')` };
    case 'region':
      return base === 'accounts'
        ? { raw: 'r.region', joins: none, label: (src) => `coalesce(${src}, '${NO_REGION}')` }
        : { raw: 'r.account_id', joins: (src) => `left join accounts ga on ga.id = ${src}`, label: () => `coalesce(ga.region, '${NO_REGION}')` };
    case 'stage':
      return { raw: 'r.stage', joins: none, label: self };
    case 'priority':
      return { raw: 'r.priority', joins: none, label: self };
    case 'kind':
      return { raw: 'r.kind', joins: none, label: self };
  }
}
