import { classifyFollowUp, extractCorrection, extractSlot } from '../../../src/intents/nlu';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };

describe('classifyFollowUp reads short dialogue replies', () => {
  it.each([
    ['yes', 'yes'], ['confirm', 'yes'], ['确认', 'yes'], ['ok 👍', 'yes'], ['👍', 'yes'], ['Yes!', 'yes'], ['sure, go ahead', 'yes'],
    ['好的', 'yes'], ['<@U02CRMB0T> yes please', 'yes'], ['no', 'no'], ['no thanks', 'no'], ['不', 'no'], ['取消', 'cancel'],
    ['cancel that', 'cancel'], ['never mind', 'cancel'], ['no, cancel', 'cancel'], ['算了', 'cancel'], ['不用了', 'cancel'],
    ['undo', 'undo'], ['undo that', 'undo'], ['撤销', 'undo'], ['撤回', 'undo'], ['help', 'help'], ['帮助', 'help'], ['?', 'help'],
  ])('%s → %s', (text, kind) => expect(classifyFollowUp(text)).toBe(kind));

  it.each(['no, make it high priority', 'yes and set it to high', 'open a ticket for acme', '🎉', '', 'x'.repeat(80)])(
    'is not a bare reply: %j',
    (text) => expect(classifyFollowUp(text)).toBeNull(),
  );
});

describe('extractCorrection reads changes to a pending write', () => {
  it.each([
    ['actually make it high priority', { priority: 'high' }],
    ['make it urgent', { priority: 'urgent' }],
    ['make it P2', { priority: 'high' }],
    ['优先级改成高', { priority: 'high' }],
    ['the amount is 50k', { amount: 50000 }],
    ['金额改成5万', { amount: 50000 }],
    ['amount should be 42000', { amount: 42000 }],
    ['make it €30k', { amount: 30000, currency: 'EUR' }],
    ['due friday', { due: '2026-06-12' }],
    ['close date 7/31', { date: '2026-07-31' }],
    ['customer is Acme', { customer: 'Acme' }],
    ["no, it's for Globex", { customer: 'Globex' }],
    ['客户改成远景医疗', { customer: '远景医疗' }],
    ['联系人是何静', { contact: '何静' }],
    ['change the stage to negotiation', { stage: 'negotiation' }],
    ['set it to pending', { status: 'pending' }],
    ['assign it to <@U123ABC>', { assignee: '<@U123ABC>' }],
    ['give it to me', { assignee: 'me' }],
    ['转给王芳', { assignee: '王芳' }],
    ['email is Dana@Acme.com', { email: 'dana@acme.com' }],
    ['phone is 415 555 0134', { phone: '+14155550134' }],
    ['her title is VP Sales', { title: 'VP Sales' }],
    ['the subject should be SSO broken for all users', { subject: 'SSO broken for all users' }],
  ])('%s', (text, change) => expect(extractCorrection(text, ctx)).toEqual(change));

  it('maps a bare day to the slot the pending intent has', () => {
    expect(extractCorrection('friday', ctx, 'deal.create')).toEqual({ date: '2026-06-12' });
    expect(extractCorrection('friday', ctx, 'task.create')).toEqual({ due: '2026-06-12' });
    expect(extractCorrection('closing end of july', ctx, 'deal.update')).toEqual({ date: '2026-07-31' });
  });

  it("keeps only the pending intent's slots when it is given", () => {
    expect(extractCorrection('make it high priority, amount 5k', ctx, 'ticket.create')).toEqual({ priority: 'high' });
  });

  it('returns nothing for text that changes nothing', () => expect(extractCorrection('hmm let me think', ctx)).toEqual({}));
});

describe('extractSlot reads a bare answer to a question', () => {
  it.each([
    ['Acme', 'customer', { customer: 'Acme' }],
    ["acme's", 'customer', { customer: 'acme' }],
    ['远景医疗', 'customer', { customer: '远景医疗' }],
    ['it is for Globex Corp.', 'customer', { customer: 'Globex Corp' }],
    ['Dana Scully', 'contact', { contact: 'Dana Scully' }],
    ['SSO is down', 'subject', { subject: 'SSO is down' }],
    ['they want a refund', 'note', { note: 'they want a refund' }],
    ['invoices', 'query', { query: 'invoices' }],
    ['CTO', 'title', { title: 'CTO' }],
    ['dana@x.com', 'email', { email: 'dana@x.com' }],
    ['415 555 0134', 'phone', { phone: '+14155550134' }],
    ['50000', 'amount', { amount: 50000 }],
    ['$25k', 'amount', { amount: 25000, currency: 'USD' }],
    ['eur', 'currency', { currency: 'EUR' }],
    ['人民币', 'currency', { currency: 'CNY' }],
    ['high', 'priority', { priority: 'high' }],
    ['p1', 'priority', { priority: 'urgent' }],
    ['resolved', 'status', { status: 'resolved' }],
    ['open', 'status', { status: 'open' }],
    ['negotiation', 'stage', { stage: 'negotiation' }],
    ['方案阶段', 'stage', { stage: 'proposal' }],
    ['friday', 'due', { due: '2026-06-12' }],
    ['6/30', 'date', { date: '2026-06-30' }],
    ['last quarter', 'period', { period: { start: '2026-01-01', end: '2026-03-31' } }],
    ['上个月', 'compare_period', { compare_period: { start: '2026-05-01', end: '2026-05-31' } }],
    ['win rate', 'metric', { metric: 'win_rate' }],
    ['rep', 'group_by', { group_by: 'owner' }],
    ['region', 'group_by', { group_by: 'region' }],
    ['1042', 'ticket', { ticket: 1042 }],
    ['#1042', 'ticket', { ticket: 1042 }],
    ['me', 'assignee', { assignee: 'me' }],
    ['Kenji', 'assignee', { assignee: 'Kenji' }],
    ['30', 'duration_minutes', { duration_minutes: 30 }],
    ['half an hour', 'duration_minutes', { duration_minutes: 30 }],
    ['contacts', 'record_type', { record_type: 'contact' }],
    ['deal', 'record_type', { record_type: 'deal' }],
  ] as const)('%s as %s', (text, slot, out) => expect(extractSlot(text, slot, ctx)).toEqual(out));

  it.each([
    ['blah', 'ticket'], ['soon', 'due'], ['no idea', 'email'], ['', 'customer'], ['whenever', 'period'], ['lots', 'amount'],
  ] as const)('gives nothing when "%s" does not answer %s', (text, slot) => expect(extractSlot(text, slot, ctx)).toEqual({}));
});
