import { z } from 'zod';
import { DEAL_STAGES } from '../../shared/contract/contract';
import { amount, currency, day, externalId, oneOf, ref, requiredName, timestamp } from './line-fields';
import { present, type ImportLine, type LineHandler } from './line-handler';

const schema = z.object({
  type: z.literal('deal'),
  external_id: externalId(),
  account: externalId(),
  name: requiredName(300),
  amount: amount(),
  currency: currency(),
  stage: oneOf(DEAL_STAGES),
  owner: ref(),
  created_at: timestamp(),
  close_date: day(),
  closed_at: timestamp(),
});
type DealLine = z.infer<typeof schema>;

export const dealLine: LineHandler = {
  type: 'deal',
  table: 'deals',
  columns: ['account_id', 'name', 'amount', 'currency', 'stage', 'owner_id', 'close_date', 'closed_at', 'created_at'],
  refs: [
    { field: 'account', type: 'account', column: 'account_id' },
    { field: 'owner', type: 'user', column: 'owner_id' },
  ],
  schema: () => schema as unknown as z.ZodType<ImportLine>,
  defaults: (now) => ({ amount: null, currency: 'USD', stage: 'lead', owner_id: null, close_date: null, closed_at: null, created_at: now }),
  toColumns(raw) {
    const rec = raw as unknown as DealLine;
    return present({
      name: rec.name,
      amount: rec.amount,
      currency: rec.currency === null ? 'USD' : rec.currency,
      stage: rec.stage === null ? 'lead' : rec.stage,
      close_date: rec.close_date,
      closed_at: rec.closed_at,
      created_at: rec.created_at ?? undefined,
    });
  },
};
