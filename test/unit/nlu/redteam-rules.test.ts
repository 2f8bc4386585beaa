import { understand } from '../../../src/intents/nlu';
import { prepare } from '../../../src/intents/nlu/preprocess';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };
const read = (text: string) => understand(text, ctx);

// General rules found by the red-team round; the sentences here are not the red-team lines.
describe('names', () => {
  it('drops an honorific from a contact and stops a name at a full stop', () => {
    expect(read('spoke with Dr. Amal Haddad at Corvina Labs today').entities.contact).toBe('Amal Haddad');
    expect(read('Corvina Labs says exports fail. Contact: Lena Park. Sev low').entities).toMatchObject({ contact: 'Lena Park', priority: 'low' });
  });

  it('reads a common word after a known first name as the surname', () => {
    expect(read('Imogen Baker from Corvina Labs called me yesterday').entities).toMatchObject({ contact: 'Imogen Baker', customer: 'Corvina Labs' });
  });

  it('ends a lower-case company at its company word and after "w"', () => {
    expect(read('ticket pls: corvina labs dashboard down, P2').entities.customer).toBe('corvina labs');
    expect(read('20 min call w corvina labs about pricing').entities.customer).toBe('corvina labs');
  });

  it('does not take a role plural or an acronym product for a company', () => {
    expect(read('how many dials did the AEs make this week').entities.metric).toBe('calls_logged');
    expect(read('create an opp: Corvina Labs CRM add-on, $9k').entities.customer).toBe('Corvina Labs');
  });

  it('gives the contact to a contact update even when the name looks like a company', () => {
    expect(read('new number for Maya Stone - 415 555 0111').entities).toMatchObject({ contact: 'Maya Stone', phone: '+14155550111' });
  });
});

describe('numbers and dates', () => {
  it('takes the new amount in "from X to Y" and the change as a deal edit', () => {
    expect(read('take Corvina Labs from €20k to €26k')).toMatchObject({ intent: 'deal.update', entities: { amount: 26000, currency: 'EUR' } });
    expect(read('远洋航运的金额从10万调整为12万').entities.amount).toBe(120000);
  });

  it('does not take an invoice number for a ticket', () => {
    expect(read('Corvina Labs disputes invoice #4410, please open a ticket').intent).toBe('ticket.create');
  });

  it('reads "the 8th" in a report of the past as this month', () => {
    expect(read('met with Corvina Labs on the 3rd, all good').entities.date).toBe('2026-06-03');
  });

  it('reads 下个月N号 and "next month end"', () => {
    expect(read('给远洋航运建个商机，5万，下个月20号签').entities.date).toBe('2026-07-20');
    expect(read('new opp Corvina Labs $5k closing next month end').entities.date).toBe('2026-07-31');
  });

  it('prefers a date with a follow-up cue after it in a Chinese call note', () => {
    expect(read('拜访了远洋航运，合同年底到期，下周一前发报价').entities.due).toBe('2026-06-15');
  });
});

describe('intents', () => {
  it('reads "open ticket count" as the backlog metric', () => {
    expect(read('open ticket count rn?')).toMatchObject({ intent: 'kpi.query', entities: { metric: 'open_tickets' } });
  });

  it('reads one named customer’s numbers over a period as that customer’s history', () => {
    expect(read('how many deals did we win with Corvina Labs in Q1?')).toMatchObject({ intent: 'customer.history', entities: { customer: 'Corvina Labs' } });
  });

  it('reads "how do I …" after a greeting, and "what info do you need", as help', () => {
    expect(read('hey, new here - how do I open a ticket?').intent).toBe('help');
    expect(read('what details do you need to log a deal?').intent).toBe('help');
  });

  it('keeps office chatter unknown', () => {
    expect(read('free pizza in the lobby 🍕').intent).toBe('unknown');
  });

  it('reads a person\'s numbers as a KPI for that person, even with a leading possessive mention', () => {
    expect(read('how is Marco doing on bookings this month')).toMatchObject({ intent: 'kpi.query', entities: { metric: 'revenue_won', assignee: 'Marco' } });
    expect(read("<@U0REP0042>'s calls last week").entities).toMatchObject({ metric: 'calls_logged', assignee: '<@U0REP0042>' });
  });

  it('reads "what did we talk about with X" in Chinese as history', () => {
    expect(read('Corvina Labs 上周跟我们讨论过什么').intent).toBe('customer.history');
  });

  it('reads a mention after an arrow as the new assignee of a ticket', () => {
    expect(read('8124 分给 <@U0ABCDEF2>').entities.assignee).toBe('<@U0ABCDEF2>');
    expect(read('#8123 → <@U0ABCDEF1>').entities.assignee).toBe('<@U0ABCDEF1>');
  });
});

describe('preprocess', () => {
  it('does not take a filled-in note form for a transcript', () => {
    const p = prepare('Visit notes\nCustomer: Corvina Labs\nContact: Lena Park\nOutcome: wants a demo');
    expect(p.transcript).toBeNull();
    expect(p.head).toContain('Contact: Lena Park; Outcome');
  });
});
