/**
 * A ninth batch of our own messages, written after a red-team round (test/unit/nlu/fixtures/redteam.jsonl)
 * for the kinds of message it found weak; the sentences are new, not the red-team lines.
 */
import type { OwnCase } from './utterances-1';

const W = (start: string, end: string) => ({ start, end });

export const OWN_CASES_9: OwnCase[] = [
  // one named customer's numbers, with a period, are that customer's story
  { text: 'how much did Copperfield Hotels spend with us in Q1?', intent: 'customer.history', entities: { customer: 'Copperfield Hotels', period: W('2026-01-01', '2026-03-31') } },
  { text: 'how many tickets did Oxbow Analytics raise last month', intent: 'customer.history', entities: { customer: 'Oxbow Analytics', period: W('2026-05-01', '2026-05-31') } },
  { text: 'what revenue have we booked from Tallgrass Farms this year', intent: 'customer.history', entities: { customer: 'Tallgrass Farms', period: W('2026-01-01', '2026-12-31') } },
  { text: '金帆物流上季度一共成交了多少钱', intent: 'customer.history', entities: { customer: '金帆物流', period: W('2026-01-01', '2026-03-31') } },
  { text: '华信证券这个月提了几个工单', intent: 'customer.history', entities: { customer: '华信证券', period: W('2026-06-01', '2026-06-30') } },
  { text: '恒达科技去年的赢单数是多少', intent: 'customer.history', entities: { customer: '恒达科技', period: W('2025-01-01', '2025-12-31') } },
  // "how do I …" after a greeting or a dash is still a question about the bot
  { text: 'hi there! how do I add a new contact?', intent: 'help', entities: {} },
  { text: 'quick one - how can I update a deal stage with you?', intent: 'help', entities: {} },
  { text: 'first day here. how should I record a meeting?', intent: 'help', entities: {} },
  // a filled-in note form is a call log, not a transcript
  { text: 'Call notes\nCustomer: Oxbow Analytics\nContact: Rena Vogt\nDuration: 30 min\nNext steps: send pricing by Friday', intent: 'call.log', entities: { customer: 'Oxbow Analytics', contact: 'Rena Vogt', duration_minutes: 30, due: '2026-06-12' } },
  { text: '拜访记录\n客户：华信证券\n联系人：邓琳\n内容：演示了报表模块，客户比较满意', intent: 'call.log', entities: { customer: '华信证券', contact: '邓琳' } },
  // an amount moving from one figure to another is a deal edit
  { text: 'raise Tallgrass Farms from $12k to $18k', intent: 'deal.update', entities: { customer: 'Tallgrass Farms', amount: 18000, currency: 'USD' } },
  { text: '金帆物流的金额从20万改到28万', intent: 'deal.update', entities: { customer: '金帆物流', amount: 280000 } },
  { text: 'Copperfield Hotels deal pushed to next month end', intent: 'deal.update', entities: { customer: 'Copperfield Hotels', date: '2026-07-31' } },
  { text: '恒达科技的合同延期到下个月15号签', intent: 'deal.update', entities: { customer: '恒达科技', date: '2026-07-15' } },
  { text: 'advance Oxbow Analytics to proposal', intent: 'deal.update', entities: { customer: 'Oxbow Analytics', stage: 'proposal' } },
  // asks turned into tasks
  { text: 'follow up on the Copperfield Hotels invoice next Monday, make it a task', intent: 'task.create', entities: { customer: 'Copperfield Hotels', due: '2026-06-15' } },
  { text: 'log this as a task: refresh the Tallgrass Farms forecast by eod', intent: 'task.create', entities: { customer: 'Tallgrass Farms', due: '2026-06-10' } },
  // business-wide numbers phrased loosely
  { text: 'current open ticket count by team', intent: 'kpi.query', entities: { metric: 'open_tickets', group_by: 'team' } },
  { text: 'top 5 reps by bookings in Q2', intent: 'kpi.query', entities: { metric: 'revenue_won', group_by: 'owner', period: W('2026-04-01', '2026-06-30') } },
  { text: 'which agent resolved the most tickets this week', intent: 'kpi.query', entities: { metric: 'tickets_resolved', group_by: 'owner', period: W('2026-06-08', '2026-06-14') } },
  { text: '本周新进来了几个工单', intent: 'kpi.query', entities: { metric: 'tickets_opened', period: W('2026-06-08', '2026-06-14') } },
  { text: '这个月新开了多少客户', intent: 'kpi.query', entities: { metric: 'new_accounts', period: W('2026-06-01', '2026-06-30') } },
  { text: '上个月关了几个工单', intent: 'kpi.query', entities: { metric: 'tickets_resolved', period: W('2026-05-01', '2026-05-31') } },
  // chatter
  { text: 'anyone seen my charger? 🔌', intent: 'unknown', entities: {} },
  { text: 'pizza in the kitchen if anyone wants some', intent: 'unknown', entities: {} },
  // a ticket number on another document is not a ticket update
  { text: 'Oxbow Analytics was double-billed on invoice #5521, open a ticket, sev high', intent: 'ticket.create', entities: { customer: 'Oxbow Analytics', priority: 'high' } },
  { text: '#9510 -> <@U0AGENT77>', intent: 'ticket.update', entities: { ticket: 9510, assignee: '<@U0AGENT77>' } },
];
